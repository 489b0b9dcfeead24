/** Standard base64 (RFC 4648, with padding), nothing else: no line breaks, no URL-safe letters. */
const strictBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes a base64 text stands for, or null when the text is not strictly base64. */
export function bytesFromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!strictBase64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
