import { describe, expect, it } from 'vitest';
import { examplePackage } from './examplePackage';
import { validatePackage } from './packageFile';

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
      'Verksamhetsutvecklare',
      'från vecka 33',
      'ett ojusterat protokoll direkt efter sammanträdet',
    ])
      expect(introduction).toContain(stated);
    expect(introduction).toContain(
      'Skrivet av Målsamtal för exemplet: ambitionsnivåerna (Bilaga 1 är inte offentlig), bedömningsskalan, frågorna och ' +
        'sista svarsdag 2020-09-30',
    );
    // Every ambition level says it is an example.
    expect(examplePackage.goals.every((goal) => goal.ambitionLevel.startsWith('Exempel: '))).toBe(true);
  });
});
