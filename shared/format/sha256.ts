/** The SHA-256 of some bytes, as lower-case hex; Web Crypto exists alike in Node, Chromium and Electron. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // Our bytes never sit in a SharedArrayBuffer, which is all the narrower type rules out.
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of a text's UTF-8 bytes, as lower-case hex. */
export function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}
