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
  readonly search: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare const crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};

/** Base64 of a string of bytes (each character 0–255). */
declare function btoa(data: string): string;

/** The string of bytes (each character 0–255) a base64 text stands for. */
declare function atob(data: string): string;
