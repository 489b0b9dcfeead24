import { describe, expect, it } from 'vitest';
import { bodyKinds, compileAnswers } from '../compile/compileAnswers';
import { exampleRoundAnswers, fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { messagesFor } from '../i18n/messages';
import { examplePackage } from '../remiss/examplePackage';
import { compareRounds } from './compareRounds';
import { buildOfficerReportModel } from './officerReport';

const filter = { kinds: [...bodyKinds], statuses: ['ojusterat' as const, 'justerat' as const] };
const empty = { summary: '', background: '', assessment: '', proposal: '', sendTo: '' };

describe('the draft tjänsteskrivelse', () => {
  it('has the usual headings, the compiled answers under Ärendet, and placeholders where the office has not written', async () => {
    const answers = await exampleRoundAnswers();
    const compilation = compileAnswers(examplePackage, answers, messagesFor('sv').compile, filter);
    const model = buildOfficerReportModel({ pkg: examplePackage, compilation, filter, compiledOn: '2020-10-01', sections: empty });
    const headings = model.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 2 ? [block.text] : []));
    expect(headings.slice(0, 3)).toEqual(['Sammanfattning', 'Bakgrund', 'Ärendet']);
    expect(headings.slice(-3)).toEqual(['Bedömning', 'Förslag till beslut', 'Beslutet skickas till']);
    expect(headings).toContain('Har inte svarat');
    const texts = model.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('5 av 7 remissinstanser har svarat på remissen. Svaren sammanfattas per mål nedan.');
    expect(texts).toContain('5 av 7 remissinstanser har svarat.');
    expect(texts).toContain('Förslag till beslut: …');
    expect(model.blocks.filter((block) => block.kind === 'chart')).toHaveLength(examplePackage.goals.length);
    expect(model.header).toBe('KS 2019/160 · Tjänsteskrivelse · UTKAST · 2020-10-01');
  });

  it('prints the office’s own texts and the comparison with an earlier round', async () => {
    const answers = await exampleRoundAnswers();
    const earlier = await Promise.all(
      examplePackage.respondents.slice(0, 3).map((respondent, index) => fixtureAnswer(index + 1, { respondent })),
    );
    const compilation = compileAnswers(examplePackage, answers, messagesFor('sv').compile, filter);
    const model = buildOfficerReportModel({
      pkg: examplePackage,
      compilation,
      filter,
      compiledOn: '2020-10-01',
      sections: {
        ...empty,
        proposal: 'Kommunstyrelsen föreslår kommunfullmäktige att fastställa ambitionsnivåerna.',
        sendTo: 'Kommunfullmäktige\nSamtliga nämnder',
      },
      comparison: compareRounds(examplePackage, answers, earlier),
    });
    const table = model.blocks.find((block) => block.kind === 'table' && block.caption.startsWith('Medelvärde'));
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['1', '3,0', '2,0', '3']);
    expect(model.blocks.at(-1)).toEqual({ kind: 'list', items: ['Kommunfullmäktige', 'Samtliga nämnder'] });
    expect(model.blocks.some((block) => block.kind === 'paragraph' && block.text.startsWith('Kommunstyrelsen föreslår'))).toBe(true);
  });
});
