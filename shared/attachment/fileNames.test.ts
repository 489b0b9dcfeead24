import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileExtensionOf } from '../files/appFiles';
import { ipcContract } from '../ipc/contract';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { exportFileName, finishFileName, MAX_FILE_NAME_BYTES } from './fileNames';

const { meeting, pkg } = exampleMeeting();
const bytes = (name: string) => new TextEncoder().encode(name).length;
/** Offered under a filter of its own extension, as each screen saves it. */
const acceptedBySaveFile = (name: string) =>
  ipcContract.saveFile.request.safeParse({
    suggestedName: name,
    bytes: new Uint8Array(1),
    filters: [{ name: 'Fil', extensions: [fileExtensionOf(name) ?? ''] }],
  }).success;

describe('exportFileName', () => {
  it('names the file as the protocol does, with the case number’s slash made safe', () => {
    expect(exportFileName(meeting, pkg, 'pdf', 'ojusterat')).toBe(
      '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (ojusterat).pdf',
    );
    expect(exportFileName(meeting, pkg, 'docx', 'justerat')).toBe(
      '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (justerat).docx',
    );
    expect(exportFileName(meeting, pkg, 'answer', 'justerat')).toBe(
      '2020-09-15 Barn- och utbildningsnämnden § 45 Svarsfil – Svar på intern remiss KS 2019-160 (justerat).msvar',
    );
    expect(exportFileName({ ...meeting, paragraph: '' }, pkg, 'notes', 'ojusterat')).toBe(
      '2020-09-15 Barn- och utbildningsnämnden Anteckningar – Svar på intern remiss KS 2019-160 (ojusterat).txt',
    );
  });

  it('shortens a long body name but keeps the protocol’s part and the extension', () => {
    const name = exportFileName({ ...meeting, bodyName: 'Överförmyndarnämnden '.repeat(20) }, pkg, 'pdf', 'ojusterat');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^2020-09-15 Överförmyndarnämnden .*… § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 \(ojusterat\)\.pdf$/);
    expect(acceptedBySaveFile(name)).toBe(true);
  });

  it('makes any body name, paragraph and case number into a name every file system and the saveFile contract accept', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 60 }),
        (bodyName, paragraph, caseNumber) => {
          const name = exportFileName({ ...meeting, bodyName, paragraph }, { caseNumber }, 'docx', 'ojusterat');
          expect(name.endsWith('.docx')).toBe(true);
          expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
          expect(acceptedBySaveFile(name), name).toBe(true);
        },
      ),
    );
  });
});

describe('finishFileName', () => {
  it('avoids Windows’ device names, leading dots and trailing dots or spaces', () => {
    expect(finishFileName('CON', 'txt')).toBe('_CON.txt');
    expect(finishFileName('lpt1', 'pdf')).toBe('_lpt1.pdf');
    expect(finishFileName('..dold. . ', 'txt')).toBe('dold.txt');
    expect(finishFileName('a<b>c:d"e/f\\g|h?i*j\u0007k', 'txt')).toBe('a-b-c-d-e-f-g-h-i-j-k.txt');
    expect(finishFileName('', 'pdf')).toBe('_.pdf');
  });
});
