import type { CalendarDate } from '../domain/calendarDate';
import { blankGoal, emptyPackage } from '../remiss/emptyPackage';
import { packageLimits } from '../remiss/packageFile';
import type { AnswerRoute, DocumentReference, KfGoal, PackageDocument, Question, RemissPackage } from '../remiss/remissPackage';
import type { LetterReading, Proposed, ProposedAttachment } from './readLetter';

/** A proposal's value when the user kept it; null when they dropped it or the letter did not state it. */
const kept = <Value>(proposal: Proposed<Value> | null): Value | null => (proposal?.included ? proposal.value : null);
const allKept = <Value>(proposals: ReadonlyArray<Proposed<Value>>): Value[] =>
  proposals.flatMap((proposal) => (proposal.included ? [proposal.value] : []));
const filled = (text: string) => text.trim() !== '';

/** Words made fit for an id: lower case, letters and digits, the rest one hyphen. */
function idPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The new package's id, from the case number the user kept ("KS 2019/160" → "ks-2019-160"), else from its title, else
 * "remisspaket"; a number is added when a package here already has it.
 */
export function packageIdFromLetter(caseNumber: string, title: string, taken: ReadonlySet<string>): string {
  const base = idPart(caseNumber) || idPart(title) || 'remisspaket';
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}

/** A file picked with the letter, as it will be stored: the letter first, then the attachments. */
export interface LetterDocumentFile {
  fileName: string;
  mediaType: PackageDocument['mediaType'];
  size: number;
  sha256: string;
  pageCount: number | null;
  /** The bilaga's number for an attachment (what the user confirmed); null for the letter. */
  bilagaNumber: number | null;
}

/**
 * Which of the letter's named attachments a file is: "Bilaga 2 …" in its name says so; otherwise a file whose name
 * shares the words of exactly one attachment's title is that one. Null when unsure, and then the user is asked.
 */
export function matchAttachment(fileName: string, named: readonly ProposedAttachment[]): number | null {
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/[_]+/g, ' ');
  const byName = /bilaga[\s_-]*(\d{1,2})(?!\d)/i.exec(stem);
  if (byName) return Number(byName[1]);
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);
  const fileWords = words(stem);
  const sharing = named.filter((attachment) => {
    const titleWords = [...words(attachment.title)];
    return titleWords.length > 0 && titleWords.filter((word) => fileWords.has(word)).length >= Math.min(2, titleWords.length);
  });
  return sharing.length === 1 ? sharing[0]!.number : null;
}

/**
 * The package a reviewed letter makes: what the user kept (edited or as proposed), in the package's fields, and
 * nothing else. What a letter never states (the rating scale, the vision, the introduction) and what it did not say is
 * left empty for the editor to ask for; a letter without goals gives the one blank goal a new package starts with.
 * `documents` are the stored files, the letter first; a goal found in an attachment points at its page there.
 */
export function packageFromLetter(
  reading: LetterReading,
  options: { id: string; today: CalendarDate; documents: ReadonlyArray<PackageDocument & { source: number }> },
): RemissPackage {
  const { id } = options;
  const base = emptyPackage(id, kept(reading.issuedOn) ?? options.today);
  const routes: AnswerRoute[] = allKept(reading.routes)
    .filter((route) => filled(route.address) && route.statuses.length > 0)
    .map((route, index) => ({
      id: `svar-${index + 1}`,
      recipient: '',
      addresses: [route.address.trim()],
      // What a board sends is the app's to say, not the letter's: the attachment and the answer file, as every route.
      sends: ['attachmentPdf', 'answerFile'],
      statuses: [...route.statuses],
    }));
  const contacts = allKept(reading.contacts)
    .filter((contact) => [contact.name, contact.email, contact.phone].some(filled))
    .slice(0, packageLimits.contacts)
    .map((contact, index) => ({
      id: `kontakt-${index + 1}`,
      name: contact.name.trim(),
      role: contact.role.trim(),
      email: filled(contact.email) ? contact.email.trim() : null,
      phone: filled(contact.phone) ? contact.phone.trim() : null,
      about: contact.about.trim(),
    }));
  const questions = (owner: string, proposals: LetterReading['generalQuestions']): Question[] =>
    allKept(proposals)
      .filter((question) => filled(question.text))
      .slice(0, packageLimits.questionsPerList)
      .map((question, index) => ({ id: `${owner}-fraga-${index + 1}`, kind: question.kind, text: question.text.trim() }));
  const documentAt = new Map(options.documents.map((document) => [document.source, document]));
  // A goal's number is unique in a package: a second goal with a number already given is left to the user to add.
  const goals: KfGoal[] = allKept(reading.goals)
    .filter((goal, index, all) => all.findIndex((other) => other.number === goal.number) === index)
    .slice(0, packageLimits.goals)
    .map((goal) => {
      const goalId = `${id}-mal-${goal.number}`;
      const references: DocumentReference[] = [];
      for (const place of goal.foundIn) {
        const document = documentAt.get(place.document);
        if (!document || place.document === 0 || place.page === null) continue;
        if (references.some((reference) => reference.documentId === document.id && reference.page === place.page)) continue;
        references.push({ documentId: document.id, page: place.page });
      }
      return {
        ...blankGoal(goalId, goal.number),
        title: goal.title.trim(),
        ambitionLevel: (kept(goal.ambitionLevel) ?? '').trim(),
        questions: questions(goalId, goal.questions),
        documentReferences: references.slice(0, packageLimits.documentReferences),
      };
    });
  return {
    ...base,
    title: (kept(reading.title) ?? '').trim(),
    caseNumber: (kept(reading.caseNumber) ?? '').trim(),
    issuer: (kept(reading.issuer) ?? '').trim(),
    municipality: (kept(reading.municipality) ?? '').trim(),
    deadline: kept(reading.deadline),
    deadlineText: (kept(reading.deadlineText) ?? '').trim(),
    routes,
    contacts,
    support: allKept(reading.support).filter(filled).slice(0, packageLimits.supportOffers),
    relatedPlans: allKept(reading.relatedPlans).filter(filled).slice(0, packageLimits.relatedPlans),
    generalQuestions: questions(`${id}-overgripande`, reading.generalQuestions),
    goals: goals.length > 0 ? goals : base.goals,
    documents: options.documents.map(({ source: _source, ...document }) => document),
  };
}

/**
 * The stored description of each picked file: the letter as the letter, each attachment a bilaga with the number the
 * user confirmed, titled as the letter names it when the user kept that name, else by its file's name.
 */
export function letterDocuments(
  reading: LetterReading,
  files: readonly LetterDocumentFile[],
  newId: (index: number) => string,
): Array<PackageDocument & { source: number }> {
  const titles = new Map(allKept(reading.attachments).map((attachment) => [attachment.number, attachment.title.trim()]));
  return files.map((file, index) => {
    const stem = file.fileName.replace(/\.[^.]*$/, '').trim() || file.fileName;
    const isLetter = index === 0;
    const number = isLetter ? null : file.bilagaNumber;
    const title = (number !== null ? titles.get(number) : undefined) || stem;
    return {
      source: index,
      id: newId(index),
      title: [...title].slice(0, packageLimits.shortText).join(''),
      role: isLetter ? 'letter' : number !== null ? 'bilaga' : 'background',
      number,
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      pageCount: file.pageCount,
    };
  });
}
