import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileExtensionOf } from '../files/appFiles';
import { ipcContract } from '../ipc/contract';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { exportFileName, finishFileName, MAX_FILE_NAME_BYTES } from './fileNames';
import { manualBackupFileName } from '../backup/backupFileName';
import { messagesFor } from '../i18n/messages';
import { packageFileName } from '../remiss/packageFile';

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
  }, 20_000); // fast-check takes seconds to prepare whole-UTF-16 strings, once per file
});

describe('finishFileName', () => {
  it('avoids Windows’ device names, leading dots and trailing dots or spaces', () => {
    expect(finishFileName('CON', 'txt')).toBe('_CON.txt');
    expect(finishFileName('lpt1', 'pdf')).toBe('_lpt1.pdf');
    expect(finishFileName('..dold. . ', 'txt')).toBe('dold.txt');
    expect(finishFileName('a<b>c:d"e/f\\g|h?i*j\u0007k', 'txt')).toBe('a-b-c-d-e-f-g-h-i-j-k.txt');
    expect(finishFileName('', 'pdf')).toBe('_.pdf');
  });

  it('shortens a long name below the save contract’s limit, keeping the extension and marking the cut with …', () => {
    const name = finishFileName(`Bedömningar ${'Ambitionsnivå för kommunfullmäktiges mål '.repeat(13)}`, 'csv');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^Bedömningar Ambitionsnivå .*[^. ]…\.csv$/);
    expect(acceptedBySaveFile(name)).toBe(true);
  });

  it('cuts between characters as a reader sees them: never inside a surrogate pair, an emoji sequence or an accent', () => {
    const family = '👩‍👩‍👧‍👦';
    const accented = 'e\u0301';
    for (const unit of [family, '😀', accented, 'ä']) {
      for (let length = 150; length < 210; length += 1) {
        const stem = `${'x'.repeat(length)}${unit.repeat(40)}`;
        const name = finishFileName(stem, 'txt');
        const kept = name.slice(0, -'….txt'.length).slice(length);
        expect(kept.length % unit.normalize('NFC').length, `${JSON.stringify(unit)} after ${length}`).toBe(0);
        expect(name).not.toMatch(/\p{Cs}/u);
      }
    }
  });

  it('replaces a lone half of a surrogate pair, which no file system can store', () => {
    expect(finishFileName('Svar \ud83d nämnden', 'msvar')).toBe('Svar - nämnden.msvar');
  });

  it('makes any stem into a name the saveFile contract accepts, with its extension', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.constantFrom('csv', 'pdf', 'docx', 'msbackup', 'msremiss', 'txt'),
        (stem, extension) => {
          const name = finishFileName(stem, extension);
          expect(name.endsWith(`.${extension}`)).toBe(true);
          expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
          expect(name).not.toMatch(/\p{Cs}/u);
          expect(acceptedBySaveFile(name), name).toBe(true);
        },
      ),
    );
  });
});

describe('the names of the app’s own files', () => {
  it('go through the same builder: a manual backup, the unsaved texts, a package export', () => {
    expect(manualBackupFileName(new Date(2020, 8, 15, 18, 3))).toBe('Målsamtal säkerhetskopia 2020-09-15 1803.msbackup');
    expect(finishFileName(messagesFor('sv').storage.copyFileName('2020-09-15 1803'), 'txt')).toBe(
      'Målsamtal osparad text 2020-09-15 1803.txt',
    );
    const name = packageFileName({ caseNumber: '', title: 'Remiss '.repeat(100) });
    expect(name).toMatch(/^Remisspaket – Remiss .*…\.msremiss$/);
    expect(acceptedBySaveFile(name)).toBe(true);
  });
});
