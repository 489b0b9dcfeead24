/** The SHA-256 of a text's UTF-8 bytes, as lower-case hex; Web Crypto exists alike in Node, Chromium and Electron. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
