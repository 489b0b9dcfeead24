import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from './shared/security/csp.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Puts the app's one CSP into the page, so the browser shell is held to the same policy as Electron. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'malsamtal-csp',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') }, injectTo: 'head-prepend' },
    ],
  };
}

/** The bundled fonts' licences (Bitstream Vera for DejaVu, the SIL Open Font License for Noto) travel with every copy. */
function fontLicences(): Plugin {
  const licences = [
    ['DejaVu-LICENSE.txt', './node_modules/dejavu-fonts-ttf/LICENSE'],
    ['NotoEmoji-LICENSE.txt', './node_modules/@expo-google-fonts/noto-emoji/LICENSE_FONT'],
    ['NotoSansDevanagari-LICENSE.txt', './node_modules/@fontsource/noto-sans-devanagari/LICENSE'],
    ['NotoSansEthiopic-LICENSE.txt', './node_modules/@fontsource/noto-sans-ethiopic/LICENSE'],
  ] as const;
  return {
    name: 'malsamtal-font-licences',
    generateBundle() {
      for (const [fileName, source] of licences)
        this.emitFile({ type: 'asset', fileName: `assets/${fileName}`, source: readFileSync(new URL(source, import.meta.url), 'utf8') });
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [contentSecurityPolicyMeta(), fontLicences()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
