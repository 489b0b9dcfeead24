import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { aPackage } from '../../tests/support/packageFiles';
import { createTestDatabase, recordingFiles, renderWithApp } from '../../tests/support/renderWithApp';
import { importPackageFile } from '../data/packages';
import { useDocumentReader } from '../stores/documentReader';
import { DocumentLinks } from './DocumentLinks';
import { PackageDocuments } from './PackageDocuments';

let pdf: Uint8Array<ArrayBuffer>;
let content: RemissPackage;
let files: Parameters<typeof writePackageFile>[1];

beforeAll(async () => {
  pdf = await aPdf(6);
  const bilaga = await aPackageDocument(pdf, {
    id: 'bilaga-1',
    title: 'Ambitionsnivåer',
    pageCount: 6,
    fileName: 'Bilaga 1: ambitionsnivåer.pdf',
  });
  const letter = await aPackageDocument(await aDocx('Missiv', ['Remissen.']), {
    id: 'missiv',
    title: 'Missiv',
    role: 'letter',
    number: null,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const base = aPackage();
  content = {
    ...base,
    documents: [letter.document, bilaga.document],
    goals: base.goals.map((goal, index) =>
      index === 0
        ? {
            ...goal,
            documentReferences: [
              { documentId: 'bilaga-1', page: 4 },
              { documentId: 'bilaga-1', page: 2, label: 'Tabellen över nivåerna' },
              { documentId: 'missiv', page: 1 },
            ],
          }
        : goal,
    ),
  };
  files = [letter.file, bilaga.file];
});

describe('a goal’s links into the documents', () => {
  it('names each page as the room says it, and opens the reader there, again on a second press', async () => {
    const user = userEvent.setup();
    act(() => useDocumentReader.getState().close());
    renderWithApp(<DocumentLinks goal={content.goals[0]!} pkg={content} />);
    const links = screen.getByRole('group', { name: 'Läs i handlingarna' });
    expect(
      within(links)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Bilaga 1, s. 4', 'Tabellen över nivåerna', 'Missiv']);
    await user.click(within(links).getByRole('button', { name: 'Bilaga 1, s. 4' }));
    expect(useDocumentReader.getState().open).toMatchObject({ packageId: content.id, documentId: 'bilaga-1', page: 4 });
    const first = useDocumentReader.getState().open!.request;
    await user.click(within(links).getByRole('button', { name: 'Bilaga 1, s. 4' }));
    expect(useDocumentReader.getState().open!.request).toBe(first + 1);
  });

  it('shows nothing for a goal that points at no document', () => {
    const { container } = renderWithApp(<DocumentLinks goal={content.goals[1]!} pkg={content} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the documents on the package’s page', () => {
  it('lists each document with what it is, and saves the original file again, byte for byte', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    await importPackageFile(database, writePackageFile(content, files));
    const saved = recordingFiles();
    renderWithApp(<PackageDocuments pkg={content} />, database, saved);

    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Missiv', 'Bilaga 1: Ambitionsnivåer']);
    expect(list).toHaveTextContent(/Bilaga 1: ambitionsnivåer\.pdf · Bilaga · PDF · 6 sidor · \d+ kB/);
    await user.click(screen.getByRole('button', { name: 'Spara originalfilen: Bilaga 1' }));
    expect(saved.saveFile).toHaveBeenCalledTimes(1);
    const request = saved.saveFile.mock.calls[0]![0] as { suggestedName: string; bytes: Uint8Array; filters: unknown };
    expect(request.suggestedName).toBe('Bilaga 1- ambitionsnivåer.pdf');
    expect(request.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(Array.from(request.bytes)).toEqual(Array.from(pdf));
  });
});

describe('the reader’s zoom', () => {
  it('steps through its levels and stays at either end', async () => {
    const { nextZoom, ZOOM_LEVELS } = await import('./readerControls');
    expect(nextZoom(100, 1)).toBe(125);
    expect(nextZoom(100, -1)).toBe(75);
    expect(nextZoom(ZOOM_LEVELS[0], -1)).toBe(ZOOM_LEVELS[0]);
    expect(nextZoom(ZOOM_LEVELS.at(-1)!, 1)).toBe(ZOOM_LEVELS.at(-1));
    expect(nextZoom(110, 1)).toBe(125);
  });
});
