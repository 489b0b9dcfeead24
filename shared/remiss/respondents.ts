import type { Respondent, RespondentKind } from './remissPackage';

/** "Barn- och utbildningsnämnden" → "barn-och-utbildningsnamnden": readable in a file, the same for the same name. */
export function respondentIdFor(name: string, taken: ReadonlySet<string> = new Set()): string {
  const stem =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('sv-SE')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'remissinstans';
  let id = stem;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${stem}-${suffix}`;
  return id;
}

/** A name as compared when matching: case, spacing and Unicode form do not matter. */
export const normalisedName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

/** The kind a body's name tells, when it tells one: "Vaggeryds Energi AB" is a company, "Socialnämnden" a board. */
export function kindFromName(name: string): RespondentKind | null {
  const lower = normalisedName(name);
  if (/\b(ab|aktiebolag)$/.test(lower) || /\bbolag(et)?$/.test(lower)) return 'bolag';
  if (/presidi(um|et)$/.test(lower)) return 'presidium';
  if (/utskott(et)?$/.test(lower)) return 'utskott';
  if (/beredning(en)?$/.test(lower)) return 'beredning';
  if (/ledning(en|sgrupp(en)?)?$/.test(lower)) return 'ledning';
  if (/styrelse(n)?$/.test(lower)) return 'styrelse';
  if (/nämnd(en)?$/.test(lower)) return 'namnd';
  return null;
}

/** Respondents named as in an older package's plain list: ids made from the names, kinds guessed from them. */
export function respondentsFromNames(names: readonly string[]): Respondent[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const id = respondentIdFor(name, taken);
    taken.add(id);
    return { id, name, kind: kindFromName(name) ?? 'namnd', email: null };
  });
}

/** The respondent whose name is this one, when exactly one is. */
export function respondentNamed(respondents: readonly Respondent[], name: string): Respondent | null {
  const wanted = normalisedName(name);
  const found = respondents.filter((respondent) => normalisedName(respondent.name) === wanted);
  return found.length === 1 ? found[0]! : null;
}
