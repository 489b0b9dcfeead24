/**
 * The Content-Security-Policy of every page of the app: nothing but the app's own files,
 * no eval, no inline script, no remote origin of any kind. Electron sends it as a response
 * header; both shells also carry it in the page itself.
 */
const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> element cannot carry; browsers ignore them there with a warning. */
const headerOnly = new Set(['frame-ancestors']);

export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return directives
    .filter(([name]) => delivery === 'header' || !headerOnly.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
