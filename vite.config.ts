import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The files pdf.js fetches while it reads a PDF, served from the app itself and never from a CDN: the CMaps of CJK
 * fonts, the standard 14 fonts a PDF may name without embedding, and the JPEG 2000 decoder that runs without
 * WebAssembly (the CSP allows none). Each folder carries its licences.
 */
function pdfJsAssets(): Plugin {
  const wanted = (folder: string, file: string) => folder !== 'wasm' || !file.endsWith('.wasm');
  return {
    name: 'malsamtal-pdfjs-assets',
    generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm']) {
        const source = new URL(`./node_modules/pdfjs-dist/${folder}/`, import.meta.url);
        for (const file of readdirSync(source).filter((name) => wanted(folder, name)))
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: readFileSync(new URL(file, source)) });
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [contentSecurityPolicyMeta(), fontLicences(), pdfJsAssets()],
  // pdf.js's worker is an ES module like the rest of the app.
  worker: { format: 'es' },
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
