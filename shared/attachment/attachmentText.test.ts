import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '../format/safeText';
import { buildAttachmentModel } from './attachmentModel';
import { attachmentToText, notesToText } from './attachmentText';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

describe('attachmentToText', () => {
  it('writes the attachment as plain text for an e-mail, headings underlined, text verbatim', () => {
    const hard = '<script>alert(1)</script> **fet** {{x}} _kursiv_ # rubrik? שלום 😀';
    const text = attachmentToText(buildAttachmentModel(exampleMeeting({ agreedTexts: { 'mal-3': hard } })));
    expect(
      text.startsWith(
        'Barn- och utbildningsnämnden · 2020-09-15 · §\u00a045 · OJUSTERAT\n\nVaggeryds kommun\nBarn- och utbildningsnämnden\n\nBarn- och utbildningsnämndens svar på intern remiss om',
      ),
    ).toBe(true);
    expect(text).toContain('\nBilaga 1 till §\u00a045\n\nOJUSTERAT – protokollet är inte justerat\n');
    expect(text).toContain('Övergripande kommentar\n----------------------\n');
    expect(text).toContain('Mål: 2 · Rubrik: Vaggeryds kommun ska vara en plats med hög sysselsättning');
    expect(text).toContain(`\n${hard}\n`);
    expect(text).toContain("– Reservation av Siobhán O'Connor (mål 2)");
  });
});

describe('the attachment’s text, for the e-mail and the documents', () => {
  it('drops control characters and halves of surrogate pairs typed or pasted into any field', () => {
    const example = exampleMeeting({ agreedTexts: { 'mal-3': 'Klistrat\u0000 från\u000b Word \ud83d.\n\tNy rad.' } });
    const meeting = { ...example.meeting, bodyName: 'Barn-\u0007 och utbildningsnämnden' };
    const text = attachmentToText(buildAttachmentModel({ ...example, meeting }));
    expect(hasUnsafeCharacters(text)).toBe(false);
    expect(text).toContain('\nKlistrat från Word \uFFFD.\n\tNy rad.\n');
    expect(text.startsWith('Barn- och utbildningsnämnden · 2020-09-15')).toBe(true);
  });
});

describe('notesToText', () => {
  it('writes only the notes, marked as working material, each with its time, its step and its goal', () => {
    const { meeting, notes, pkg } = exampleMeeting();
    expect(notesToText(meeting, notes, 'sv', 'Europe/Stockholm', { pkg })).toBe(
      'Anteckningar – Barn- och utbildningsnämnden 2020-09-15\n' +
        '='.repeat(54) +
        '\n\n' +
        'Sekreterarens arbetsanteckningar. De är inte en del av beslutet eller protokollet.\n\n' +
        '18:40 · Fördjupad dialog: mål 2 · Mål 2: Vaggeryds kommun ska vara en plats med hög sysselsättning, ett varierat ' +
        'näringsliv och en utbildning med god kvalitet\nHur mäts gymnasiebehörighet över tid?\n\n' +
        '18:55 · Övergripande dialog [Parkerad]\nTa upp skolskjutsarna på nästa möte.\n',
    );
    expect(notesToText(meeting, [])).toContain('Inga anteckningar.');
  });

  it('names a chair’s own step from the running order, and writes the time alone for a note outside it', () => {
    const { meeting, pkg } = exampleMeeting();
    const note = (id: string, stepId: string | null, createdAt: string) => ({
      id,
      meetingId: meeting.id,
      stepId,
      goalId: null,
      marker: null,
      parked: false,
      text: `Text ${id}`,
      createdAt,
      updatedAt: createdAt,
    });
    const steps = [
      {
        id: 'custom:c1',
        kind: 'custom' as const,
        goalId: null,
        title: 'Information från förvaltningen',
        plannedMinutes: 5,
        skipped: false,
      },
    ];
    const text = notesToText(
      meeting,
      [note('a', 'custom:c1', '2020-09-15T16:00:00.000Z'), note('b', null, '2020-09-15T16:10:00.000Z')],
      'sv',
      'Europe/Stockholm',
      { pkg, steps },
    );
    expect(text).toContain('18:00 · Information från förvaltningen\nText a');
    expect(text).toContain('18:10\nText b');
  });
});
