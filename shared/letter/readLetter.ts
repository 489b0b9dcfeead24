import { isCalendarDate, type CalendarDate } from '../domain/calendarDate';
import type { AnswerStatus, QuestionKind } from '../remiss/remissPackage';
import { CELL_SEPARATOR, type LetterBlock, type LetterDocument } from './letterBlocks';

/**
 * Reads the strategy office's letter (and its attachments) and proposes what a remiss package needs: each proposal
 * with the passage it came from, for a person to accept, edit or drop. It proposes only what the text states: what
 * is not found stays empty, and no date is completed from a month or a week.
 */

/** Where a proposal was read: from `start` in one block to `end` in `endBlock` (the same block, mostly). */
export interface Passage {
  /** 0 is the letter, 1… its attachments, in the order they were given. */
  document: number;
  block: number;
  start: number;
  endBlock: number;
  end: number;
}

export interface Proposed<Value> {
  /** Stable within one reading, so the review can keep what the user decided per proposal. */
  key: string;
  value: Value;
  passage: Passage;
  /** Whether it goes into the package; every proposal starts included, and the user drops what is wrong. */
  included: boolean;
}

export interface ProposedRoute {
  address: string;
  /** For which protocol the letter sends the answer to the address; both when it does not say. */
  statuses: AnswerStatus[];
}

export interface ProposedContact {
  name: string;
  role: string;
  email: string;
  phone: string;
  /** What to contact them about, in the letter's words ("bokning och frågor"). */
  about: string;
}

export interface ProposedAttachment {
  number: number;
  title: string;
}

export interface ProposedQuestion {
  kind: QuestionKind;
  text: string;
}

export interface ProposedGoal {
  number: number;
  /** How the letter names the goal ("Mål A", "KF-mål 1", "1."), shown beside the number it is given. */
  label: string;
  title: string;
  ambitionLevel: Proposed<string> | null;
  questions: Array<Proposed<ProposedQuestion>>;
  /** Every place the goal was found: a goal set out in Bilaga 1 on page 4 points there. */
  foundIn: Array<{ document: number; page: number | null }>;
}

export interface LetterReading {
  title: Proposed<string> | null;
  caseNumber: Proposed<string> | null;
  issuer: Proposed<string> | null;
  municipality: Proposed<string> | null;
  issuedOn: Proposed<CalendarDate> | null;
  /** The deadline as the letter states it ("… senast efter september månads nämnd"). */
  deadlineText: Proposed<string> | null;
  /** The deadline's date, only when the letter states a whole one. */
  deadline: Proposed<CalendarDate> | null;
  routes: Array<Proposed<ProposedRoute>>;
  contacts: Array<Proposed<ProposedContact>>;
  support: Array<Proposed<string>>;
  relatedPlans: Array<Proposed<string>>;
  attachments: Array<Proposed<ProposedAttachment>>;
  generalQuestions: Array<Proposed<ProposedQuestion>>;
  goals: Array<Proposed<ProposedGoal>>;
}

interface Located {
  document: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

const at = (place: Located): Passage => ({
  document: place.document,
  block: place.block,
  start: place.start,
  endBlock: place.block,
  end: place.end,
});

const proposed = <Value>(key: string, value: Value, passage: Passage): Proposed<Value> => ({ key, value, passage, included: true });

/** The sentences of a text with their offsets; a line break ends one too, and "p.g.a. tiden" or "v.33" do not. */
export function sentencesOf(text: string): Array<{ text: string; start: number; end: number }> {
  const sentences: Array<{ text: string; start: number; end: number }> = [];
  const boundary = /[.!?]+(?=\s+[\p{Lu}\d”"(]|\s*$)|\n/gu;
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const words = raw.trim();
    if (words !== '') sentences.push({ text: words, start: from + lead, end: from + lead + words.length });
  };
  for (const match of text.matchAll(boundary)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    push(end);
    from = match.index + match[0].length;
  }
  push(text.length);
  return sentences;
}

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const longDate = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(${monthNames.join('|')})\s+(\d{4})(?!\d)`, 'gi');

/** Whole dates written in the text, "2020-06-30" or "30 juni 2020"; a day without a year is no date. */
export function datesIn(text: string): Array<{ date: CalendarDate; start: number; end: number }> {
  const found: Array<{ date: CalendarDate; start: number; end: number }> = [];
  for (const match of text.matchAll(isoDate)) {
    if (isCalendarDate(match[0])) found.push({ date: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(longDate)) {
    const month = monthNames.indexOf(match[2]!.toLowerCase() as (typeof monthNames)[number]) + 1;
    const date = `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
    if (isCalendarDate(date)) found.push({ date, start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const caseNumberPattern = /(?<![\p{L}\d])([\p{Lu}]{1,6})\s?(\d{4})\s?\/\s?(\d{1,6})(?!\d)/gu;
const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const phonePattern = /(?:\+46\s?|0)\d{1,3}(?:[\s-]?\d{2,3}){2,4}(?!\d)/g;
const officeWords =
  /(kontor|kontoret|förvaltning|förvaltningen|avdelning|avdelningen|stab|staben|enhet|enheten|sekretariat|sekretariatet|kansli|kansliet)$/iu;
const labelWords =
  /^(datum|dnr|diarienummer|diarienr|vårt dnr|vår beteckning|beteckning|ärende|angående|rubrik|från|avsändare|till|handläggare|sida|sid)\b/iu;
/** Words before "kommun" that make it no municipality's name: "varje kommun", "Hela kommun". */
const notMunicipality = new Set(['varje', 'denna', 'den', 'hela', 'vår', 'er', 'en', 'alla', 'samma', 'annan', 'egen', 'kommun']);

class LetterText {
  constructor(readonly documents: readonly LetterDocument[]) {}

  get letter(): readonly LetterBlock[] {
    return this.documents[0]?.blocks ?? [];
  }

  /** The letterhead and the lines above the letter's first real paragraph. */
  headerEnd(): number {
    const first = this.letter.findIndex((block) => block.kind === 'paragraph' && block.text.length >= 120);
    return first === -1 ? Math.min(this.letter.length, 12) : first;
  }

  whole(block: number, document = 0): Located {
    const text = this.documents[document]!.blocks[block]!.text;
    return { document, block, start: 0, end: text.length, text };
  }

  /** Each sentence of the letter, in order. */
  *sentences(document = 0): Generator<Located> {
    const blocks = this.documents[document]?.blocks ?? [];
    for (const [index, block] of blocks.entries())
      for (const sentence of sentencesOf(block.text)) yield { document, block: index, ...sentence };
  }

  /**
   * A labelled value in the letterhead, "Dnr: KS 2019/160" or "Datum" with the date in the next block; the value's
   * place, without its label.
   */
  labelled(label: RegExp): Located | null {
    const end = Math.min(this.headerEnd() + 1, this.letter.length);
    for (let index = 0; index < end; index += 1) {
      const text = this.letter[index]!.text;
      const match = new RegExp(String.raw`^(?:${label.source})(?![\p{L}])\s*[:.]?\s*`, 'iu').exec(text);
      if (!match) continue;
      const rest = text.slice(match[0].length).split('\n')[0]!.trim();
      if (rest !== '') return { document: 0, block: index, start: match[0].length, end: match[0].length + rest.length, text: rest };
      const next = this.letter[index + 1];
      if (next && next.text.length <= 200) return this.whole(index + 1);
    }
    return null;
  }
}

function findIssuedOn(letter: LetterText): Proposed<CalendarDate> | null {
  const labelled = letter.labelled(/datum/);
  const labelledDate = labelled ? datesIn(labelled.text)[0] : undefined;
  if (labelled && labelledDate)
    return proposed(
      'issuedOn',
      labelledDate.date,
      at({ ...labelled, start: labelled.start + labelledDate.start, end: labelled.start + labelledDate.end }),
    );
  for (let index = 0; index < letter.headerEnd(); index += 1) {
    const text = letter.letter[index]!.text;
    const date = datesIn(text)[0];
    // A date standing alone in the letterhead, or after the place ("Vaggeryd 2020-06-30"), is the letter's.
    if (date && text.length <= 60)
      return proposed('issuedOn', date.date, at({ document: 0, block: index, start: date.start, end: date.end, text }));
  }
  return null;
}

function findCaseNumber(letter: LetterText): Proposed<string> | null {
  const candidates = [letter.labelled(/dnr|diarienummer|diarienr|vårt dnr|vår beteckning|beteckning/)].filter(
    (place): place is Located => place !== null,
  );
  for (let index = 0; index < letter.letter.length; index += 1) candidates.push(letter.whole(index));
  for (const place of candidates) {
    const match = new RegExp(caseNumberPattern.source, 'u').exec(place.text);
    if (!match) continue;
    const value = `${match[1]} ${match[2]}/${match[3]}`;
    return proposed(
      'caseNumber',
      value,
      at({ ...place, start: place.start + match.index, end: place.start + match.index + match[0].length }),
    );
  }
  return null;
}

/** A subject without the case number that follows it: "… övergripande mål (KS 2019/160)" → "… övergripande mål". */
function cleanTitle(text: string): string {
  return text
    .split('\n')[0]!
    .replace(new RegExp(String.raw`\s*[(,–—-]?\s*(?:[Dd]nr\s*:?\s*)?${caseNumberPattern.source}\s*\)?\s*$`, 'u'), '')
    .replace(/[\s:]+$/u, '')
    .trim();
}

function findTitle(letter: LetterText, issuerBlock: number | null): Proposed<string> | null {
  const subject = letter.labelled(/ärende|angående|rubrik/);
  if (subject) return proposed('title', cleanTitle(subject.text), at({ ...subject, end: subject.start + cleanTitle(subject.text).length }));
  const usable = (block: LetterBlock, index: number) =>
    index !== issuerBlock && !labelWords.test(block.text) && datesIn(block.text).length === 0 && cleanTitle(block.text) !== '';
  const heading = letter.letter.findIndex((block, index) => block.kind === 'heading' && usable(block, index));
  const header = letter.letter.findIndex(
    (block, index) =>
      index < letter.headerEnd() &&
      usable(block, index) &&
      /remiss/iu.test(block.text) &&
      block.text.length <= 200 &&
      !/\.$/u.test(block.text),
  );
  // A heading further down ("Bakgrund") names a part of the letter, not the letter.
  const index = heading !== -1 && heading <= letter.headerEnd() ? heading : header;
  if (index === -1) return null;
  const title = cleanTitle(letter.letter[index]!.text);
  return proposed('title', title, at({ ...letter.whole(index), end: title.length }));
}

function findIssuer(letter: LetterText): Proposed<string> | null {
  const labelled = letter.labelled(/från|avsändare/);
  if (labelled) {
    const name = labelled.text.split(',')[0]!.trim();
    return proposed('issuer', name, at({ ...labelled, end: labelled.start + name.length }));
  }
  for (let index = 0; index < letter.headerEnd(); index += 1) {
    const text = letter.letter[index]!.text;
    for (const [lineIndex, line] of text.split('\n').entries()) {
      const name = line.split(',')[0]!.trim();
      if (name.length > 80 || !officeWords.test(name) || /[.!?]$/u.test(name)) continue;
      const start = text.split('\n').slice(0, lineIndex).join('\n').length + (lineIndex > 0 ? 1 : 0) + line.indexOf(name);
      return proposed('issuer', name, at({ document: 0, block: index, start, end: start + name.length, text }));
    }
  }
  return null;
}

function findMunicipality(letter: LetterText): Proposed<string> | null {
  const pattern = /(?<![\p{L}-])((?:[\p{Lu}][\p{L}-]*\s)?[\p{Lu}][\p{L}-]*)\s+kommun(?![\p{L}])/gu;
  const places = [...letter.sentences()];
  const header = places.filter((place) => place.block < letter.headerEnd());
  for (const place of [...header, ...places]) {
    for (const match of place.text.matchAll(pattern)) {
      const words = match[1]!.split(/\s/u);
      if (notMunicipality.has(words.at(-1)!.toLocaleLowerCase('sv-SE'))) continue;
      // "Nämnder i Vaggeryds kommun": only the name's own words, not the capitalised word that starts the sentence.
      const name = words.length === 2 && match.index === 0 && !/s$/u.test(words[0]!) ? `${words[1]} kommun` : `${match[1]} kommun`;
      const start = place.start + match.index + match[0].length - name.length;
      return proposed('municipality', name, at({ ...place, start, end: start + name.length }));
    }
  }
  return null;
}

const deadlineWords = /\bsenast\b|\bsista\s+(?:svars)?dag(?:en)?\b|\bsvarsdatum\b/iu;
const answerWords =
  /\b(svar\w*|besvara\w*|beslut\w*|kommentar\w*|protokoll\w*|yttrande\w*|skicka\w*|lämna\w*|inkomm\w*|insänd\w*|sänd\w*)\b/iu;

function findDeadline(letter: LetterText): { text: Proposed<string> | null; date: Proposed<CalendarDate> | null } {
  for (const sentence of letter.sentences()) {
    if (!deadlineWords.test(sentence.text) || !answerWords.test(sentence.text)) continue;
    const date = datesIn(sentence.text)[0];
    return {
      text: proposed('deadlineText', sentence.text, at(sentence)),
      date: date
        ? proposed('deadline', date.date, at({ ...sentence, start: sentence.start + date.start, end: sentence.start + date.end }))
        : null,
    };
  }
  return { text: null, date: null };
}

const contactWords = /\b(kontakta|kontaktperson\w*|frågor|upplysningar|bokning|nås\b|når du)/iu;
const contactHeading =
  /^(kontakt(?:person(?:er)?|uppgifter)?|frågor(?: om remissen)?(?: besvaras av)?|upplysningar(?: lämnas av)?|handläggare)\s*:?\s*$/iu;
const personName = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

function statusesIn(text: string): AnswerStatus[] {
  const unadjusted = /\bojuster\w*/iu.test(text);
  const adjusted = /(?<![\p{L}])juster(?:at|ade|ad)\b|\bprotokollsbeslut\w*/iu.test(text.replace(/\bojuster\w*/giu, ''));
  if (unadjusted && !adjusted) return ['ojusterat'];
  if (adjusted && !unadjusted) return ['justerat'];
  return [];
}

function findRoutesAndContacts(letter: LetterText): { routes: Array<Proposed<ProposedRoute>>; contacts: Array<Proposed<ProposedContact>> } {
  const routes: Array<Proposed<ProposedRoute>> = [];
  const contacts: Array<Proposed<ProposedContact>> = [];
  const inContactSection = contactSectionBlocks(letter);
  const seenRoutes = new Set<string>();
  const seenContacts = new Set<string>();

  for (const sentence of letter.sentences()) {
    if (inContactSection.has(sentence.block)) continue;
    const addresses = [...sentence.text.matchAll(emailPattern)];
    addresses.forEach((match, position) => {
      const address = match[0].replace(/\.$/u, '');
      const clauseStart = position === 0 ? 0 : addresses[position - 1]!.index + addresses[position - 1]![0].length;
      const clause = sentence.text.slice(clauseStart, match.index + address.length);
      const start = sentence.start + match.index;
      const place = { ...sentence, start, end: start + address.length };
      if (contactWords.test(clause) || (!answerWords.test(sentence.text) && contactWords.test(sentence.text))) {
        if (seenContacts.has(address.toLowerCase())) return;
        seenContacts.add(address.toLowerCase());
        contacts.push(proposed(`contact-${contacts.length}`, contactInSentence(sentence.text, address), at({ ...sentence })));
        return;
      }
      if (!answerWords.test(sentence.text)) return;
      const stated = statusesIn(clause);
      const statuses = stated.length > 0 ? stated : statusesIn(sentence.text);
      const route = { address, statuses: statuses.length > 0 ? statuses : (['ojusterat', 'justerat'] as AnswerStatus[]) };
      const key = `${address.toLowerCase()}|${route.statuses.join()}`;
      if (seenRoutes.has(key)) return;
      seenRoutes.add(key);
      routes.push(proposed(`route-${routes.length}`, route, at({ ...place, start: sentence.start + clauseStart })));
    });
  }
  for (const contact of contactsInSections(letter, inContactSection)) {
    if (contact.value.email !== '' && seenContacts.has(contact.value.email.toLowerCase())) continue;
    seenContacts.add(contact.value.email.toLowerCase());
    contacts.push({ ...contact, key: `contact-${contacts.length}` });
  }
  return { routes, contacts };
}

/** A contact named in a sentence: "För bokning och frågor kontakta Anna Berg, strateg, anna.berg@… eller 0370-123 45". */
function contactInSentence(text: string, email: string): ProposedContact {
  const named =
    /kontakta\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,3})(?:,\s*([\p{Ll}][\p{L}\s-]{1,60}?)\s*(?:,|\bpå\b|\bvia\b|\btelefon\b|$))?/u.exec(
      text,
    );
  const topic = /^(?:för|vid)\s+(.+?)\s+kontakta\b/iu.exec(text)?.[1] ?? '';
  // "… från v.33": from when the contact takes bookings, as the letter puts it.
  const from = /\b(?:från|fr\.o\.m\.?)\s+(?:v\.\s?\d{1,2}|vecka\s+\d{1,2}|\d{4}-\d{2}-\d{2})/iu.exec(text.replace(email, ' '))?.[0] ?? '';
  const about = [topic, from].filter((part) => part !== '').join(' ');
  return {
    name: named?.[1] ?? '',
    role: named?.[2]?.trim() ?? '',
    email,
    phone: phonesIn(text)[0] ?? '',
    about,
  };
}

function phonesIn(text: string): string[] {
  return [...text.replace(emailPattern, ' ').matchAll(phonePattern)].map((match) => match[0].trim());
}

/** The blocks under a "Kontaktperson" heading (or label), up to the next heading. */
function contactSectionBlocks(letter: LetterText): Set<number> {
  const blocks = new Set<number>();
  letter.letter.forEach((block, index) => {
    if (!contactHeading.test(block.text)) return;
    for (let next = index + 1; next < letter.letter.length && next <= index + 8; next += 1) {
      const following = letter.letter[next]!;
      // A heading, a new label ("Bilagor:") or a list ends the contact's lines.
      if (following.kind !== 'paragraph' || contactHeading.test(following.text) || /:$/u.test(following.text)) break;
      blocks.add(next);
    }
  });
  return blocks;
}

/** People set out line by line under a contact heading: name, then role, phone and e-mail in any order. */
function contactsInSections(letter: LetterText, section: ReadonlySet<number>): Array<Proposed<ProposedContact>> {
  const found: Array<Proposed<ProposedContact>> = [];
  let current: { contact: ProposedContact; from: Located; to: Located } | null = null;
  const close = () => {
    if (current && (current.contact.name !== '' || current.contact.email !== '' || current.contact.phone !== ''))
      found.push(proposed('contact', current.contact, { ...at(current.from), endBlock: current.to.block, end: current.to.end }));
    current = null;
  };
  for (const index of [...section].sort((a, b) => a - b)) {
    const text = letter.letter[index]!.text;
    let offset = 0;
    for (const rawLine of text.split('\n')) {
      const lineStart = offset;
      offset += rawLine.length + 1;
      for (const part of rawLine.split(/,\s*/u)) {
        const line = part.trim();
        if (line === '') continue;
        const start = lineStart + rawLine.indexOf(part) + (part.length - part.trimStart().length);
        const place: Located = { document: 0, block: index, start, end: start + line.length, text: line };
        const email = line.match(emailPattern)?.[0];
        const phone = phonesIn(line)[0];
        if (personName.test(line) && (current === null || current.contact.name !== '')) {
          close();
          current = { contact: { name: line, role: '', email: '', phone: '', about: '' }, from: place, to: place };
          continue;
        }
        current ??= { contact: { name: '', role: '', email: '', phone: '', about: '' }, from: place, to: place };
        const contact: ProposedContact = current.contact;
        if (email && contact.email === '') contact.email = email;
        else if (phone && contact.phone === '') contact.phone = phone;
        else if (!email && !phone && contact.role === '' && /^\p{L}[\p{L}\s-]*$/u.test(line) && line.length <= 60) contact.role = line;
        else continue;
        current.to = place;
      }
    }
  }
  close();
  return found;
}

const supportWords =
  /\b(verksamhetsutvecklare|processledare|processtöd|stödmaterial|stödpresentation\w*|handledning|erbjud\w*\s+(?:stöd|hjälp)|(?:stöd|hjälp)\s+(?:finns|erbjuds|ges)|kan bokas)\b/iu;

/**
 * Each sentence that offers support, in the letter's words. A sentence that names an address is the contact's (its
 * "about" carries the booking and the week), so an offer is not proposed twice.
 */
function findSupport(letter: LetterText): Array<Proposed<string>> {
  const support: Array<Proposed<string>> = [];
  for (const sentence of letter.sentences()) {
    if (letter.letter[sentence.block]!.kind === 'heading' || !supportWords.test(sentence.text) || sentence.text.search(emailPattern) !== -1)
      continue;
    support.push(proposed(`support-${support.length}`, sentence.text.replace(/\n/g, ' '), at(sentence)));
  }
  return support;
}

const abbreviations: Record<string, string> = {
  ÖP: 'översiktsplan (ÖP)',
  FÖP: 'fördjupad översiktsplan (FÖP)',
};
const planPattern =
  /(?<![\p{L}-])(?:(\p{L}+-\s(?:och|eller)\s))?(\p{L}[\p{L}-]*(?:plan|planen|program|programmet|strategi|strategin))(?![\p{L}])|(?<![\p{L}])(FÖP|ÖP)(?![\p{L}])/gu;
const genericPlans = new Set(['plan', 'planen', 'program', 'programmet', 'strategi', 'strategin', 'handlingsplan']);

/** "bostads-försörjningsprogram", broken where the letter's line was, is one word; "e-post" stays as it is. */
function joinBrokenWord(word: string): string {
  return word.replace(/(\p{Ll}{4,})-(\p{Ll}{4,})/gu, '$1$2');
}

/** "Detta är en intern remissomgång 2 kring ett … program": what the remiss is about is not a plan its goals tie to. */
const remissSubject = /remiss\p{L}*(?:\s+\d+)?\s+(?:kring|om|gäller|avser)\s/iu;

function findRelatedPlans(letter: LetterText): Array<Proposed<string>> {
  const plans: Array<Proposed<string>> = [];
  const seen = new Set<string>();
  const valueOf = (match: RegExpExecArray) => (match[3] ? abbreviations[match[3]]! : joinBrokenWord(`${match[1] ?? ''}${match[2]!}`));
  // The remiss's subject stays out wherever it is named again (an intranet group may carry its name).
  const subjects = new Set(
    [...letter.sentences()].flatMap((sentence) => {
      const subject = remissSubject.exec(sentence.text);
      if (!subject) return [];
      return [...sentence.text.matchAll(planPattern)]
        .filter((match) => match.index >= subject.index)
        .map((match) => valueOf(match).toLocaleLowerCase('sv-SE'));
    }),
  );
  for (const sentence of letter.sentences()) {
    for (const match of sentence.text.matchAll(planPattern)) {
      const value = valueOf(match);
      const key = value.toLocaleLowerCase('sv-SE');
      if (genericPlans.has(key) || subjects.has(key) || seen.has(key)) continue;
      seen.add(key);
      const start = sentence.start + match.index;
      plans.push(proposed(`plan-${plans.length}`, value, at({ ...sentence, start, end: start + match[0].length })));
    }
  }
  return plans;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

function findAttachments(letter: LetterText): Array<Proposed<ProposedAttachment>> {
  const found = new Map<number, Proposed<ProposedAttachment>>();
  const pattern =
    /\bBilaga\s+(\d{1,2})(?!\d)\s*[:.–—-]?\s*(.*?)(?=\s+samt\s|\s+och\s+(?:i\s+)?(?:inledningen|bilaga)|[.;,)]\s|[.;,)]?$)/giu;
  for (const sentence of letter.sentences()) {
    for (const match of sentence.text.matchAll(pattern)) {
      const number = Number(match[1]);
      if (found.has(number) || number < 1) continue;
      const title = capitalised(match[2]!.trim());
      const start = sentence.start + match.index;
      found.set(number, proposed(`attachment-${number}`, { number, title }, at({ ...sentence, start, end: start + match[0].length })));
    }
  }
  // A "Bilagor" list names them by position: "1. Ambitionsnivåer …".
  letter.letter.forEach((block, index) => {
    if (!/^bilagor\s*:?\s*$/iu.test(block.text)) return;
    for (let next = index + 1; next < letter.letter.length && letter.letter[next]!.kind === 'listItem'; next += 1) {
      const item = letter.letter[next]!;
      const number = item.ordinal ?? next - index;
      if (found.has(number)) continue;
      const title = capitalised(item.text.replace(/^bilaga\s+\d{1,2}\s*[:.–—-]?\s*/iu, '').trim());
      found.set(number, proposed(`attachment-${number}`, { number, title }, at(letter.whole(next))));
    }
  });
  return [...found.values()].sort((a, b) => a.value.number - b.value.number);
}

/** What a question asks about, from its words; "other" when they do not say. */
export function questionKindOf(text: string): QuestionKind {
  const lower = text.toLocaleLowerCase('sv-SE');
  if (/ambitionsnivå/u.test(lower)) return 'ambition';
  if (/nämndmål|styrelsemål|egna mål|nämndens mål|styrelsens mål/u.test(lower)) return 'ownGoals';
  if (/agenda\s?2030|globala mål/u.test(lower)) return 'agenda2030';
  if (/medborgar|invånar|bor, lever|bor och verkar/u.test(lower)) return 'citizenEffect';
  if (/framtid|kommande år|framåt|på sikt/u.test(lower)) return 'future';
  if (/i dag|idag|nuläge|läget|statistik|uppföljning/u.test(lower)) return 'analysis';
  return 'other';
}

const goalHeading = /^(KF-mål|Kommunfullmäktiges mål|Övergripande mål|Mål)\s+(\d{1,3}|[A-Z])(?=$|[\s:.)–—-])[\s:.)–—-]*/u;
const numberedLine = /^(\d{1,2})[.)]\s+/u;
const ambitionLabel = /^(?:den\s+)?(?:föreslag(?:en|na)\s+)?ambitionsnivå(?:n)?(?:\s+\d{4}\s*[–-]\s*\d{4})?(?![\p{L}])/iu;
const questionsLabel = /^(?:frågor|frågeställningar|diskussionsfrågor)(?:\s+[\p{L}\s]*)?:?\s*$/iu;

interface GoalStart {
  document: number;
  block: number;
  number: number;
  label: string;
  /** Where the title starts in the block; -1 when the block names only the goal ("Mål 1") and the title follows. */
  titleStart: number;
}

const numberOf = (mark: string) => (/^\d+$/u.test(mark) ? Number(mark) : mark.charCodeAt(0) - 64);

/** The goals' first blocks: "Mål 1: …", "KF-mål A", or a numbered heading or list item under a heading about the goals. */
function goalStarts(documents: readonly LetterDocument[]): GoalStart[] {
  const starts: GoalStart[] = [];
  documents.forEach((document, documentIndex) => {
    let section = '';
    document.blocks.forEach((block, index) => {
      const labelish = block.kind === 'heading' || (block.kind === 'paragraph' && /:$/u.test(block.text) && block.text.length <= 80);
      const named = goalHeading.exec(block.text);
      const short = block.kind !== 'paragraph' || block.text.length - (named?.[0].length ?? 0) <= 250;
      if (named && block.kind !== 'tableRow' && short) {
        const rest = block.text.slice(named[0].length).trim();
        starts.push({
          document: documentIndex,
          block: index,
          number: numberOf(named[2]!),
          label: `${named[1]} ${named[2]}`,
          titleStart: rest === '' ? -1 : named[0].length,
        });
        return;
      }
      // A short heading about the goals ("Fullmäktiges övergripande mål"), not a long title that mentions them.
      const aboutGoals = section.length <= 60 && /(?<![\p{L}])mål(?:en)?(?![\p{L}])|KF-mål/iu.test(section) && !/bilag/iu.test(section);
      const numbered = numberedLine.exec(block.text);
      if (aboutGoals && block.kind === 'listItem' && block.level === 1 && block.ordinal !== null && !block.text.endsWith('?'))
        starts.push({ document: documentIndex, block: index, number: block.ordinal, label: `${block.ordinal}.`, titleStart: 0 });
      else if (aboutGoals && numbered && block.kind !== 'tableRow' && !block.text.endsWith('?'))
        starts.push({
          document: documentIndex,
          block: index,
          number: Number(numbered[1]),
          label: `${numbered[1]}.`,
          titleStart: numbered[0].length,
        });
      else if (labelish) section = block.text;
    });
  });
  return starts;
}

/** The blocks that belong to a goal: what follows its first block, up to the next goal or the next heading as high. */
function goalSection(document: LetterDocument, start: GoalStart, next: GoalStart | undefined): number[] {
  const first = document.blocks[start.block]!;
  const end = next && next.document === start.document ? next.block : document.blocks.length;
  const section: number[] = [];
  for (let index = start.block + 1; index < end; index += 1) {
    const block = document.blocks[index]!;
    if (block.kind === 'heading' && (first.kind !== 'heading' || block.level <= first.level)) break;
    if (first.kind === 'listItem' && !(block.kind === 'listItem' && block.level > first.level)) break;
    section.push(index);
  }
  return section;
}

function questionsIn(
  documentIndex: number,
  blocks: readonly LetterBlock[],
  indexes: readonly number[],
  keyPrefix: string,
  taken: Set<string>,
): Array<Proposed<ProposedQuestion>> {
  const questions: Array<Proposed<ProposedQuestion>> = [];
  let underLabel = false;
  for (const index of indexes) {
    const block = blocks[index]!;
    if (questionsLabel.test(block.text)) {
      underLabel = true;
      continue;
    }
    if (block.kind === 'heading') underLabel = false;
    const sentences = sentencesOf(block.text).filter((sentence) => sentence.text.endsWith('?'));
    const picked =
      sentences.length > 0
        ? sentences
        : underLabel && block.kind === 'listItem'
          ? [{ text: block.text, start: 0, end: block.text.length }]
          : [];
    for (const sentence of picked) {
      const place = `${documentIndex}:${index}:${sentence.start}`;
      if (taken.has(place)) continue;
      taken.add(place);
      questions.push(
        proposed(
          `${keyPrefix}-${questions.length}`,
          { kind: questionKindOf(sentence.text), text: sentence.text },
          at({ document: documentIndex, block: index, ...sentence }),
        ),
      );
    }
  }
  return questions;
}

/**
 * A goal's proposed ambition level: "Ambitionsnivå: …", a label "Föreslagen ambitionsnivå" with the level in the
 * block after it, or a block that states it ("Ambitionsnivån är att …").
 */
function ambitionIn(
  documentIndex: number,
  blocks: readonly LetterBlock[],
  indexes: readonly number[],
  key: string,
): Proposed<string> | null {
  for (const [position, index] of indexes.entries()) {
    const text = blocks[index]!.text;
    const label = ambitionLabel.exec(text);
    if (!label) continue;
    const place = (block: number, start: number, value: string) =>
      proposed(
        key,
        value.trim().replace(/\n/g, ' '),
        at({ document: documentIndex, block, start, end: start + value.trim().length, text: value }),
      );
    const rest = text.slice(label[0].length);
    if (/^\s*[:–—-]/u.test(rest)) {
      const value = rest.replace(/^\s*[:–—-]\s*/u, '');
      if (value.trim() !== '') return place(index, text.length - value.length, value);
    }
    if (rest.trim() !== '' && !/^\s*[:–—-]?\s*$/u.test(rest)) return place(index, 0, text);
    const following = indexes[position + 1];
    if (following !== undefined && blocks[following]!.kind !== 'heading' && !blocks[following]!.text.endsWith('?'))
      return place(following, 0, blocks[following]!.text);
  }
  return null;
}

/** Goals set out in a table: a header row naming the goal's column, and the ambition level's and questions' if any. */
function tableGoals(documents: readonly LetterDocument[], taken: Set<string>): Array<Proposed<ProposedGoal>> {
  const goals: Array<Proposed<ProposedGoal>> = [];
  documents.forEach((document, documentIndex) => {
    let columns: { goal: number; ambition: number; questions: number; label: number } | null = null;
    document.blocks.forEach((block, index) => {
      if (block.kind !== 'tableRow') {
        columns = null;
        return;
      }
      const lower = block.cells.map((cell) => cell.toLocaleLowerCase('sv-SE'));
      const goalColumn = lower.findIndex((cell) => /^(?:(?:kf-)?mål(?:et)?|övergripande mål|kommunfullmäktiges mål)$/u.test(cell.trim()));
      if (columns === null && goalColumn !== -1) {
        columns = {
          goal: goalColumn,
          ambition: lower.findIndex((cell) => /ambitionsnivå/u.test(cell)),
          questions: lower.findIndex((cell) => /fråg/u.test(cell)),
          label: lower.findIndex((cell) => /^(nr|nummer|#)$/u.test(cell)),
        };
        return;
      }
      if (columns === null) return;
      const cells = block.cells;
      const offsets = cells.map((_, position) =>
        cells.slice(0, position).reduce((sum, cell) => sum + cell.length + CELL_SEPARATOR.length, 0),
      );
      const goalCell = cells[columns.goal] ?? '';
      const labelCell = columns.label !== -1 ? (cells[columns.label] ?? '') : '';
      const named = goalHeading.exec(goalCell) ?? numberedLine.exec(goalCell);
      const labelled = /^(?:(?:KF-)?mål\s+)?(\d{1,3}|[A-Z])[.):]?$/iu.exec(labelCell.trim());
      const mark = named ? (named[2] ?? named[1]!) : labelled?.[1];
      if (mark === undefined) return;
      const title = named ? goalCell.slice(named[0].length).trim() : goalCell.trim();
      const number = numberOf(mark.toUpperCase());
      const rowPlace = (column: number): Passage => {
        const cell = cells[column] ?? '';
        return {
          document: documentIndex,
          block: index,
          start: offsets[column] ?? 0,
          endBlock: index,
          end: (offsets[column] ?? 0) + cell.length,
        };
      };
      const key = `goal-${documentIndex}-${index}`;
      const ambitionCell = columns.ambition !== -1 ? (cells[columns.ambition] ?? '').trim() : '';
      const questionCell = columns.questions !== -1 ? (cells[columns.questions] ?? '') : '';
      const questions = sentencesOf(questionCell)
        .filter((sentence) => sentence.text !== '')
        .map((sentence, position) =>
          proposed(
            `${key}-q-${position}`,
            { kind: questionKindOf(sentence.text), text: sentence.text },
            {
              ...rowPlace(columns!.questions),
              start: (offsets[columns!.questions] ?? 0) + sentence.start,
              end: (offsets[columns!.questions] ?? 0) + sentence.end,
            },
          ),
        );
      taken.add(`${documentIndex}:${index}`);
      goals.push(
        proposed(
          key,
          {
            number,
            label: named ? named[0].replace(/[\s:.)–—-]+$/u, '') : (labelled?.[0] ?? mark),
            title,
            ambitionLevel:
              ambitionCell !== '' ? proposed(`${key}-ambition`, ambitionCell.replace(/\n/g, ' '), rowPlace(columns.ambition)) : null,
            questions,
            foundIn: [{ document: documentIndex, page: block.page }],
          },
          rowPlace(columns.goal),
        ),
      );
    });
  });
  return goals;
}

function findGoals(documents: readonly LetterDocument[]): {
  goals: Array<Proposed<ProposedGoal>>;
  inGoals: Set<string>;
} {
  const inGoals = new Set<string>();
  const taken = new Set<string>();
  const starts = goalStarts(documents);
  const goals: Array<Proposed<ProposedGoal>> = [];
  starts.forEach((start, position) => {
    const document = documents[start.document]!;
    const block = document.blocks[start.block]!;
    const section = goalSection(document, start, starts[position + 1]);
    for (const index of [start.block, ...section]) inGoals.add(`${start.document}:${index}`);
    const key = `goal-${start.document}-${start.block}`;
    let titlePlace: Passage;
    let title: string;
    let rest = section;
    if (start.titleStart >= 0) {
      title = block.text.slice(start.titleStart).split('\n')[0]!.trim();
      titlePlace = { document: start.document, block: start.block, start: 0, endBlock: start.block, end: start.titleStart + title.length };
    } else {
      // "Mål 1" alone: the title is the next paragraph, unless that is the ambition level or a question.
      const next = section[0];
      const candidate = next !== undefined ? document.blocks[next]! : null;
      const usable = candidate && candidate.kind !== 'heading' && !ambitionLabel.test(candidate.text) && !candidate.text.endsWith('?');
      title = usable ? candidate.text.replace(/\n/g, ' ') : '';
      titlePlace = usable
        ? { document: start.document, block: start.block, start: 0, endBlock: next!, end: candidate.text.length }
        : { document: start.document, block: start.block, start: 0, endBlock: start.block, end: block.text.length };
      if (usable) rest = section.slice(1);
    }
    goals.push(
      proposed(
        key,
        {
          number: start.number,
          label: start.label,
          title,
          ambitionLevel: ambitionIn(start.document, document.blocks, rest, `${key}-ambition`),
          questions: questionsIn(start.document, document.blocks, rest, `${key}-q`, taken),
          foundIn: [{ document: start.document, page: block.page }],
        },
        titlePlace,
      ),
    );
  });
  goals.push(...tableGoals(documents, inGoals));
  return { goals: mergeSameGoals(goals), inGoals };
}

/**
 * One goal named in several places (listed in the letter, set out in Bilaga 1) is one proposal: the first place's
 * title, the ambition level and questions from wherever they are given, and every place it was found.
 */
function mergeSameGoals(goals: ReadonlyArray<Proposed<ProposedGoal>>): Array<Proposed<ProposedGoal>> {
  const byNumber = new Map<number, Proposed<ProposedGoal>>();
  for (const goal of goals) {
    const earlier = byNumber.get(goal.value.number);
    if (!earlier) {
      byNumber.set(goal.value.number, goal);
      continue;
    }
    earlier.value.title ||= goal.value.title;
    earlier.value.ambitionLevel ??= goal.value.ambitionLevel;
    earlier.value.questions.push(...goal.value.questions);
    earlier.value.foundIn.push(...goal.value.foundIn);
  }
  return [...byNumber.values()].sort((a, b) => a.value.number - b.value.number);
}

/** Everything the letter and its attachments propose for a package; see the module's comment for what it will not do. */
export function readLetter(documents: readonly LetterDocument[]): LetterReading {
  const letter = new LetterText(documents);
  const issuer = findIssuer(letter);
  const deadline = findDeadline(letter);
  const { routes, contacts } = findRoutesAndContacts(letter);
  const { goals, inGoals } = findGoals(documents);
  const generalQuestions = documents.flatMap((document, documentIndex) =>
    questionsIn(
      documentIndex,
      document.blocks,
      document.blocks.map((_, index) => index).filter((index) => !inGoals.has(`${documentIndex}:${index}`)),
      `general-${documentIndex}`,
      new Set(),
    ),
  );
  return {
    title: findTitle(letter, issuer?.passage.block ?? null),
    caseNumber: findCaseNumber(letter),
    issuer,
    municipality: findMunicipality(letter),
    issuedOn: findIssuedOn(letter),
    deadlineText: deadline.text,
    deadline: deadline.date,
    routes,
    contacts,
    support: findSupport(letter),
    relatedPlans: findRelatedPlans(letter),
    attachments: findAttachments(letter),
    generalQuestions,
    goals,
  };
}

export interface PassageView {
  fileName: string;
  /** The PDF page the passage starts on; null for a Word document. */
  page: number | null;
  /** The blocks the passage runs through, each split into the words before it, the passage's own words and the rest. */
  blocks: Array<{ before: string; marked: string; after: string }>;
}

/** The passage as a reader sees it: the blocks it lies in, its own words marked. */
export function passageView(documents: readonly LetterDocument[], passage: Passage): PassageView | null {
  const document = documents[passage.document];
  const first = document?.blocks[passage.block];
  if (!document || !first) return null;
  const blocks: PassageView['blocks'] = [];
  for (let index = passage.block; index <= passage.endBlock && index < document.blocks.length; index += 1) {
    const text = document.blocks[index]!.text;
    const start = index === passage.block ? Math.min(passage.start, text.length) : 0;
    const end = index === passage.endBlock ? Math.min(Math.max(passage.end, start), text.length) : text.length;
    blocks.push({ before: text.slice(0, start), marked: text.slice(start, end), after: text.slice(end) });
  }
  return { fileName: document.fileName, page: first.page, blocks };
}
