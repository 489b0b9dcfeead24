import { describe, expect, it } from 'vitest';
import { appFileExtensions, appFileKindOf, appFileKinds } from './appFiles';

describe('the app’s own file types', () => {
  it.each([
    ['KS 2019-160 Mål 2019–2022.msremiss', 'package'],
    ['Barn- och utbildningsnämnden svar.MSVAR', 'answer'],
    ['C:\\Users\\sekreterare\\Målsamtal 2026-11-25.msbackup', 'backup'],
    ['/home/sekreterare/svar.msvar', 'answer'],
  ])('knows %s as a %s', (name, kind) => {
    expect(appFileKindOf(name)).toBe(kind);
  });

  it.each(['protokoll.pdf', 'msremiss', 'svar.msvar.exe', 'svar.msvar/', '.msbackup.txt', ''])('refuses %j', (name) => {
    expect(appFileKindOf(name)).toBeNull();
  });

  it('gives every kind its own extension', () => {
    expect(new Set(appFileKinds.map((kind) => appFileExtensions[kind])).size).toBe(appFileKinds.length);
  });
});
