/** Vite's `?url` import: the bundled file's URL on the app's own origin (the PDF fonts). */
declare module '*?url' {
  const url: string;
  export default url;
}
