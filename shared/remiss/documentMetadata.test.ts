import { describe, expect, it } from 'vitest';
import { documentFileName, proposeDocumentMetadata } from './documentMetadata';
import type { PackageDocument } from './remissPackage';

const document = (role: PackageDocument['role'], number: number | null): PackageDocument => ({
  id: `d-${role}-${number}`,
  title: 'x',
  role,
  number,
  fileName: 'x.pdf',
  mediaType: 'application/pdf',
  size: 1,
  sha256: '0'.repeat(64),
  pageCount: 1,
});

describe('a newly added document', () => {
  it('is the bilaga its file name says, the letter when there is none yet, and otherwise the next bilaga', () => {
    expect(proposeDocumentMetadata('Bilaga 1 intern remiss 2 KF mål ambitionsnivå.pdf', [])).toEqual({
      title: 'Bilaga 1 intern remiss 2 KF mål ambitionsnivå',
      role: 'bilaga',
      number: 1,
    });
    expect(proposeDocumentMetadata('bilaga_2_Agenda2030_förtydligande.docx', [])).toMatchObject({ role: 'bilaga', number: 2 });
    expect(proposeDocumentMetadata('Intern remiss ambitionsnivå.docx', [])).toEqual({
      title: 'Intern remiss ambitionsnivå',
      role: 'letter',
      number: null,
    });
    expect(proposeDocumentMetadata('Stödpresentation för dialogen.pdf', [])).toMatchObject({ role: 'presentation' });
    expect(proposeDocumentMetadata('Statistik hösten 2020.pdf', [document('letter', null), document('bilaga', 1)])).toMatchObject({
      role: 'bilaga',
      number: 2,
    });
    // A number already taken is not proposed twice.
    expect(proposeDocumentMetadata('Bilaga 1 ny version.pdf', [document('letter', null), document('bilaga', 1)])).toMatchObject({
      role: 'bilaga',
      number: 2,
    });
  });

  it('keeps the file name without folders or control characters, and short, extension and all', () => {
    expect(documentFileName('..\\..\\Bilaga\u0007 1.pdf')).toBe('..-..-Bilaga 1.pdf');
    const long = documentFileName(`${'å'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(documentFileName('\u0001')).toBe('dokument');
  });
});
