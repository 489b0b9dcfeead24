import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../shared/i18n/messages';
import { appFileMaxBytes } from '../shared/files/appFiles';
import type { OpenedFile } from '../shared/ipc/contract';
import { appFilesInArgv, createFileOpener, fileRefusalBox, readAppFile, type FileRefusal, type FileSystemAccess } from './fileOpen';

/** A file system holding the given files (path → bytes) and folders. */
function fakeFs(
  files: Record<string, Uint8Array>,
  { folders = [] as string[], unreadable = [] as string[], sizes = {} as Record<string, number> } = {},
) {
  const fs: FileSystemAccess = {
    stat: vi.fn(async (filePath: string) => {
      if (folders.includes(filePath)) return { isFile: () => false, size: 4096 };
      const bytes = files[filePath];
      if (!bytes) throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      return { isFile: () => true, size: sizes[filePath] ?? bytes.byteLength };
    }),
    readFile: vi.fn(async (filePath: string) => {
      if (unreadable.includes(filePath)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return Buffer.from(files[filePath]!);
    }),
  };
  return fs;
}

const packagePath = path.resolve('/home/sekr/Hämtade/KS 2019-160.msremiss');
const answerPath = path.resolve('/home/sekr/Svar BUN.msvar');
const packageBytes = new TextEncoder().encode('{"format":"malsamtal-remiss"}');
const answerBytes = new Uint8Array([1, 2, 3]);

describe('files named on the command line', () => {
  it('finds our files among the arguments passed on double-click, resolved against the working folder', () => {
    const argv = ['/opt/Målsamtal/malsamtal', 'KS 2019-160.msremiss', '/home/sekr/svar.MSVAR'];
    expect(appFilesInArgv(argv, '/home/sekr/Hämtade')).toEqual([
      path.resolve('/home/sekr/Hämtade', 'KS 2019-160.msremiss'),
      path.resolve('/home/sekr/svar.MSVAR'),
    ]);
  });

  it('ignores the executable, Chromium’s switches, the app folder and other files', () => {
    const argv = ['/usr/bin/electron', '.', '--allow-file-access-from-files', '--flag=x.msvar', 'protokoll.pdf', '/tmp/a.msbackup'];
    expect(appFilesInArgv(argv, '/home/sekr')).toEqual([path.resolve('/tmp/a.msbackup')]);
    expect(appFilesInArgv(['/opt/Målsamtal/malsamtal.msvar'], '/')).toEqual([]);
  });
});

describe('reading a file the user opened', () => {
  it('reads a remiss package into plain bytes with its name and kind', async () => {
    const outcome = await readAppFile(packagePath, fakeFs({ [packagePath]: packageBytes }));
    expect(outcome).toEqual({ outcome: 'read', file: { fileName: 'KS 2019-160.msremiss', kind: 'package', bytes: packageBytes } });
    if (outcome.outcome === 'read') expect(Buffer.isBuffer(outcome.file.bytes)).toBe(false);
  });

  it('hands over only the file’s own bytes when the read shares a larger buffer', async () => {
    const pool = Buffer.from('xxxx{"remiss":true}yyyy');
    const fs: FileSystemAccess = { stat: async () => ({ isFile: () => true, size: 15 }), readFile: async () => pool.subarray(4, 19) };
    const outcome = await readAppFile(packagePath, fs);
    if (outcome.outcome !== 'read') throw new Error(`refused: ${outcome.refusal.reason}`);
    expect(outcome.file.bytes.buffer.byteLength).toBe(15);
    expect(new TextDecoder().decode(outcome.file.bytes)).toBe('{"remiss":true}');
  });

  it.each([
    ['a file of another type', '/home/sekr/protokoll.pdf', {}, 'unknownType'],
    ['a file that is gone', '/home/sekr/borta.msvar', {}, 'missing'],
    ['a folder named like our file', '/home/sekr/mapp.msbackup', { folders: ['/home/sekr/mapp.msbackup'] }, 'notAFile'],
    ['a file it may not read', '/home/sekr/låst.msvar', { unreadable: ['/home/sekr/låst.msvar'] }, 'unreadable'],
  ])('refuses %s, without reading what it need not', async (_, filePath, options, reason) => {
    const files = {
      '/home/sekr/låst.msvar': answerBytes,
      '/home/sekr/protokoll.pdf': answerBytes,
    };
    const fs = fakeFs(files, options);
    const outcome = await readAppFile(filePath, fs);
    expect(outcome).toEqual({ outcome: 'refused', refusal: { fileName: path.basename(filePath), reason } });
    if (reason !== 'unreadable') expect(fs.readFile).not.toHaveBeenCalled();
  });

  it.each([
    ['remiss package', 'KS 2019-160.msremiss', 'package', 'Filen är för stor. En paketfil får vara högst 52 MB.'],
    ['answer file', 'Svar BUN.msvar', 'answer', 'Filen är för stor för att vara en svarsfil (högst 5 MB).'],
    [
      'backup',
      'Målsamtal 2020-09-15.msbackup',
      'backup',
      'Filen är för stor för att vara en säkerhetskopia från Målsamtal: en säkerhetskopia är högst 200 MB.',
    ],
  ] as const)('refuses a %s one byte over its limit unread, in its own Swedish words', async (_, fileName, kind, words) => {
    const filePath = path.resolve('/home/sekr', fileName);
    const fs = fakeFs({ [filePath]: answerBytes }, { sizes: { [filePath]: appFileMaxBytes[kind] + 1 } });
    const outcome = await readAppFile(filePath, fs);
    expect(outcome).toEqual({ outcome: 'refused', refusal: { fileName, reason: 'tooLarge', kind } });
    expect(fs.readFile).not.toHaveBeenCalled();
    if (outcome.outcome === 'refused') expect(fileRefusalBox(messagesFor('sv'), outcome.refusal).detail).toBe(words);
  });

  it.each([
    ['remiss package', 'KS 2019-160.msremiss', 'package'],
    ['answer file', 'Svar BUN.msvar', 'answer'],
  ] as const)('reads a %s of exactly its limit', async (_, fileName, kind) => {
    const filePath = path.resolve('/home/sekr', fileName);
    const outcome = await readAppFile(filePath, fakeFs({ [filePath]: new Uint8Array(appFileMaxBytes[kind]) }));
    expect(outcome.outcome).toBe('read');
  });

  it('refuses a file that grew past its limit between looking and reading', async () => {
    const fs = fakeFs({ [answerPath]: new Uint8Array(appFileMaxBytes.answer + 1) }, { sizes: { [answerPath]: 10 } });
    expect(await readAppFile(answerPath, fs)).toEqual({
      outcome: 'refused',
      refusal: { fileName: 'Svar BUN.msvar', reason: 'tooLarge', kind: 'answer' },
    });
  });
});

describe('handing opened files to the page', () => {
  function setUp(files: Record<string, Uint8Array> = { [packagePath]: packageBytes, [answerPath]: answerBytes }) {
    const sent: OpenedFile[] = [];
    const refused: FileRefusal[] = [];
    const opener = createFileOpener({
      fs: fakeFs(files),
      send: (file) => sent.push(file),
      refuse: (refusal) => refused.push(refusal),
    });
    return { opener, sent, refused };
  }

  it('holds a file opened before the app is ready, and sends it once the page has loaded', async () => {
    const { opener, sent } = setUp();
    await opener.open([packagePath]);
    await opener.appReady();
    expect(sent).toEqual([]);
    opener.pageReady();
    expect(sent.map((file) => file.fileName)).toEqual(['KS 2019-160.msremiss']);
  });

  it('sends at once while the page is there, in the order the files were opened', async () => {
    const { opener, sent } = setUp();
    await opener.appReady();
    opener.pageReady();
    await Promise.all([opener.open([answerPath]), opener.open([packagePath])]);
    expect(sent.map((file) => file.kind)).toEqual(['answer', 'package']);
  });

  it('holds files while the page reloads, and sends them when it is back', async () => {
    const { opener, sent } = setUp();
    await opener.appReady();
    opener.pageReady();
    opener.pageGone();
    await opener.open([answerPath]);
    expect(sent).toEqual([]);
    opener.pageReady();
    expect(sent.map((file) => file.fileName)).toEqual(['Svar BUN.msvar']);
  });

  it('tells the user about a file it refused, and sends nothing for it', async () => {
    const { opener, sent, refused } = setUp();
    await opener.appReady();
    opener.pageReady();
    await opener.open(['/home/sekr/borta.msremiss', answerPath]);
    expect(refused).toEqual([{ fileName: 'borta.msremiss', reason: 'missing' }]);
    expect(sent.map((file) => file.fileName)).toEqual(['Svar BUN.msvar']);
  });
});

describe('the refusal message', () => {
  it('names the file and the reason in Swedish, and the kind’s size limit in megabytes', () => {
    const box = fileRefusalBox(messagesFor('sv'), { fileName: 'stort.msremiss', reason: 'tooLarge', kind: 'package' });
    expect(box).toMatchObject({
      type: 'warning',
      title: 'Filen kunde inte öppnas',
      message: 'Målsamtal kunde inte öppna ”stort.msremiss”.',
    });
    expect(box.detail).toContain('2 MB');
  });

  it('says it in English too', () => {
    const box = fileRefusalBox(messagesFor('en'), { fileName: 'Svar.msvar', reason: 'tooLarge', kind: 'answer' });
    expect(box.detail).toBe('The file is too large to be an answer file (at most 5 MB).');
  });

  it('lists the file types it opens when given another', () => {
    expect(fileRefusalBox(messagesFor('en'), { fileName: 'x.pdf', reason: 'unknownType' }).detail).toContain('.msremiss');
  });
});
