import type * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './files';

/** When set, a file opened for writing takes half the bytes and then reports a full disk, as a real disk does. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const open: typeof actual.open = async (...args) => {
    const handle: fsPromises.FileHandle = await actual.open(...args);
    if (disk.full && args[1] === 'w')
      handle.writeFile = async (data) => {
        const bytes = data as Uint8Array;
        await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
    return handle;
  };
  return { ...actual, default: { ...actual, open }, open };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-write-'));
});
afterEach(async () => {
  disk.full = false;
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = path.join(folder, 'svar.json');
    await writeFileAtomic(target, new TextEncoder().encode('{"old":true}'));
    await writeFileAtomic(target, new TextEncoder().encode('{"new":true}'));
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(folder)).toEqual(['svar.json']);
  });

  it('keeps the old file exactly as it was and cleans up when the disk fills during the write', async () => {
    const target = path.join(folder, 'Bilaga 1 till § 45.pdf');
    const old = new TextEncoder().encode('%PDF-1.7 den justerade bilagan');
    await writeFileAtomic(target, old);
    disk.full = true;
    await expect(writeFileAtomic(target, new Uint8Array(4096).fill(7))).rejects.toThrow('ENOSPC');
    expect(new Uint8Array(await readFile(target))).toEqual(old);
    expect(await readdir(folder)).toEqual(['Bilaga 1 till § 45.pdf']);
  });

  it('leaves what is at the target intact and cleans up when the target cannot be replaced', async () => {
    const target = path.join(folder, 'a-folder');
    await mkdir(target);
    await writeFileAtomic(path.join(target, 'inside.txt'), new TextEncoder().encode('kvar'));
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['a-folder']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('kvar');
  });
});
