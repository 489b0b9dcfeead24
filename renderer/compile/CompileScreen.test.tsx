import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answerFileToJson } from '../../shared/attachment/answerFile';
import { fixtureAnswer, fixtureAnswerFiles } from '../../tests/fixtures/exampleAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { importAnswerFiles } from '../data/answers';
import { useAnnouncer } from '../stores/announcer';
import { CompileScreen } from './CompileScreen';

const encoder = new TextEncoder();

/**
 * A database whose example package lists no remissinstanser, so the numbered fixture bodies' answers are compiled as
 * they come; matching answers to a package's list is tested in the round's own tests.
 */
const compilePackage = { ...examplePackage, respondents: [] };

async function createCompileDatabase() {
  const database = createTestDatabase();
  await database.packages.update(examplePackage.id, { content: compilePackage });
  return database;
}

async function databaseWith40Answers() {
  const database = await createCompileDatabase();
  const files = await fixtureAnswerFiles(40, { pkg: compilePackage });
  await importAnswerFiles(
    database,
    examplePackage.id,
    files.map(({ fileName, text }) => ({ fileName, bytes: encoder.encode(text) })),
  );
  return database;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')));

describe('the compile screen', () => {
  it('shows each goal’s distribution as a named chart with exact counts and shares beside it', async () => {
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, await databaseWith40Answers());
    const table = await screen.findByRole('table', { name: 'Bedömningar av mål 1' });
    expect(rowsOf(table)).toEqual([
      ['Bedömning', 'Antal', 'Andel'],
      ['1 – Bör sänkas tydligt', '6', '15,0 %'],
      ['2 – Bör sänkas något', '6', '15,0 %'],
      ['3 – Lagom', '6', '15,0 %'],
      ['4 – Bör höjas något', '6', '15,0 %'],
      ['5 – Bör höjas tydligt', '6', '15,0 %'],
      ['Ingen bedömning', '5', '12,5 %'],
      ['Ej bedömt', '5', '12,5 %'],
      ['Summa', '40', '100,0 %'],
    ]);
    const chart = screen.getByRole('img', { name: /^Fördelning av bedömningar för mål 1:/ });
    expect(chart.getAttribute('aria-label')?.replace(/\s/g, ' ')).toContain('Ingen bedömning 5 (12,5 %)');
    expect(screen.getByText('40 av 40 svar visas.')).toBeInTheDocument();
    expect(
      screen.getByText('Remisspaketet anger inga remissinstanser. Lägg till dem i remisspaketet för att följa vem som har svarat.', {
        selector: '#compile-missing ~ p',
      }),
    ).toBeInTheDocument();
    const matrix = screen.getByRole('table', { name: 'Bedömningar per nämnd och mål' });
    expect(rowsOf(matrix)).toContainEqual(['Område 0s nämnd', 'Justerat', 'Bör sänkas tydligt', 'Bör höjas något', 'Ej bedömt', 'Lagom']);
    expect(screen.getAllByText(/^Reservation av Örjan Ärlig \(M\)/)).toHaveLength(4);
  });

  it('filters by kind of body and by status, and saves the shown ratings as CSV for Excel', async () => {
    const user = userEvent.setup();
    const { bridge } = renderWithApp(<CompileScreen packageId={examplePackage.id} />, await databaseWith40Answers());
    await screen.findByRole('table', { name: 'Bedömningar av mål 1' });
    await user.click(screen.getByRole('checkbox', { name: 'Nämnder' }));
    await user.click(screen.getByRole('checkbox', { name: 'Styrelser' }));
    await user.click(screen.getByRole('checkbox', { name: 'Övriga' }));
    expect(screen.getByText('10 av 40 svar visas.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ojusterat' }));
    expect(screen.getByText('2 av 40 svar visas.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara bedömningar som CSV …' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('Bedömningar KS 2019-160.csv');
    const csv = new TextDecoder().decode(request.bytes);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 2 * 4);
    expect(csv).toContain('"Område 10 Fastigheter AB";"justerat"');

    await user.click(screen.getByRole('button', { name: 'Spara rapport som Word …' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(2));
    expect(bridge.saveFile.mock.calls[1]![0].suggestedName).toBe('Sammanställning av svar KS 2019-160.docx');
    await waitFor(() => expect(useAnnouncer.getState().message).toBe('Rapporten är sparad som Sammanställning av svar KS 2019-160.docx.'));
  });

  it('imports several files at once and tells about each: added, duplicate, foreign, malformed and a conflict to resolve', async () => {
    const user = userEvent.setup();
    const [first, second] = await fixtureAnswerFiles(2, { pkg: compilePackage });
    const [conflicting] = await fixtureAnswerFiles(1, { pkg: compilePackage, commentText: 'Ett annat svar.' });
    const [foreign] = await fixtureAnswerFiles(1, { pkg: { ...compilePackage, id: 'annan-remiss', caseNumber: 'KS 2021/9' } });
    const { container, database } = renderWithApp(<CompileScreen packageId={examplePackage.id} />, await createCompileDatabase());
    await screen.findByText('Inga svar är importerade ännu.');
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

    await user.upload(input, [
      asFile('a.msvar', first!.text),
      asFile('b.msvar', second!.text),
      asFile('c.msvar', foreign!.text),
      asFile('d.msvar', '{"format"'),
    ]);
    const results = await screen.findByRole('region', { name: 'Senaste import' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'a.msvar: svaret från Område 0s nämnd är tillagt.',
      'b.msvar: svaret från Område 1s styrelse är tillagt.',
      'c.msvar: svaret gäller ett annat remisspaket (KS 2021/9 Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål) och lades inte till.',
      'd.msvar: Filen är inte giltig JSON – den kan vara avkortad eller skadad.',
    ]);
    expect(await database.answers.count()).toBe(2);

    await user.upload(input, [asFile('a igen.msvar', first!.text), asFile('e.msvar', conflicting!.text)]);
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Senaste import', hidden: true }))
          .getAllByRole('listitem', { hidden: true })
          .map((item) => item.textContent),
      ).toEqual([
        'a igen.msvar: samma svar från Område 0s nämnd finns redan. Inget ändrades.',
        'e.msvar: ett annat svar från Område 0s nämnd för samma möte finns redan. Det nya är sparat men räknas inte förrän du valt vilket som gäller.',
      ]),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Två olika svar från samma möte' });
    expect(dialog).toHaveTextContent('Sparat: a.msvar (Justerat)');
    await user.click(within(dialog).getByRole('button', { name: 'Använd det nya svaret' }));
    await waitFor(async () =>
      expect((await database.answers.toArray()).map((answer) => answer.fileName).sort()).toEqual(['b.msvar', 'e.msvar']),
    );
  });

  it('shows what differs in a conflict, and Escape leaves it waiting, uncounted, through a reload', async () => {
    const user = userEvent.setup();
    const [first] = await fixtureAnswerFiles(1, { pkg: compilePackage });
    const [conflicting] = await fixtureAnswerFiles(1, { pkg: compilePackage, commentText: 'Ett annat svar.' });
    const database = await createCompileDatabase();
    await importAnswerFiles(database, examplePackage.id, [{ fileName: 'a.msvar', bytes: encoder.encode(first!.text) }]);
    const view = renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    await screen.findByRole('table', { name: 'Bedömningar av mål 1' });
    await user.upload(view.container.querySelector<HTMLInputElement>('input[type=file]')!, [
      new File([conflicting!.text], 'e.msvar', { type: 'application/json' }),
    ]);

    const dialog = await screen.findByRole('alertdialog', { name: 'Två olika svar från samma möte' });
    const differences = within(dialog).getByRole('table', { name: 'Det som skiljer svaren åt' });
    const goal1 = examplePackage.goals[0]!;
    expect(rowsOf(differences)).toEqual([
      ['Del', 'Sparat svar', 'Nytt svar'],
      [
        `Mål 1: ${goal1.title}`,
        'Bör sänkas tydligtOmråde 0s nämnd om mål 1: vi ställer oss bakom, “så klart”; öåä.',
        'Bör sänkas tydligtEtt annat svar.',
      ],
      [
        `Mål 3: ${examplePackage.goals[2]!.title}`,
        'Ej bedömtOmråde 0s nämnd om mål 3: vi ställer oss bakom, “så klart”; öåä.',
        'Ej bedömtEtt annat svar.',
      ],
    ]);
    expect(dialog).toHaveTextContent('2 mål är lika i båda svaren.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await database.answers.count()).toBe(2);
    expect(screen.getByText('1 av 1 svar visas.')).toBeInTheDocument();

    view.unmount();
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    const attention = await screen.findByRole('region', { name: 'Svar som behöver uppmärksamhet' });
    expect(attention).toHaveTextContent('Ett annat svar från samma möte (e.msvar) väntar på ditt val och räknas inte.');
    await user.click(within(attention).getByRole('button', { name: 'Jämför och välj svar från Område 0s nämnd …' }));
    const reopened = await screen.findByRole('alertdialog', { name: 'Två olika svar från samma möte' });
    await user.click(within(reopened).getByRole('button', { name: 'Behåll det sparade svaret' }));
    await waitFor(async () => expect((await database.answers.toArray()).map((answer) => answer.fileName)).toEqual(['a.msvar']));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Svar som behöver uppmärksamhet' })).toBeNull());
  });

  it('marks an answer to another version of the package in the import, the attention list and the matrix', async () => {
    const user = userEvent.setup();
    const extra = { ...examplePackage.goals[0]!, id: 'mal-5', number: 5, title: 'En plats för framtidens energi' };
    const older = await fixtureAnswer(1, { pkg: { ...compilePackage, goals: [...examplePackage.goals, extra] } });
    const { container } = renderWithApp(<CompileScreen packageId={examplePackage.id} />, await createCompileDatabase());
    await screen.findByText('Inga svar är importerade ännu.');
    await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, [
      new File([answerFileToJson(older)], 'gammal.msvar', { type: 'application/json' }),
    ]);
    const results = await screen.findByRole('region', { name: 'Senaste import' });
    expect(within(results).getByRole('listitem')).toHaveTextContent(
      'gammal.msvar: svaret från Område 1s styrelse är tillagt. Svaret gäller en annan version av remisspaketet. ' +
        'Paketet har inte dessa mål som svaret tar upp: mål 5 ”En plats för framtidens energi”.',
    );
    const attention = await screen.findByRole('region', { name: 'Svar som behöver uppmärksamhet' });
    expect(attention).toHaveTextContent(
      'Område 1s styrelse, sammanträdet 15 september 2020 (gammal.msvar): Svaret gäller en annan version',
    );
    const matrix = screen.getByRole('table', { name: 'Bedömningar per nämnd och mål' });
    expect(within(matrix).getByRole('rowheader')).toHaveTextContent('Område 1s styrelse (annan version av paketet)');
  });

  it('warns when a body answered at two meetings and counts only the answer the user chooses, after a reload too', async () => {
    const user = userEvent.setup();
    const database = await createCompileDatabase();
    const august = await fixtureAnswer(0, { pkg: compilePackage, meeting: { id: 'aug', date: '2020-08-20' } });
    const september = await fixtureAnswer(0, { pkg: compilePackage, meeting: { id: 'sep', date: '2020-09-15' } });
    await importAnswerFiles(database, examplePackage.id, [
      { fileName: 'augusti.msvar', bytes: encoder.encode(answerFileToJson(august)) },
      { fileName: 'september.msvar', bytes: encoder.encode(answerFileToJson(september)) },
    ]);
    const view = renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    const choice = await screen.findByRole('radiogroup', {
      name: 'Område 0s nämnd har svarat vid flera sammanträden. Vilket svar ska räknas?',
    });
    expect(choice).toHaveAccessibleDescription('Alla 2 svar räknas nu, så nämnden räknas flera gånger. Välj ett.');
    expect(screen.getByText('2 av 2 svar visas.')).toBeInTheDocument();

    await user.click(within(choice).getByRole('radio', { name: '15 september 2020 (Justerat), september.msvar' }));
    await screen.findByText('1 av 1 svar visas.');
    expect(choice).toHaveAccessibleDescription('De andra svaren är sparade men räknas inte och kommer inte med i rapporten.');
    expect(await database.answers.count()).toBe(2);

    view.unmount();
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    const again = await screen.findByRole('radiogroup', { name: /^Område 0s nämnd har svarat/ });
    expect(within(again).getByRole('radio', { name: /september\.msvar$/ })).toBeChecked();
    expect(screen.getByText('1 av 1 svar visas.')).toBeInTheDocument();
  });

  it('filters committees and presidiums by the kind the answer file carries', async () => {
    const user = userEvent.setup();
    const database = await createCompileDatabase();
    const answers = [
      await fixtureAnswer(0, { pkg: compilePackage, bodyKind: 'namnd', meetingForm: 'utskott' }),
      await fixtureAnswer(1, { pkg: compilePackage, bodyKind: 'styrelse', meetingForm: 'presidium' }),
      await fixtureAnswer(3, { pkg: compilePackage, bodyKind: 'utskott' }),
    ];
    await importAnswerFiles(
      database,
      examplePackage.id,
      answers.map((answer, index) => ({ fileName: `${index}.msvar`, bytes: encoder.encode(answerFileToJson(answer)) })),
    );
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    await screen.findByText('3 av 3 svar visas.');
    await user.click(screen.getByRole('checkbox', { name: 'Utskott' }));
    expect(screen.getByText('1 av 3 svar visas.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Presidier' }));
    expect(screen.getByText('0 av 3 svar visas.')).toBeInTheDocument();
  });

  it('refuses a file beyond the size limit by its size alone, naming it, and imports the others', async () => {
    const user = userEvent.setup();
    const [first, second] = await fixtureAnswerFiles(2, { pkg: compilePackage });
    const { container, database } = renderWithApp(<CompileScreen packageId={examplePackage.id} />, await createCompileDatabase());
    await screen.findByText('Inga svar är importerade ännu.');
    // A valid answer that says it is 6 MB: only a check of the size before reading can refuse it.
    const huge = new File([first!.text], 'film.msvar', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');

    await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, [
      huge,
      new File([second!.text], 'b.msvar', { type: 'application/json' }),
    ]);
    const results = await screen.findByRole('region', { name: 'Senaste import' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'film.msvar: Filen är för stor för att vara en svarsfil (högst 5 MB).',
      'b.msvar: svaret från Område 1s styrelse är tillagt.',
    ]);
    expect(read.mock.calls.map(([blob]) => (blob as File).name)).toEqual(['b.msvar']);
    expect((await database.answers.toArray()).map((answer) => answer.fileName)).toEqual(['b.msvar']);
    read.mockRestore();
  });

  it('names a goal in a refused answer by the package goal it answers when its number is lost', async () => {
    const user = userEvent.setup();
    const [first] = await fixtureAnswerFiles(1, { pkg: compilePackage });
    const answer = JSON.parse(first!.text) as { goals: { goalId: string; number: unknown; comment: string | null }[] };
    // Goal 3's entry, first in the file and with its number garbled: only the package can name it.
    const [third] = answer.goals.splice(2, 1);
    answer.goals.unshift({ ...third!, number: 'tre' });
    const { container } = renderWithApp(<CompileScreen packageId={examplePackage.id} />, await createCompileDatabase());
    await screen.findByText('Inga svar är importerade ännu.');
    await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, [
      new File([JSON.stringify(answer)], 'trasig.msvar', { type: 'application/json' }),
    ]);
    const results = await screen.findByRole('region', { name: 'Senaste import' });
    expect(within(results).getByRole('listitem')).toHaveTextContent('trasig.msvar: Mål 3: målets nummer har fel typ.');
  });
});
