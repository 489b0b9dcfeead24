import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import type Mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import type { LetterDocument } from '../../shared/letter/letterBlocks';
import { readLetter } from '../../shared/letter/readLetter';
import { letterDocx } from '../../tests/support/letterFiles';
import { ambitionAttachment, blocksOf, letterWithoutGoals, seedLetter } from '../../tests/support/letters';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { createTestDatabase, recordingFiles, renderWithApp } from '../../tests/support/renderWithApp';
import { useNavigation } from '../navigation/navigation';
import { PackagesScreen } from '../packages/PackagesScreen';
import { LetterReview, type ReviewedLetter } from './LetterReview';

// The tests run mammoth's Node build, which reads a buffer where the browser build the app bundles reads an ArrayBuffer.
vi.mock('mammoth', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof Mammoth }).default;
  return {
    default: {
      ...real,
      convertToHtml: (input: { arrayBuffer: ArrayBuffer }, options?: object) =>
        real.convertToHtml({ buffer: Buffer.from(input.arrayBuffer) }, options),
    },
  };
});

const goals = [
  { number: 1, title: 'Attraktiv kommun', level: 'Befolkningen ökar varje år.', questions: ['Hur bidrar nämnden till målet?'] },
  { number: 2, title: 'Hållbar utveckling', level: 'Utsläppen minskar varje år.', questions: ['Är ambitionsnivån rimlig?'] },
];

function seedDocuments(): LetterDocument[] {
  let page = 1;
  const bilaga = blocksOf(ambitionAttachment(goals)).map((block) => ({
    ...block,
    page: block.kind === 'heading' && block.text.startsWith('Mål') ? ++page : page,
  }));
  return [
    { fileName: 'Remissbrev.docx', blocks: blocksOf(seedLetter()) },
    { fileName: 'Bilaga 1.pdf', blocks: bilaga },
  ];
}

function renderReview(documents = seedDocuments()) {
  const onCreate = vi.fn<(reviewed: ReviewedLetter) => void>();
  const onCancel = vi.fn();
  renderWithApp(
    <LetterReview
      initial={readLetter(documents)}
      documents={documents}
      attachments={documents.slice(1).map(({ fileName }) => ({ fileName, number: '1', unsure: false }))}
      onCreate={onCreate}
      onCancel={onCancel}
    />,
  );
  return { onCreate, onCancel };
}

describe('reviewing what was read from the letter', () => {
  it('shows each proposal beside its passage, marked, with its document and page, and lists what was not found', async () => {
    renderReview();
    const title = await screen.findByRole('textbox', { name: 'Titel' });
    expect(title).toHaveValue('Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål');
    const proposal = title.closest('.letter-proposal') as HTMLElement;
    expect(proposal.querySelector('mark')).toHaveTextContent('Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål');
    expect(within(proposal).getByText('Ur Remissbrev.docx')).toBeInTheDocument();
    const goalTwo = screen.getByRole('textbox', { name: 'Mål 2: titel' }).closest('.letter-proposal') as HTMLElement;
    expect(within(goalTwo).getByText('Ur Bilaga 1.pdf, s. 3')).toBeInTheDocument();

    const missing = screen.getByRole('region', { name: 'Hittades inte' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Sista svarsdag (datum)', 'Övergripande frågor']);
    for (const name of ['Remissen', 'Svar och sista svarsdag', 'Kontakter och stöd', 'Bilagor', 'Mål'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
  });

  it('creates with one proposal edited and one dropped, by keyboard alone', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderReview();
    const title = await screen.findByRole('textbox', { name: 'Titel' });
    await user.click(title);
    await user.keyboard('{Control>}a{/Control}Remiss om ambitionsnivåer');
    // From the title's field, Tab goes on to the next proposal's "Ta med", and Space drops it.
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Ta med diarienummer' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Ta med diarienummer' })).not.toBeChecked();
    screen.getByRole('button', { name: 'Skapa remisspaket' }).focus();
    await user.keyboard('{Enter}');

    expect(onCreate).toHaveBeenCalledTimes(1);
    const { reading, bilagaNumbers } = onCreate.mock.calls[0]![0];
    expect(reading.title).toMatchObject({ value: 'Remiss om ambitionsnivåer', included: true });
    expect(reading.caseNumber).toMatchObject({ value: 'KS 2019/160', included: false });
    expect(reading.issuer).toMatchObject({ value: 'Kommunledningskontoret', included: true });
    expect(bilagaNumbers).toEqual([1]);
  });

  it('names every control, and refuses a date that is no date until it is corrected', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderReview();
    for (const name of [
      'Ta med titel',
      'Ta med svarsadress 1',
      'Ta med kontakt 1',
      'Ta med mål 1',
      'Ta med mål 1: ambitionsnivå',
      'Ta med mål 1, fråga 1',
    ])
      expect(await screen.findByRole('checkbox', { name })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Svarsadress 1: ojusterat protokoll' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Svarsadress 1: justerat protokoll' })).not.toBeChecked();
    const date = screen.getByRole('textbox', { name: 'Datum' });
    await user.clear(date);
    await user.type(date, '30 juni');
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Rätta de markerade fälten innan paketet skapas.');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('ÅÅÅÅ-MM-DD') as unknown as string);
    expect(onCreate).not.toHaveBeenCalled();
    await user.clear(date);
    await user.type(date, '2020-06-30');
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket' }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the letter sets out no goals, and still lets the user create or cancel', async () => {
    const user = userEvent.setup();
    const { onCreate, onCancel } = renderReview([{ fileName: 'brev.docx', blocks: blocksOf(letterWithoutGoals()) }]);
    expect(
      await screen.findByText(
        'Brevet och bilagorna anger inga mål. Du kan skapa paketet ändå och skriva målen i redigeraren, eller avbryta.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket' }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });
});

describe('starting a package from the letter on the packages screen', () => {
  it('refuses a file that is no PDF though it is named one, and stores nothing', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const files = recordingFiles({
      openFile: async () => ({ outcome: 'opened', fileName: 'Remissbrev.pdf', bytes: new TextEncoder().encode('inte en pdf') }),
    });
    renderWithApp(<PackagesScreen />, database, files);
    await screen.findByRole('heading', { level: 3 });
    const before = await dumpDatabase(database);
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket från brev …' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Filen kunde inte läsas' });
    expect(dialog).toHaveTextContent(
      'Remissbrev.pdf är varken ett PDF- eller ett Word-dokument (.docx), vad filnamnet än säger. Inget har sparats.',
    );
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('refuses a damaged Word document, and stores nothing', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const damaged = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document><w:body>') });
    const files = recordingFiles({ openFile: async () => ({ outcome: 'opened', fileName: 'Remissbrev.docx', bytes: damaged }) });
    renderWithApp(<PackagesScreen />, database, files);
    await screen.findByRole('heading', { level: 3 });
    const before = await dumpDatabase(database);
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket från brev …' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Filen kunde inte läsas' });
    expect(dialog).toHaveTextContent('Remissbrev.docx verkar vara skadad och kunde inte läsas. Inget har sparats.');
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('reads a Word letter, creates the package with the letter as its document and opens the editor', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const bytes = await letterDocx(seedLetter());
    const files = recordingFiles({ openFile: async () => ({ outcome: 'opened', fileName: 'Remissbrev.docx', bytes }) });
    renderWithApp(<PackagesScreen />, database, files);
    await user.click(await screen.findByRole('button', { name: 'Skapa remisspaket från brev …' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Remisspaket från brev' })).toBeInTheDocument();
    expect(screen.getByText('Brevet: Remissbrev.docx')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Läs brevet' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Ta med kontakt 1' }));
    await user.click(screen.getByRole('button', { name: 'Skapa remisspaket' }));

    await waitFor(() => expect(useNavigation.getState().route).toEqual({ screen: 'packageEditor', packageId: 'ks-2019-160' }));
    const stored = await database.packages.get('ks-2019-160');
    expect(stored).toMatchObject({
      origin: 'created',
      content: {
        caseNumber: 'KS 2019/160',
        contacts: [],
        documents: [{ role: 'letter', fileName: 'Remissbrev.docx', size: bytes.byteLength }],
      },
    });
    const row = await database.documentFiles.get(['ks-2019-160', stored!.content.documents[0]!.id]);
    expect(Array.from(row!.bytes)).toEqual(Array.from(bytes));
  });
});
