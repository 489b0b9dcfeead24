import { describe, expect, it } from 'vitest';
import { answerFileToJson, parseAnswerFile } from '../attachment/answerFile';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { mergeAnswers, type CompiledAnswer } from '../compile/mergeAnswers';
import { examplePackage } from '../remiss/examplePackage';
import type { RoundRecord } from './roundRecords';
import { needsReminder, roundStatus, roundStatusCsv, roundSummary, withMailWritten, withPlannedMeeting } from './roundStatus';

const respondents = examplePackage.respondents;
const dayOf = (instant: string) => instant.slice(0, 10);

async function received(index: number, adjusted: boolean, importedAt: string, existing: CompiledAnswer[] = [], commentText?: string) {
  const answer = await fixtureAnswer(index, { adjusted, respondent: respondents[index]!, ...(commentText ? { commentText } : {}) });
  const file = { fileName: `${index}.msvar`, parsed: parseAnswerFile(answerFileToJson(answer)) };
  return mergeAnswers(examplePackage.id, existing, [file], importedAt, undefined, respondents).answers;
}

describe('the round at a glance', () => {
  it('tells each remissinstans’s state, the days its answers arrived, and who is late against the deadline', async () => {
    let answers = await received(0, false, '2020-09-16T07:00:00.000Z');
    answers = await received(0, true, '2020-09-28T07:00:00.000Z', answers);
    answers = await received(1, false, '2020-10-02T07:00:00.000Z', answers);
    answers = await received(2, false, '2020-09-20T07:00:00.000Z', answers);
    answers = await received(2, false, '2020-09-21T07:00:00.000Z', answers, 'Ett annat svar.');
    const start: RoundRecord = { packageId: examplePackage.id, bodies: [], updatedAt: '' };
    const round = withPlannedMeeting(start, 'kultur-och-fritidsnamnden', '2020-09-24', new Date());
    const statuses = roundStatus(examplePackage, answers, round, '2020-10-05', dayOf);
    expect(
      statuses.map((status) => [status.respondent.id, status.state, status.unadjustedArrivedOn, status.adjustedArrivedOn, status.late]),
    ).toEqual([
      ['kommunstyrelsen', 'adjusted', '2020-09-16', '2020-09-28', false],
      ['barn-och-utbildningsnamnden', 'unadjusted', '2020-10-02', null, true],
      ['socialnamnden', 'unadjusted', '2020-09-20', null, false],
      ['kultur-och-fritidsnamnden', 'meetingKnown', null, null, true],
      ['miljo-och-byggnamnden', 'notYet', null, null, true],
      ['vaggeryd-skillingaryds-bostads-ab', 'notYet', null, null, true],
      ['vaggeryds-energi-ab', 'notYet', null, null, true],
    ]);
    expect(statuses[2]!.conflict).toBe(true);
    expect(statuses[3]!.plannedMeetingDate).toBe('2020-09-24');
    expect(roundSummary(statuses)).toEqual({ notYet: 3, meetingKnown: 1, unadjusted: 2, adjusted: 1, late: 5 });
    expect(statuses.filter(needsReminder).map((status) => status.respondent.name)).toEqual([
      'Kultur- och fritidsnämnden',
      'Miljö- och byggnämnden',
      'Vaggeryd-Skillingaryds Bostads AB',
      'Vaggeryds Energi AB',
    ]);
  });

  it('without a deadline date, expects the answer within 14 days of the planned meeting, as justering allows', () => {
    const pkg = { ...examplePackage, deadline: null };
    const round = withPlannedMeeting({ packageId: pkg.id, bodies: [], updatedAt: '' }, 'socialnamnden', '2020-09-15', new Date());
    const onTime = roundStatus(pkg, [], round, '2020-09-29', dayOf).find((status) => status.respondent.id === 'socialnamnden')!;
    const late = roundStatus(pkg, [], round, '2020-09-30', dayOf).find((status) => status.respondent.id === 'socialnamnden')!;
    expect([onTime.dueOn, onTime.late, late.late]).toEqual(['2020-09-29', false, true]);
    expect(roundStatus(pkg, [], undefined, '2030-01-01', dayOf).every((status) => !status.late)).toBe(true);
  });

  it('remembers when send-outs and reminders were written, and writes the table as CSV with Excel’s formula guard', () => {
    const round = withMailWritten(
      { packageId: 'p', bodies: [], updatedAt: '' },
      ['kommunstyrelsen', 'socialnamnden'],
      'remindedOn',
      '2020-10-01',
      new Date(),
    );
    const pkg = { ...examplePackage, respondents: [{ ...respondents[0]!, name: '=Kommunstyrelsen' }, respondents[2]!] };
    const csv = roundStatusCsv(roundStatus(pkg, [], round, '2020-10-01', dayOf), {
      headers: [
        'Remissinstans',
        'Typ',
        'Status',
        'Planerat',
        'Sammanträde',
        'Ojusterat',
        'Justerat',
        'Senast',
        'Försenat',
        'Utskick',
        'Påminnelse',
      ],
      kinds: {
        namnd: 'Nämnd',
        styrelse: 'Styrelse',
        bolag: 'Bolag',
        utskott: 'Utskott',
        beredning: 'Beredning',
        presidium: 'Presidium',
        ledning: 'Ledning',
      },
      states: { notYet: 'Inte än', meetingKnown: 'Sammanträde planerat', unadjusted: 'Ojusterat svar', adjusted: 'Justerat svar' },
      yes: 'Ja',
      no: 'Nej',
    });
    expect(csv.startsWith('\uFEFF"Remissinstans";"Typ"')).toBe(true);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      `"'=Kommunstyrelsen";"Styrelse";"Inte än";"";"";"";"";"2020-09-30";"Ja";"";"2020-10-01"`,
      `"Socialnämnden";"Nämnd";"Inte än";"";"";"";"";"2020-09-30";"Ja";"";"2020-10-01"`,
    ]);
  });
});
