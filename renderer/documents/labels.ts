import type { Messages } from '../../shared/i18n/messages';
import type { DocumentReference, PackageDocument } from '../../shared/remiss/remissPackage';
import { documentKindOfMediaType } from '../../shared/remiss/packageContainer';

/** What the room calls a document: "Bilaga 1" for a numbered attachment, its title for anything else. */
export function documentName(document: Pick<PackageDocument, 'role' | 'number' | 'title'>, messages: Messages): string {
  return document.role === 'bilaga' && document.number !== null ? messages.documents.bilaga(document.number) : document.title;
}

/** A goal's link into a document: its own words if it has them, else "Bilaga 1, s. 4" (a Word document has no pages). */
export function referenceLabel(reference: DocumentReference, document: PackageDocument, messages: Messages): string {
  if (reference.label?.trim()) return reference.label.trim();
  const name = documentName(document, messages);
  return documentKindOfMediaType(document.mediaType) === 'pdf' ? messages.documents.reference(name, reference.page) : name;
}
