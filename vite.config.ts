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

/** The bundled DejaVu fonts' licence asks that its notice travel with every copy of the fonts. */
function fontLicence(): Plugin {
  return {
    name: 'malsamtal-font-licence',
    generateBundle() {
      const source = readFileSync(new URL('./node_modules/dejavu-fonts-ttf/LICENSE', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'assets/DejaVu-LICENSE.txt', source });
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [contentSecurityPolicyMeta(), fontLicence()],
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
