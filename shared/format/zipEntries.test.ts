import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZipEntries, unpackZipEntries } from './zipEntries';

const encode = (text: string) => new TextEncoder().encode(text);

describe('reading a zip’s directory', () => {
  const inner = zipSync({ 'word/document.xml': encode('<w:document/>') });
  const outer = zipSync({ 'remisspaket.json': encode('{}'), 'dokument/missiv.docx': [inner, { level: 0 }] });

  it('lists the entries without unpacking them, and unpacks only those asked for', () => {
    expect(listZipEntries(outer)?.map((entry) => entry.name)).toEqual(['remisspaket.json', 'dokument/missiv.docx']);
    const unpacked = unpackZipEntries(outer, new Set(['remisspaket.json']));
    expect([...unpacked!.keys()]).toEqual(['remisspaket.json']);
  });

  it('takes a zip cut short for damaged, not for the Word document stored inside it', () => {
    // Cut into the outer zip's own directory: the last end record left in the file is the Word document's.
    expect(listZipEntries(outer.slice(0, outer.byteLength - 30))).toBeNull();
    expect(listZipEntries(outer.slice(0, outer.byteLength - 1))).toBeNull();
    expect(listZipEntries(encode('no zip at all'))).toBeNull();
    expect(listZipEntries(new Uint8Array(0))).toBeNull();
  });

  it('reads a zip that ends with a comment', () => {
    const commented = zipSync({ 'a.txt': encode('a') }, { comment: 'Målsamtal' });
    expect(listZipEntries(commented)?.map((entry) => entry.name)).toEqual(['a.txt']);
  });
});
