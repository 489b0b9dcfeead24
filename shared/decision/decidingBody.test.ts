import { describe, expect, it } from 'vitest';
import { DEFAULT_DECISION_TEXT } from '../domain/meeting';
import { bodyReference, decidingBody, decisionSentence, meetingDecisionText } from './decidingBody';

const meeting = (bodyName: string, meetingForm: 'namnd' | 'utskott' | 'presidium' | 'ledning' = 'namnd') => ({
  bodyName,
  meetingForm,
  attachmentNumber: '1',
  decisionText: '',
});

describe('the decision sentence in the body’s own name and kind', () => {
  it.each([
    ['Barn- och utbildningsnämnden', 'namnd', null, 'nämnden', 'Barn- och utbildningsnämnden beslutar'],
    ['Kommunstyrelsen', 'namnd', 'styrelse', 'styrelsen', 'Kommunstyrelsen beslutar'],
    ['Vaggeryds Energi AB', 'namnd', 'bolag', 'styrelsen', 'Vaggeryds Energi AB beslutar'],
    ['Kommunstyrelsens arbetsutskott', 'utskott', null, 'utskottet', 'Kommunstyrelsens arbetsutskott beslutar'],
    ['Kultur- och fritidsnämndens beredning', 'utskott', null, 'beredningen', 'Kultur- och fritidsnämndens beredning beslutar'],
    ['Socialnämnden', 'presidium', 'namnd', 'presidiet', 'Socialnämndens presidium beslutar'],
    ['Miljö- och byggnämnden', 'ledning', null, 'ledningsgruppen', 'Miljö- och byggnämndens ledningsgrupp beslutar'],
    ['Socialnämnden', 'utskott', null, 'utskottet', 'Socialnämndens utskott beslutar'],
  ] as const)('%s at a %s meeting (%s) is "%s"', (name, form, kind, reference, start) => {
    const body = decidingBody(meeting(name, form), kind);
    expect(bodyReference(body)).toBe(reference);
    expect(decisionSentence(meeting(name, form), kind)).toBe(`${start} att lämna kommentarer enligt bilaga 1 som svar på remissen.`);
  });

  it('tells the kind from the name when there is no profile', () => {
    expect(decidingBody(meeting('Tekniska styrelsen')).kind).toBe('styrelse');
    expect(decidingBody(meeting('Barn- och utbildningsnämnden')).kind).toBe('namnd');
  });

  it('keeps the secretary’s own wording, and replaces the old fixed default with the body’s sentence', () => {
    expect(meetingDecisionText({ ...meeting('Socialnämnden'), decisionText: 'Socialnämnden beslutar att avstå.' })).toBe(
      'Socialnämnden beslutar att avstå.',
    );
    expect(meetingDecisionText({ ...meeting('Socialnämnden'), decisionText: DEFAULT_DECISION_TEXT })).toBe(
      'Socialnämnden beslutar att lämna kommentarer enligt bilaga 1 som svar på remissen.',
    );
    expect(decisionSentence(meeting('Socialnämnden'), 'namnd', 'en')).toBe(
      'Socialnämnden decides to submit the comments in attachment 1 in answer to the consultation.',
    );
  });

  it('names a presidium or a committee in the board’s genitive, an AB’s with a colon', () => {
    expect(decidingBody({ bodyName: 'Vaggeryd-Skillingaryds Bostads AB', meetingForm: 'utskott' }).name).toBe(
      'Vaggeryd-Skillingaryds Bostads AB:s utskott',
    );
    expect(decidingBody({ bodyName: 'Socialnämnden', meetingForm: 'presidium' }).name).toBe('Socialnämndens presidium');
  });
});
