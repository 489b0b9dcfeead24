/** Vite's `?url` import: the bundled file's URL on the app's own origin (the PDF fonts). */
declare module '*?url' {
  const url: string;
  export default url;
}

/** Vite's `?worker` import: a constructor for the bundled module as a Web Worker on the app's own origin (pdf.js). */
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
