import { describe, expect, it } from 'vitest';
import { buildAttachmentModel } from './attachmentModel';
import { attachmentToText, notesToText } from './attachmentText';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

describe('attachmentToText', () => {
  it('writes the attachment as plain text for an e-mail, headings underlined, text verbatim', () => {
    const hard = '<script>alert(1)</script> **fet** {{x}} _kursiv_ # rubrik? שלום 😀';
    const text = attachmentToText(buildAttachmentModel(exampleMeeting({ agreedTexts: { 'mal-3': hard } })));
    expect(text.startsWith('Barn- och utbildningsnämnden · 15 september 2020 · § 45 · OJUSTERAT\n\nSvar på remiss: Intern remiss 2')).toBe(
      true,
    );
    expect(text).toContain('\nBilaga 1 till § 45\n\nOJUSTERAT – protokollet är inte justerat\n');
    expect(text).toContain('Övergripande kommentar\n----------------------\n');
    expect(text).toContain('Mål: 2 · Rubrik: Vaggeryds kommun ska vara en plats med hög sysselsättning');
    expect(text).toContain(`\n${hard}\n`);
    expect(text).toContain("– Reservation av Siobhán O'Connor (mål 2)");
  });
});

describe('notesToText', () => {
  it('writes only the notes, marked as working material', () => {
    const { meeting, notes } = exampleMeeting();
    expect(notesToText(meeting, notes, 'sv', 'Europe/Stockholm')).toBe(
      'Anteckningar – Barn- och utbildningsnämnden 15 september 2020\n' +
        '='.repeat(61) +
        '\n\n' +
        'Sekreterarens arbetsanteckningar. De är inte en del av beslutet eller protokollet.\n\n' +
        '18:40\nHur mäts gymnasiebehörighet över tid?\n\n' +
        '18:55 [Parkerad]\nTa upp skolskjutsarna på nästa möte.\n',
    );
    expect(notesToText(meeting, [])).toContain('Inga anteckningar.');
  });
});
