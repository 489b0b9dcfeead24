import { withoutUnsafeCharacters } from '../format/safeText';
import { packageLimits } from '../remiss/packageFile';

/**
 * A mailto: link that opens the user's mail program with recipients, subject and body filled in (RFC 6068). No control
 * character or half surrogate pair goes along: a mail program may cut the text at a NUL, and a lone half cannot be encoded.
 */
export function mailtoLink(recipients: string[], subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(withoutUnsafeCharacters(text));
  const to = recipients.map((address) => encode(address.trim())).join(',');
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}

/**
 * Far longer than any link the app writes (a remiss's recipients, a subject and a short body), far shorter than the
 * command line a mail program is started with on Windows.
 */
export const MAX_MAILTO_LENGTH = 16 * 1024;

/**
 * An address as a person writes it, and nothing a mail program could read as more: no spaces or control characters,
 * no list separators, and none of the characters that start or join a mailto: URL's fields, should a program decode
 * the whole link before it splits it.
 */
const plainAddress = /^[^\s\p{Cc}@,;:<>()[\]"\\/?&=#%]+@[^\s\p{Cc}@,;:<>()[\]"\\/?&=#%]+\.[^\s\p{Cc}@,;:<>()[\]"\\/?&=#%.]+$/u;

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Every address of every route a remiss package may name. */
export const MAX_MAILTO_RECIPIENTS = packageLimits.routes * packageLimits.addresses;

function recipientsOf(path: string): string[] | null {
  const addresses = path.split(',').map((part) => decodeOrNull(part)?.trim() ?? null);
  if (addresses.length > MAX_MAILTO_RECIPIENTS) return null;
  return addresses.every((address): address is string => address !== null && plainAddress.test(address)) ? addresses : null;
}

/** The first subject and the first body; every other field (attach, cc, bcc, to, headers of any name) is dropped. */
function fieldsOf(query: string): { subject: string; body: string } | null {
  const fields = new Map<string, string>();
  for (const pair of query.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const name = decodeOrNull(separator === -1 ? pair : pair.slice(0, separator))?.toLowerCase();
    const value = decodeOrNull(separator === -1 ? '' : pair.slice(separator + 1));
    if (name === undefined || value === null) return null;
    if ((name === 'subject' || name === 'body') && !fields.has(name)) fields.set(name, value);
  }
  return { subject: fields.get('subject') ?? '', body: fields.get('body') ?? '' };
}

/** A subject is one header line: breaks become spaces, other control characters go. */
function headerLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[^\P{Cc}\t]/gu, '');
}

/** A body keeps its line breaks (mailtoLink writes them as CRLF) and tabs; other control characters go. */
function bodyText(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');
}

/**
 * What the shell hands the system's mail program: a link it rebuilds from the page's link with only the addresses,
 * the subject and the body, each checked and encoded again, or null when the link is not a plain mail to plain
 * addresses (another scheme, a host, a malformed address or encoding, more recipients than a remiss has, too long).
 */
export function safeMailtoLink(raw: string): string | null {
  if (raw.length > MAX_MAILTO_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'mailto:' || url.host !== '' || url.username !== '' || url.password !== '') return null;
  const recipients = recipientsOf(url.pathname);
  const fields = fieldsOf(url.search);
  if (recipients === null || fields === null) return null;
  const link = mailtoLink(recipients, headerLine(fields.subject), bodyText(fields.body));
  return link.length <= MAX_MAILTO_LENGTH ? link : null;
}
