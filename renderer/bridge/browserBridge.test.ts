import { describe, expect, it, vi } from 'vitest';
import { openableMaxBytes } from '../../shared/files/appFiles';
import { createBrowserBridge } from './browserBridge';

/** jsdom's Blob has no arrayBuffer(); FileReader reads it as a browser would. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const projectorWindow = { close: vi.fn(), focus: vi.fn() };

/** localStorage as the origin keeps it, apart from IndexedDB. */
function memoryStorage(items = new Map<string, string>()) {
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

function setUp() {
  const clicked: { href: string; download: string }[] = [];
  const environment = {
    document,
    createObjectUrl: vi.fn((_blob: Blob) => 'blob:test/1'),
    revokeObjectUrl: vi.fn(),
    platform: 'Linux x86_64',
    openWindow: vi.fn((_url: string, _target: string, _features: string) => projectorWindow),
    storage: memoryStorage(),
  };
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  return { bridge: createBrowserBridge(environment), environment, clicked };
}

describe('browser shell bridge', () => {
  it('saves a file as a download under the suggested name, leaving no link behind', async () => {
    const { bridge, environment, clicked } = setUp();
    const result = await bridge.saveFile({
      suggestedName: 'Bilaga 1 – Svar på intern remiss.pdf',
      bytes: new Uint8Array([1, 2]),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(result).toEqual({ outcome: 'saved', fileName: 'Bilaga 1 – Svar på intern remiss.pdf' });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'Bilaga 1 – Svar på intern remiss.pdf' }]);
    const blob = environment.createObjectUrl.mock.calls[0]![0] as Blob;
    expect(new Uint8Array(await readBlob(blob))).toEqual(new Uint8Array([1, 2]));
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('holds the same contract as Electron: a bad request is refused, nothing is downloaded', async () => {
    const { bridge, clicked } = setUp();
    const pdf = [{ name: 'PDF', extensions: ['pdf'] }];
    await expect(bridge.saveFile({ suggestedName: '../x.pdf', bytes: new Uint8Array([1]), filters: pdf })).rejects.toThrow();
    await expect(
      bridge.saveFile({ suggestedName: 'x.exe', bytes: new Uint8Array([1]), filters: [{ name: 'Program', extensions: ['exe'] }] }),
    ).rejects.toThrow();
    await expect(bridge.setLanguage('de' as never)).rejects.toThrow();
    expect(clicked).toEqual([]);
  });

  it('opens a file through a hidden file input, reads its bytes, and leaves no input behind', async () => {
    const { bridge } = setUp();
    const picked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.type).toBe('file');
      expect(this.accept).toBe('.json');
      const file = new File([new Uint8Array([123, 34, 195, 165, 34, 125])], 'Remisspaket KS 2019-160.malsamtal-paket.json');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await bridge.openFile({
      title: 'Öppna remisspaket',
      kind: 'package',
      filters: [{ name: 'Remisspaket', extensions: ['json'] }],
    });
    expect(result).toEqual({
      outcome: 'opened',
      fileName: 'Remisspaket KS 2019-160.malsamtal-paket.json',
      bytes: new Uint8Array([123, 34, 195, 165, 34, 125]),
    });
    expect(picked).toHaveBeenCalledOnce();
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(0);
  });

  it('reports a cancelled file choice as cancelled', async () => {
    const { bridge } = setUp();
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await bridge.openFile({ title: 'Öppna', kind: 'package', filters: [] })).toEqual({ outcome: 'cancelled' });
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(0);
  });

  it.each(['package', 'answer', 'backup', 'document'] as const)(
    'says a file one byte beyond the %s limit is too large without reading it, as Electron does',
    async (kind) => {
      const { bridge } = setUp();
      const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
      vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
        const file = new File(['x'], 'stor.json');
        Object.defineProperty(file, 'size', { value: openableMaxBytes[kind] + 1 });
        Object.defineProperty(this, 'files', { value: [file] });
        this.dispatchEvent(new Event('change'));
      });
      expect(await bridge.openFile({ title: 'Öppna', kind, filters: [] })).toEqual({
        outcome: 'tooLarge',
        fileName: 'stor.json',
        maxBytes: openableMaxBytes[kind],
      });
      expect(read).not.toHaveBeenCalled();
    },
  );

  it('offers only the extensions of the kind it is asked for', async () => {
    const { bridge } = setUp();
    await expect(
      bridge.openFile({ title: 'Öppna', kind: 'answer', filters: [{ name: 'Paket', extensions: ['msremiss'] }] }),
    ).rejects.toThrow();
    await expect(bridge.openFile({ title: 'Öppna', kind: 'package', filters: [{ name: 'Allt', extensions: ['exe'] }] })).rejects.toThrow();
  });

  it('says it is the browser shell', async () => {
    const { bridge } = setUp();
    expect(await bridge.getAppInfo()).toMatchObject({ name: 'Målsamtal', shell: 'browser', platform: 'Linux x86_64' });
  });

  it('offers the file-opened subscription too, which never fires in a browser and can be stopped', () => {
    const { bridge } = setUp();
    const listener = vi.fn();
    const unsubscribe = bridge.onFileOpened(listener);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the browser shell’s projector', () => {
  it('opens one named window of the same origin on the meeting’s projector route, and closes it', async () => {
    const { bridge, environment } = setUp();
    expect(await bridge.openProjector({ meetingId: 'm-1' })).toEqual({ display: 'window' });
    await bridge.openProjector({ meetingId: 'm-1' });
    expect(environment.openWindow).toHaveBeenCalledWith('#/projektor/m-1', 'malsamtal-projektor', 'popup,width=1280,height=720');
    expect(new Set(environment.openWindow.mock.calls.map((call) => call[1]))).toEqual(new Set(['malsamtal-projektor']));
    await bridge.closeProjector();
    expect(projectorWindow.close).toHaveBeenCalled();
  });

  it('leaves the keyboard with the meeting room: the projector window is never focused', async () => {
    const { bridge } = setUp();
    projectorWindow.focus.mockClear();
    await bridge.openProjector({ meetingId: 'm-1' });
    await bridge.openProjector({ meetingId: 'm-1' });
    expect(projectorWindow.focus).not.toHaveBeenCalled();
  });

  it('refuses a meeting id that could steer the window elsewhere', async () => {
    const { bridge, environment } = setUp();
    await expect(bridge.openProjector({ meetingId: '../../evil' })).rejects.toThrow();
    expect(environment.openWindow).not.toHaveBeenCalled();
  });

  it('keeps the record of what the database held in localStorage, and reads a damaged one as none', async () => {
    const { bridge, environment } = setUp();
    expect(await bridge.readDataRecord()).toEqual({ record: null, latestBackup: null });
    await bridge.writeDataRecord({ meetings: 2 });
    expect(await bridge.readDataRecord()).toEqual({ record: { meetings: 2, recordedAt: expect.any(String) }, latestBackup: null });
    environment.storage.setItem('malsamtal:innehall', '{"meetings": "två"');
    expect(await bridge.readDataRecord()).toEqual({ record: null, latestBackup: null });
    expect(await bridge.readLatestBackup()).toEqual({ outcome: 'none' });
  });
});
