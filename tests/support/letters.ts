import { readFileSync } from 'node:fs';
import path from 'node:path';
import { block, type LetterBlock } from '../../shared/letter/letterBlocks';

/**
 * Letters from the strategy office as test material: the seed letter as its author would have laid it out, a second
 * letter laid out quite differently, one with the goals in a table, and one that names no goals. Each is a list of
 * parts that the writers in letterFiles.ts turn into a Word document or a PDF.
 */
export type LetterPart =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; text: string; number: number }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'pageBreak' };

// Read from the project's root, where the tests run: a component test's module URL is no file URL.
export const seedLetterText = readFileSync(path.resolve('tests/support/letters/seed-letter.txt'), 'utf8');

/**
 * The seed letter (tests/support/letters/seed-letter.txt, the real letter's text) in the parts its Word original has:
 * the sender, "Datum" and the date on their own lines, the subject as the heading, the paragraphs, and the guidance as
 * a bulleted list whose second item runs on to a second line.
 */
export function seedLetter(): LetterPart[] {
  const chunks = seedLetterText
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim());
  const parts: LetterPart[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('Intern remiss')) parts.push({ kind: 'heading', text: chunk, level: 1 });
    else if (chunk.startsWith('- ')) {
      for (const item of chunk.split(/\n(?=- )/)) parts.push({ kind: 'bullet', text: item.slice(2) });
    } else if (chunk.startsWith('Datum\n')) {
      for (const line of chunk.split('\n')) parts.push({ kind: 'paragraph', text: line });
    } else parts.push({ kind: 'paragraph', text: chunk });
  }
  return parts;
}

/** A letter laid out another way: a letterhead with labels, headings, goals "Mål A–D", a dated deadline, several addresses. */
export function secondLetter(): LetterPart[] {
  const goal = (mark: string, title: string, level: string, questions: string[]): LetterPart[] => [
    { kind: 'heading', text: `Mål ${mark} – ${title}`, level: 2 },
    { kind: 'paragraph', text: `Föreslagen ambitionsnivå: ${level}` },
    ...questions.map((text): LetterPart => ({ kind: 'bullet', text })),
  ];
  return [
    { kind: 'paragraph', text: 'Ekby kommun' },
    { kind: 'paragraph', text: 'Strategienheten, Kommunstyrelsens förvaltning' },
    { kind: 'paragraph', text: 'Vår beteckning: KS 2021/88' },
    { kind: 'paragraph', text: 'Datum: 15 juni 2021' },
    { kind: 'paragraph', text: 'Ärende: Remiss – ambitionsnivåer för kommunfullmäktiges mål 2022–2026' },
    { kind: 'heading', text: 'Bakgrund', level: 1 },
    {
      kind: 'paragraph',
      text:
        'Kommunfullmäktige antog i mars 2021 fyra övergripande mål för mandatperioden. Nu ber kommunstyrelsen nämnderna och ' +
        'bolagen att pröva den ambitionsnivå som föreslås för varje mål. Målen hänger ihop med översiktsplanen och med ' +
        'kommunens klimatstrategi.',
    },
    { kind: 'heading', text: 'Fullmäktiges mål', level: 1 },
    ...goal('A', 'En hållbar och växande kommun', 'Minst 200 nya bostäder per år i hela kommunen.', [
      'Hur ser nämnden på takten i bostadsbyggandet?',
      'Vilka av nämndens egna mål bidrar till målet?',
    ]),
    ...goal('B', 'Trygg uppväxt och god utbildning', 'Alla elever har gymnasiebehörighet när de lämnar grundskolan.', [
      'Är ambitionsnivån rimlig sett till läget i dag?',
    ]),
    ...goal('C', 'Ett rikt fritids- och kulturliv', 'Fler invånare deltar i föreningslivet varje år.', [
      'Vad märker invånarna när målet är uppfyllt?',
    ]),
    ...goal('D', 'En öppen och tillgänglig kommun', 'Nöjd-Inflytande-Index över rikets snitt.', ['Vad behöver hända de kommande åren?']),
    { kind: 'heading', text: 'Frågor för den övergripande dialogen', level: 1 },
    { kind: 'numbered', number: 1, text: 'Ger ambitionsnivåerna tillsammans en rimlig riktning för kommunen?' },
    { kind: 'numbered', number: 2, text: 'Vilket mål vill nämnden fördjupa sig i?' },
    { kind: 'heading', text: 'Svar', level: 1 },
    { kind: 'paragraph', text: 'Nämndens svar ska ha kommit in senast den 30 september 2021.' },
    {
      kind: 'paragraph',
      text:
        'Skicka det ojusterade protokollet till ks.strategi@ekby.se och det justerade protokollet till registrator@ekby.se. ' +
        'Svaret kan även skickas till nämndregistrator@ekby.se.',
    },
    { kind: 'heading', text: 'Stöd', level: 1 },
    { kind: 'paragraph', text: 'Kommunstyrelsens förvaltning erbjuder stöd i form av en processledare som kan bokas till sammanträdet.' },
    { kind: 'heading', text: 'Kontaktperson', level: 1 },
    { kind: 'paragraph', text: 'Lena Nyström' },
    { kind: 'paragraph', text: 'Strateg' },
    { kind: 'paragraph', text: '0370-37 71 00' },
    { kind: 'paragraph', text: 'lena.nystrom@ekby.se' },
    { kind: 'paragraph', text: 'Bilagor:' },
    { kind: 'numbered', number: 1, text: 'Ambitionsnivåer för kommunfullmäktiges mål' },
    { kind: 'numbered', number: 2, text: 'Statistik och uppföljning 2020' },
  ];
}

/** A short letter whose goals are rows of a table: the goal, its proposed ambition level, the questions. */
export function tableLetter(): LetterPart[] {
  return [
    { kind: 'paragraph', text: 'Kommunledningskontoret, Norrby kommun' },
    { kind: 'paragraph', text: 'Norrby 2022-05-02' },
    { kind: 'heading', text: 'Intern remiss om målens ambitionsnivå (KS 2022/41)', level: 1 },
    {
      kind: 'paragraph',
      text:
        'Nämnderna ombeds att föra dialog om ambitionsnivån för kommunfullmäktiges mål vid ett sammanträde under hösten och ' +
        'lämna ett beslut med kommentar. Tabellen nedan visar målen och den ambitionsnivå som föreslås för vart och ett.',
    },
    {
      kind: 'table',
      rows: [
        ['KF-mål', 'Föreslagen ambitionsnivå', 'Frågor'],
        ['1. Hållbar tillväxt', 'Befolkningen ökar med en procent per år.', 'Hur bidrar nämnden? Vad behöver ändras framåt?'],
        ['2. God livsmiljö', 'Alla har nära till grönområden.', 'Är nivån rimlig?'],
      ],
    },
    { kind: 'paragraph', text: 'Beslutet skickas senast 2022-10-31 till kommunstyrelsen@norrby.se.' },
  ];
}

/** A letter that announces the remiss but sets out no goals: nothing to propose for them. */
export function letterWithoutGoals(): LetterPart[] {
  return [
    { kind: 'paragraph', text: 'Kommunledningskontoret' },
    { kind: 'paragraph', text: 'Datum' },
    { kind: 'paragraph', text: '2023-03-01' },
    { kind: 'heading', text: 'Information om kommande intern remiss', level: 1 },
    {
      kind: 'paragraph',
      text:
        'Kommunledningskontoret förbereder en intern remiss om ambitionsnivån för fullmäktiges övergripande mål. Materialet ' +
        'skickas till nämnder och bolag i augusti, och dialogen förväntas föras under sammanträdena i september.',
    },
  ];
}

/** Bilaga 1 for the end-to-end test: a cover page, then each goal on a page of its own with its ambition level and questions. */
export function ambitionAttachment(
  goals: ReadonlyArray<{ number: number; title: string; level: string; questions: string[] }>,
): LetterPart[] {
  return [
    { kind: 'heading', text: 'Bilaga 1 – Ambitionsnivåer för kommunfullmäktiges övergripande mål', level: 1 },
    {
      kind: 'paragraph',
      text: 'Varje mål står på en egen sida, med den föreslagna ambitionsnivån och frågor för den fördjupade dialogen.',
    },
    ...goals.flatMap((goal): LetterPart[] => [
      { kind: 'pageBreak' },
      { kind: 'heading', text: `Mål ${goal.number}: ${goal.title}`, level: 2 },
      { kind: 'paragraph', text: `Ambitionsnivå: ${goal.level}` },
      ...goal.questions.map((text): LetterPart => ({ kind: 'bullet', text })),
    ]),
  ];
}

/** The blocks a perfect extraction would give: what the writers put in, as the parser reads it. */
export function blocksOf(parts: readonly LetterPart[]): LetterBlock[] {
  return parts.flatMap((part): LetterBlock[] => {
    switch (part.kind) {
      case 'heading':
        return [block('heading', part.text, { level: part.level })];
      case 'paragraph':
        return [block('paragraph', part.text)];
      case 'bullet':
        return [block('listItem', part.text, { level: 1 })];
      case 'numbered':
        return [block('listItem', part.text, { level: 1, ordinal: part.number })];
      case 'table':
        return part.rows.map((cells) => block('tableRow', cells.join(' | '), { cells }));
      case 'pageBreak':
        return [];
    }
  });
}
