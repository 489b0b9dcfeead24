import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcEvents, subscriptionName } from './channels';
import { dataRecordOf, isWriteDataRecordRequest } from './dataRecord';
import { appFileMaxBytes } from '../files/appFiles';
import { ipcContract, ipcEventContract, ipcPayloadLimits, MAX_SAVE_FILE_BYTES, savableExtensions } from './contract';

const saveRequest = (overrides: Record<string, unknown> = {}) => ({
  suggestedName: '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1.pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
  filters: [{ name: 'PDF', extensions: ['pdf'] }],
  ...overrides,
});

describe('IPC contract', () => {
  it('has one schema pair for each channel, and unique channel names', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(ipcChannels).sort());
    expect(new Set(Object.values(ipcChannels)).size).toBe(Object.keys(ipcChannels).length);
  });

  it('has one schema for each one-way event, on channels of its own', () => {
    expect(Object.keys(ipcEventContract).sort()).toEqual(Object.keys(ipcEvents).sort());
    const all = [...Object.values(ipcChannels), ...Object.values(ipcEvents)];
    expect(new Set(all).size).toBe(all.length);
    expect(subscriptionName('fileOpened')).toBe('onFileOpened');
  });

  it('accepts a save request with a Swedish protocol file name', () => {
    expect(ipcContract.saveFile.request.safeParse(saveRequest()).success).toBe(true);
  });

  it.each([
    ['a path instead of a name', { suggestedName: '../../etc/passwd' }],
    ['a Windows path', { suggestedName: 'C:\\Users\\x.pdf' }],
    ['a character Windows forbids', { suggestedName: 'Svar?.pdf' }],
    ['a hidden file', { suggestedName: '.bashrc' }],
    ['an empty name', { suggestedName: '' }],
    ['text instead of bytes', { bytes: 'hello' }],
    ['a plain array instead of bytes', { bytes: [1, 2, 3] }],
    ['a filter extension with a dot', { filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['no filter', { filters: [] }],
    ['a program', { suggestedName: 'Bilaga 1.exe', filters: [{ name: 'Program', extensions: ['exe'] }] }],
    ['a program in a filter beside a PDF', { filters: [{ name: 'PDF', extensions: ['pdf', 'exe'] }] }],
    ['a script', { suggestedName: 'Bilaga.js', filters: [{ name: 'Skript', extensions: ['js'] }] }],
    ['a shortcut', { suggestedName: 'Bilaga.lnk', filters: [{ name: 'Genväg', extensions: ['lnk'] }] }],
    ['a web page', { suggestedName: 'Bilaga.html', filters: [{ name: 'Webbsida', extensions: ['html'] }] }],
    ['a name whose extension the filters do not offer', { suggestedName: 'Bilaga 1.docx' }],
    ['a name without an extension', { suggestedName: 'Bilaga 1' }],
    ['a program disguised by a second extension', { suggestedName: 'Bilaga 1.pdf.exe' }],
  ])('refuses a save request with %s', (_, overrides) => {
    expect(ipcContract.saveFile.request.safeParse(saveRequest(overrides)).success).toBe(false);
  });

  it.each([
    ['Bilaga 1.pdf', 'pdf'],
    ['Bilaga 1.docx', 'docx'],
    ['Bilaga 1.txt', 'txt'],
    ['Sammanställning.csv', 'csv'],
    ['Svar.eml', 'eml'],
    ['KS 2019-160.msremiss', 'msremiss'],
    ['Svar BUN.msvar', 'msvar'],
    ['Målsamtal 2020-09-15.msbackup', 'msbackup'],
  ])('saves %s, one of the app’s own kinds of file', (suggestedName, extension) => {
    expect(savableExtensions).toContain(extension);
    const request = saveRequest({ suggestedName, filters: [{ name: 'Fil', extensions: [extension] }] });
    expect(ipcContract.saveFile.request.safeParse(request).success).toBe(true);
  });

  it('saves nothing else', () => {
    expect([...savableExtensions].sort()).toEqual(['csv', 'docx', 'eml', 'msbackup', 'msremiss', 'msvar', 'pdf', 'txt']);
  });

  it('refuses bytes beyond the size limit', () => {
    const bytes = new Uint8Array(new ArrayBuffer(MAX_SAVE_FILE_BYTES + 1));
    expect(ipcContract.saveFile.request.safeParse(saveRequest({ bytes })).success).toBe(false);
  });

  it('takes an open request for one kind of file, offering only that kind’s extensions', () => {
    const request = { title: 'Öppna remisspaket', kind: 'package', filters: [{ name: 'Remisspaket', extensions: ['msremiss', 'json'] }] };
    expect(ipcContract.openFile.request.safeParse(request).success).toBe(true);
    expect(ipcContract.openFile.request.safeParse({ ...request, title: '' }).success).toBe(false);
    expect(ipcContract.openFile.request.safeParse({ ...request, kind: undefined }).success).toBe(false);
    expect(ipcContract.openFile.request.safeParse({ ...request, kind: 'protocol' }).success).toBe(false);
    expect(ipcContract.openFile.request.safeParse({ ...request, kind: 'answer' }).success).toBe(false);
    expect(ipcContract.openFile.request.safeParse({ ...request, filters: [{ name: 'Allt', extensions: ['exe'] }] }).success).toBe(false);
  });

  it('answers an open request with bytes within the largest kind’s limit only', () => {
    const opened = { outcome: 'opened', fileName: 'paket.json', bytes: new Uint8Array([1]) };
    expect(ipcContract.openFile.response.safeParse(opened).success).toBe(true);
    expect(ipcContract.openFile.response.safeParse({ ...opened, bytes: new Uint8Array(appFileMaxBytes.backup + 1) }).success).toBe(false);
    expect(ipcContract.openFile.response.safeParse({ ...opened, bytes: 'AAAA' }).success).toBe(false);
  });

  it('lets only the calls that carry a file weigh more than their names', () => {
    expect(Object.keys(ipcPayloadLimits).sort()).toEqual(Object.keys(ipcChannels).sort());
    expect(ipcPayloadLimits.saveFile).toBeGreaterThan(MAX_SAVE_FILE_BYTES);
    expect(ipcPayloadLimits.storeBackup).toBeGreaterThan(MAX_SAVE_FILE_BYTES);
    for (const method of ['getAppInfo', 'setLanguage', 'openProjector', 'closeProjector', 'openFile', 'confirmClose'] as const)
      expect(ipcPayloadLimits[method]).toBeLessThanOrEqual(64 * 1024);
  });

  it('knows only the languages the app speaks', () => {
    expect(ipcContract.setLanguage.request.safeParse('sv').success).toBe(true);
    expect(ipcContract.setLanguage.request.safeParse('de').success).toBe(false);
    expect(ipcContract.getAppInfo.request.safeParse({ sneaky: true }).success).toBe(false);
  });

  describe('an opened file', () => {
    const file = (overrides: Record<string, unknown> = {}) => ({
      fileName: 'KS 2019-160 Mål.msremiss',
      kind: 'package',
      bytes: new Uint8Array([123, 125]),
      ...overrides,
    });

    it('carries the name, the kind and the bytes of one of our files', () => {
      expect(ipcEventContract.fileOpened.safeParse(file()).success).toBe(true);
      expect(ipcEventContract.fileOpened.safeParse(file({ fileName: 'Svar.msvar', kind: 'answer' })).success).toBe(true);
    });

    it.each([
      ['a kind that does not match the extension', { kind: 'backup' }],
      ['a file of another type', { fileName: 'protokoll.pdf' }],
      ['a path instead of a name', { fileName: '/home/sekr/KS.msremiss' }],
      ['an unknown kind', { kind: 'protocol' }],
      ['text instead of bytes', { bytes: '{}' }],
    ])('is refused with %s', (_, overrides) => {
      expect(ipcEventContract.fileOpened.safeParse(file(overrides)).success).toBe(false);
    });

    it.each([
      ['KS 2019-160.msremiss', 'package'],
      ['Svar BUN.msvar', 'answer'],
      ['Målsamtal.msbackup', 'backup'],
    ] as const)('is refused one byte beyond its kind’s limit: %s', (fileName, kind) => {
      const within = new Uint8Array(new ArrayBuffer(appFileMaxBytes[kind]));
      expect(ipcEventContract.fileOpened.safeParse(file({ fileName, kind, bytes: within })).success).toBe(true);
      const beyond = new Uint8Array(new ArrayBuffer(appFileMaxBytes[kind] + 1));
      expect(ipcEventContract.fileOpened.safeParse(file({ fileName, kind, bytes: beyond })).success).toBe(false);
    });
  });
});

describe('the record of what the database held, checked by hand at start', () => {
  const count = fc.oneof(fc.integer({ min: -5, max: 1_000_005 }), fc.double(), fc.constantFrom(1_000_000, 1_000_001, 0, -0, '3'));
  const candidate = fc.oneof(
    fc.anything(),
    fc.record({ meetings: count, recordedAt: fc.oneof(fc.string({ maxLength: 45 }), fc.integer()) }, { requiredKeys: [] }),
    fc.record({ meetings: count, other: fc.anything() }, { requiredKeys: [] }),
  );

  it('reads a stored record exactly as the contract’s schema does', () => {
    fc.assert(
      fc.property(candidate, (record) => {
        const parsed = ipcContract.readDataRecord.response.safeParse({ record, latestBackup: null });
        expect(dataRecordOf(record)).toEqual(parsed.success ? parsed.data.record : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a request to write it exactly when the contract’s schema does', () => {
    fc.assert(
      fc.property(candidate, (request) => {
        expect(isWriteDataRecordRequest(request)).toBe(ipcContract.writeDataRecord.request.safeParse(request).success);
      }),
      { numRuns: 2000 },
    );
  });
});
