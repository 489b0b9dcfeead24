import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OpenFileResult } from '../../../shared/ipc/contract';
import { examplePackage } from '../../../shared/remiss/examplePackage';
import { aDocx, aPdf } from '../../../tests/support/documentFiles';
import { createTestDatabase, renderWithApp } from '../../../tests/support/renderWithApp';
import { LiveRegion } from '../../app/LiveRegion';
import { addDocument } from '../../data/documents';
import { duplicatePackage } from '../../data/packages';
import { PackageEditorScreen } from '../PackageEditorScreen';

const saved = { timeout: 8000 };
const setUpUser = () => userEvent.setup({ pointerEventsCheck: 0 });

/** A small copy of the example (one goal, no questions) in the editor, whose file dialog answers with `files` in turn. */
async function openEditor(
  files: OpenFileResult[] = [],
  prepare?: (database: ReturnType<typeof createTestDatabase>, id: string) => Promise<void>,
) {
  const database = createTestDatabase();
  const copy = await duplicatePackage(database, examplePackage.id, (title) => `${title} (kopia)`);
  await database.packages.update(copy.id, { content: { ...copy.content, goals: [{ ...copy.content.goals[0]!, questions: [] }] } });
  await prepare?.(database, copy.id);
  const openFile = vi.fn(async () => files.shift() ?? ({ outcome: 'cancelled' } as const));
  renderWithApp(
    <>
      <PackageEditorScreen packageId={copy.id} />
      <LiveRegion />
    </>,
    database,
    { openFile },
  );
  await screen.findByRole('heading', { level: 1, name: /^Redigera:/ });
  const section = () => screen.getByRole('heading', { level: 2, name: 'Dokument' }).closest('section')!;
  const stored = async () => (await database.packages.get(copy.id))!.content;
  return { database, id: copy.id, openFile, section, stored };
}

describe('the documents in the package editor', { timeout: 60_000 }, () => {
  it('adds a Word document from the file dialog, refuses a text file named .pdf, and makes the document a numbered bilaga', async () => {
    const user = setUpUser();
    const text = new TextEncoder().encode('Bara text, fast filen heter .pdf.');
    const docx = await aDocx('Intern remiss', ['Kommunledningskontoret skickar remissen.']);
    const { database, openFile, section, stored } = await openEditor([
      { outcome: 'opened', fileName: 'Bilaga 2.pdf', bytes: text },
      { outcome: 'opened', fileName: 'Intern remiss ambitionsnivå.docx', bytes: docx },
    ]);

    await user.click(within(section()).getByRole('button', { name: 'Lägg till dokument …' }));
    const refusal = await screen.findByRole('alertdialog', { name: 'Dokumentet kunde inte läggas till' });
    expect(refusal).toHaveTextContent(
      '”Bilaga 2.pdf” är varken en PDF-fil eller ett Word-dokument (.docx), vad filen än heter. Välj en PDF- eller Word-fil.',
    );
    expect(openFile).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'document', filters: [{ name: 'PDF eller Word-dokument', extensions: ['pdf', 'docx'] }] }),
    );
    await user.click(within(refusal).getByRole('button', { name: 'Stäng' }));
    expect(await database.documentFiles.count()).toBe(0);

    await user.click(within(section()).getByRole('button', { name: 'Lägg till dokument …' }));
    const document = await within(section()).findByRole('group', { name: 'Dokument 1: Intern remiss ambitionsnivå' });
    expect(document).toHaveTextContent(/Intern remiss ambitionsnivå\.docx · Word · \d+ kB/);
    expect(screen.getByRole('status')).toHaveTextContent('”Intern remiss ambitionsnivå” är tillagt i paketet.');
    expect((await stored()).documents).toEqual([expect.objectContaining({ role: 'letter', number: null, pageCount: null })]);

    await user.click(within(document).getByRole('button', { name: /Dokument 1: Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Bilaga' }));
    expect(await within(section()).findByRole('textbox', { name: 'Dokument 1: Bilagans nummer' })).toHaveValue('1');
    await waitFor(async () => expect((await stored()).documents[0]).toMatchObject({ role: 'bilaga', number: 1 }), saved);
    expect(within(section()).getByRole('group', { name: 'Dokument 1: Bilaga 1' })).toBeInTheDocument();
  });

  it('points a goal at a page of a document, and the reference goes with the document when it is removed', async () => {
    const user = setUpUser();
    const pdf = await aPdf(6);
    let documentId = '';
    const { database, section, stored } = await openEditor([], async (database, id) => {
      const added = await addDocument(database, id, { fileName: 'Bilaga 1 ambitionsnivåer.pdf', bytes: pdf, pageCount: 6 });
      if (added.outcome === 'added') documentId = added.document.id;
    });

    const goal = screen.getByRole('heading', { level: 3, name: /^Mål 1:/ }).closest('section')!;
    await user.click(within(goal).getByRole('button', { name: 'Lägg till hänvisning – Mål 1' }));
    const page = within(goal).getByRole('textbox', { name: 'Mål 1, hänvisning 1: Sida' });
    await user.clear(page);
    await user.type(page, '4');
    await user.tab();
    await waitFor(async () => expect((await stored()).goals[0]!.documentReferences).toEqual([{ documentId, page: 4 }]), saved);

    await user.click(within(section()).getByRole('button', { name: 'Ta bort Bilaga 1' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Ta bort Bilaga 1?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ta bort dokumentet' }));
    await waitFor(async () => expect((await stored()).documents).toEqual([]));
    expect((await stored()).goals[0]!.documentReferences).toEqual([]);
    expect(await database.documentFiles.count()).toBe(0);
    expect(within(goal).queryByRole('group', { name: 'Mål 1, hänvisning 1' })).not.toBeInTheDocument();
  });
});
