/**
 * The few WHATWG globals that shared/ may use: they exist alike in Node, Chromium and Electron.
 * Declared here, and only for shared/'s own type check, so that shared/ cannot touch the DOM.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** Web Crypto's digest: the answer file's fingerprint, the same in Node 20, Chromium and Electron. */
declare const crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
