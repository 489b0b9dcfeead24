import { describe, expect, it } from 'vitest';
import { examplePackage } from './examplePackage';
import { validatePackage } from './packageFile';

/** The seed letter's guidance, as the strategy office wrote it (KS 2019/160, 2020-06-30), line breaks aside. */
const seedGuidance = [
  'Ett beslut med en kommentar ska skickas senast efter september månads nämnd. P.g.a. tidsperspektivet skickas då ett ' +
    'ojusterat protokoll direkt efter nämnd/styrelse till camilla.wallinkupferberg@vaggeryd.se och ett justerat formellt ' +
    'protokollsbeslut mailas sedan till kommunstyrelsen@vaggeryd.se',
  'Remissmaterial samt övrigt material finns på intranätgrupp Strategiskt utvecklings- och hållbarhetsprogram (Öppen grupp).',
  'Verksamhetsutvecklare samt stödpresentationsmaterial finns tillgängligt vid behov inför, under och/eller efter dialog ' +
    'på sammanträden. För bokning och frågor kontakta camilla.wallinkupferberg@vaggeryd.se från v.33. Även tillgänglig ' +
    'via mail/tlfn. v.27.',
  'i takt med att olika större program utvecklas (ÖP, bostads-försörjningsprogram mm)',
].join('\n');

describe('the built-in example', () => {
  it('is a valid package', () => {
    expect(validatePackage(examplePackage)).toEqual({ ok: true, package: examplePackage });
  });

  it('names each goal’s focus areas as Vaggeryd does, and invents no success factors', () => {
    expect(examplePackage.goals.map((goal) => goal.focusAreas.map((area) => area.title))).toEqual([
      ['Miljö och naturresurser', 'Hållbar tillväxt i hela kommunen', 'Beredskap mot oönskade händelser'],
      ['Näringsliv och arbetsmarknad', 'Lärande och utbildning', 'Försörjning'],
      ['Folkhälsa', 'Hälso- och sjukvård samt omsorg', 'Kultur, fritid och friluftsutbud'],
      ['Demokrati', 'Trygghet', 'Tillgänglighet'],
    ]);
    expect(examplePackage.goals.flatMap((goal) => goal.focusAreas.flatMap((area) => area.successFactors))).toEqual([]);
  });

  it('links to Agenda 2030 only where Vaggeryd has published the links: goal 3', () => {
    expect(examplePackage.goals.map((goal) => goal.agenda2030)).toEqual([[], [], [2, 3, 5, 10], []]);
  });

  it('answers to the bodies by their correct names', () => {
    expect(examplePackage.respondents.map((respondent) => respondent.name)).toEqual([
      'Kommunstyrelsen',
      'Barn- och utbildningsnämnden',
      'Socialnämnden',
      'Kultur- och fritidsnämnden',
      'Miljö- och byggnämnden',
      'Vaggeryd-Skillingaryds Bostads AB',
      'Vaggeryds Energi AB',
    ]);
  });

  it('lists in its introduction what the letter lists, and says exactly what is written for the example', () => {
    const introduction = examplePackage.introduction;
    for (const stated of [
      'augusti och/eller september',
      'prognosen för sina egna nämnd- och styrelsemål',
      'ytterligare en mandatperiod',
      'översiktsplanen',
      'bostadsförsörjningsprogrammet',
    ])
      expect(introduction).toContain(stated);
    // What the package's own fields now hold is not said twice: the support, the booking address, the answer's routes.
    for (const moved of ['Verksamhetsutvecklare', 'camilla.wallinkupferberg@vaggeryd.se', 'ojusterat protokoll'])
      expect(introduction).not.toContain(moved);
    expect(introduction).toContain(
      'Skrivet av Målsamtal för exemplet: ambitionsnivåerna (Bilaga 1 är inte offentlig), bedömningsskalan, frågorna och ' +
        'sista svarsdag 2020-09-30',
    );
    // Every ambition level says it is an example.
    expect(examplePackage.goals.every((goal) => goal.ambitionLevel.startsWith('Exempel: '))).toBe(true);
  });

  it('holds the letter’s details in the letter’s own words, and makes no name up for its contact', () => {
    expect(seedGuidance).toContain(examplePackage.deadlineText);
    expect(examplePackage.support.length).toBeGreaterThan(0);
    for (const offer of examplePackage.support) expect(seedGuidance).toContain(offer);
    expect(examplePackage.contacts).toEqual([
      expect.objectContaining({ name: '', role: '', email: 'camilla.wallinkupferberg@vaggeryd.se', phone: null }),
    ]);
    expect(seedGuidance).toContain(`${examplePackage.contacts[0]!.email} från v.33`);
    expect(examplePackage.routes.map((route) => [route.statuses, route.addresses])).toEqual([
      [['ojusterat'], ['camilla.wallinkupferberg@vaggeryd.se']],
      [['justerat'], ['kommunstyrelsen@vaggeryd.se']],
    ]);
    // The plans the letter names ("ÖP, bostads-försörjningsprogram"), written out.
    expect(examplePackage.relatedPlans).toEqual(['Översiktsplanen (ÖP)', 'Bostadsförsörjningsprogrammet']);
  });
});
