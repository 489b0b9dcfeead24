import type { ExportFormat } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import type { RemissPackage } from '../remiss/remissPackage';
import type { ProtocolStatus } from './protocolPath';

/** Well under every file system's 255-byte name limit, with room for a copy suffix such as " (2)". */
export const MAX_FILE_NAME_BYTES = 200;

const extensions: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', text: 'txt', answer: 'msvar', notes: 'txt' };

export function extensionOf(format: ExportFormat): string {
  return extensions[format];
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Replaces what Windows, macOS or Linux would refuse or misread (a lone surrogate half too), and tidies white space. */
export function safeFileNamePart(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]|\p{Cs}/gu, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const reservedDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const characters = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** The longest start of the text that fits in maxBytes of UTF-8, cut between characters as a reader sees them. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const { segment, index } of characters.segment(text)) {
    bytes += utf8Length(segment);
    if (bytes > maxBytes) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * A stem and extension made into one name that every file system and the saveFile contract accept: every saved file's
 * name goes through here. A stem too long is cut between characters and ends in "…"; the extension always stays.
 */
export function finishFileName(stem: string, extension: string): string {
  let safe = safeFileNamePart(stem).replace(/^[.\s]+/, '');
  const room = MAX_FILE_NAME_BYTES - utf8Length(`.${extension}`);
  if (utf8Length(safe) > room) safe = `${cutToBytes(safe, room - utf8Length('…')).replace(/[.\s]+$/, '')}…`;
  safe = safe.replace(/[.\s]+$/, '');
  if (safe === '' || reservedDeviceName.test(safe.split('.')[0] ?? '')) safe = `_${safe}`;
  return `${safe}.${extension}`;
}

const kinds: Record<ExportFormat, (attachmentNumber: string) => string> = {
  pdf: (n) => `Bilaga ${n}`,
  docx: (n) => `Bilaga ${n}`,
  text: (n) => `Bilaga ${n}`,
  answer: () => 'Svarsfil',
  notes: () => 'Anteckningar',
};

/**
 * "2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (ojusterat).pdf":
 * the name a protocol's attachment goes by. When too long, the body's name is shortened, never the extension.
 */
export function exportFileName(
  meeting: Pick<Meeting, 'date' | 'bodyName' | 'paragraph' | 'attachmentNumber'>,
  pkg: Pick<RemissPackage, 'caseNumber'>,
  format: ExportFormat,
  status: ProtocolStatus,
): string {
  const extension = extensionOf(format);
  const paragraph = safeFileNamePart(meeting.paragraph);
  const rest = [
    paragraph === '' ? '' : ` § ${paragraph}`,
    ` ${kinds[format](safeFileNamePart(meeting.attachmentNumber))} – Svar på intern remiss ${safeFileNamePart(pkg.caseNumber)} (${status})`,
  ].join('');
  const date = safeFileNamePart(meeting.date);
  let body = safeFileNamePart(meeting.bodyName);
  const fixed = utf8Length(`${date}  ${rest}.${extension}`);
  const room = MAX_FILE_NAME_BYTES - fixed;
  if (utf8Length(body) > room) body = `${cutToBytes(body, Math.max(0, room - utf8Length('…'))).trimEnd()}…`;
  return finishFileName(`${date} ${body}${rest}`, extension);
}
