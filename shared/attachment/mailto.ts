import { withoutUnsafeCharacters } from '../format/safeText';

/**
 * A mailto: link that opens the user's mail program with recipients, subject and body filled in (RFC 6068). No control
 * character or half surrogate pair goes along: a mail program may cut the text at a NUL, and a lone half cannot be encoded.
 */
export function mailtoLink(recipients: string[], subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(withoutUnsafeCharacters(text));
  const to = recipients.map((address) => encode(address.trim())).join(',');
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}
