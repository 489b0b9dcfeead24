import { packageLimits } from './packageFile';
import type { PackageDocument } from './remissPackage';

/** A file's name as a document keeps it: no folders or control characters, short enough for any file system. */
export function documentFileName(name: string): string {
  const clean = [...name.replace(/[/\\]/g, '-')]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  const characters = [...(clean || 'dokument')];
  if (characters.length <= packageLimits.fileName) return characters.join('');
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? '';
  return `${characters.slice(0, packageLimits.fileName - extension.length).join('')}${extension}`;
}

/**
 * What a newly added document most likely is, from its file's name: "Bilaga 2 …" is bilaga 2, a presentation says so,
 * the first other paper is the letter, and what follows it is the next bilaga. The user corrects any of it.
 */
export function proposeDocumentMetadata(
  fileName: string,
  existing: readonly PackageDocument[],
): Pick<PackageDocument, 'title' | 'role' | 'number'> {
  const stem =
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/_+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || fileName;
  const title = [...stem].slice(0, packageLimits.shortText).join('');
  const taken = new Set(existing.flatMap((document) => (document.role === 'bilaga' && document.number !== null ? [document.number] : [])));
  const named = /bilaga[\s_-]*(\d{1,2})(?!\d)/i.exec(stem);
  const namedNumber = named ? Number(named[1]) : null;
  if (namedNumber !== null && namedNumber >= 1 && !taken.has(namedNumber)) return { title, role: 'bilaga', number: namedNumber };
  if (/presentation|bildspel/i.test(stem)) return { title, role: 'presentation', number: null };
  if (!existing.some((document) => document.role === 'letter')) return { title, role: 'letter', number: null };
  let number = 1;
  while (taken.has(number)) number += 1;
  return number <= packageLimits.bilagaNumber ? { title, role: 'bilaga', number } : { title, role: 'background', number: null };
}
