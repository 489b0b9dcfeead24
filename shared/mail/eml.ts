import { MIMEMessage, type EnvironmentContext } from 'mimetext/browser';

/** A file carried in the message, byte for byte. */
export interface EmlAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A message ready to send: the user's mail program opens it, checks it and sends it from the user's own account. */
export interface EmlMessage {
  to: readonly string[];
  subject: string;
  /** Plain text; lines end as the writer wrote them. */
  body: string;
  attachments: readonly EmlAttachment[];
  date: Date;
  /** The sender when known; without it the mail program uses the account it sends from. */
  from?: string;
}

const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** Base64 in lines of 76 characters, as MIME wants them (RFC 2045): a long line is cut by some servers. */
function base64Lines(bytes: Uint8Array): string {
  return (base64(bytes).match(/.{1,76}/g) ?? []).join('\r\n');
}

/**
 * The text of an RFC 2047 encoded word, folded: each word carries whole characters and stays within 75 characters
 * (45 bytes of UTF-8 become 60 of base64), and the words continue on lines of their own.
 */
function foldedEncodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (utf8.encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((word) => base64(utf8.encode(word))).join('?=\r\n =?utf-8?B?');
}

/** mimetext writes every header value with non-ASCII text as "=?utf-8?B?" + this + "?=": so it is folded here. */
const environment: EnvironmentContext = {
  toBase64: foldedEncodedWords,
  toBase64WebSafe: (text) => base64(utf8.encode(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  eol: '\r\n',
  validateContentType: (type) => (type.length > 0 ? type : false),
};

/** A file name as mail programs read it in a quoted parameter: plain when ASCII, else one RFC 2047 word, as Outlook writes it. */
function attachmentName(fileName: string): string {
  const clean = fileName.replace(/["\\\r\n]/g, '_');
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?utf-8?B?${base64(utf8.encode(clean))}?=`;
}

/**
 * The message as a standard e-mail file (.eml, RFC 5322 with MIME): UTF-8 headers encoded by RFC 2047, the text as
 * base64 UTF-8, each attachment in base64. "X-Unsent: 1" makes Outlook open it as a new message ready to send;
 * Thunderbird opens it as a message that "Redigera som nytt" (Edit As New) turns into one.
 */
export function buildEml(message: EmlMessage): Uint8Array<ArrayBuffer> {
  const mime = new MIMEMessage(environment);
  const fields = mime.headers.fields;
  if (message.from) mime.setSender(message.from);
  else {
    // A draft has no sender yet, and so no Message-ID, which the mail program gives it when it sends.
    fields.find((field) => field.name === 'From')!.required = false;
    fields.find((field) => field.name === 'Message-ID')!.disabled = true;
  }
  mime.setRecipients(message.to.map((address) => address.trim()));
  mime.setSubject(message.subject);
  mime.setHeader('Date', message.date.toUTCString().replace(/GMT|UTC/, '+0000'));
  mime.setHeader('X-Unsent', '1');
  mime.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: 'base64',
    data: base64Lines(utf8.encode(message.body.replace(/\r?\n/g, '\r\n'))),
  });
  for (const attachment of message.attachments)
    mime.addAttachment({
      filename: attachmentName(attachment.fileName),
      contentType: attachment.contentType,
      encoding: 'base64',
      data: base64Lines(attachment.bytes),
    });
  return utf8.encode(`${mime.asRaw()}\r\n`);
}
