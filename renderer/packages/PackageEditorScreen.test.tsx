import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import { messagesFor } from '../../shared/i18n/messages';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { parsePackageData, serializePackageData } from '../../shared/remiss/packageFile';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { LiveRegion } from '../app/LiveRegion';
import { duplicatePackage } from '../data/packages';
import { PackageEditorScreen } from './PackageEditorScreen';

const saved = { timeout: 8000 };
// The editor holds a whole package (some 300 controls), which jsdom draws slowly: queries are scoped to a section.
const setUpUser = () => userEvent.setup({ pointerEventsCheck: 0 });

/** A copy of the example to edit; `small` keeps one goal without questions, for tests elsewhere in the package. */
async function openCopy({ small = false } = {}) {
  const database = createTestDatabase();
  const copy = await duplicatePackage(database, examplePackage.id, (title) => `${title} (kopia)`);
  if (small)
    await database.packages.update(copy.id, { content: { ...copy.content, goals: [{ ...copy.content.goals[0]!, questions: [] }] } });
  const view = renderWithApp(
    <>
      <PackageEditorScreen packageId={copy.id} />
      <LiveRegion />
    </>,
    database,
  );
  await screen.findByRole('heading', { level: 1, name: /^Redigera:/ });
  const stored = async () => (await database.packages.get(copy.id))!.content;
  return { ...view, id: copy.id, stored };
}

/** The editor's section for one goal, found by its heading as a screen-reader user would. */
function goalSection(number: number): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: new RegExp(`^Mål ${number}:`) }).closest('section')!;
}

/** Moves through a row of a reorder list with Tab, as a keyboard user does, and presses Enter on the named button. */
async function pressInRow(user: ReturnType<typeof userEvent.setup>, row: HTMLElement, name: string) {
  act(() => row.focus());
  for (let step = 0; step < 4 && document.activeElement?.getAttribute('aria-label') !== name; step += 1) await user.tab();
  expect(document.activeElement).toHaveAttribute('aria-label', name);
  await user.keyboard('{Enter}');
}

// Finding a control by role in that many takes seconds; with other suites running on a 2-core machine a test of a few
// edits took over 30 s. The limit is for a hang, not a measure of speed (that is `npm run bench`).
describe('the package editor', { timeout: 90_000 }, () => {
  it('saves a goal’s new title by itself, shortly after typing stops', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const title = within(goalSection(3)).getByLabelText('Mål 3: Titel');
    await user.clear(title);
    await user.type(title, 'Kultur');
    await waitFor(async () => expect((await stored()).goals[2]!.title).toBe('Kultur'), saved);
    expect(screen.getByText('Alla ändringar är sparade.')).toBeInTheDocument();
  });

  it('shows in Swedish, beside the field, that a goal has no title, and still keeps what was typed', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const title = within(goalSection(2)).getByLabelText('Mål 2: Titel');
    await user.clear(title);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(expect.stringContaining('titel är tom'));
    expect(within(screen.getByRole('region', { name: 'Att rätta' })).getByText('Mål 2: titel är tom')).toBeInTheDocument();
    await waitFor(async () => expect((await stored()).goals[1]!.title).toBe(''), saved);
  });

  it('names, beside an answer route, an address that is not an e-mail address, and keeps it as typed', async () => {
    const user = setUpUser();
    const { stored } = await openCopy({ small: true });
    const routes = screen.getByRole('heading', { level: 2, name: 'Svarsvägar' }).closest('section')!;
    const field = within(routes).getByLabelText('Svarsväg 2: E-postadresser');
    await user.clear(field);
    await user.paste('kommunstyrelsen@vaggeryd.se\nregistrator vaggeryd.se');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Adress 2 är ingen giltig e-postadress: ”registrator vaggeryd.se”'));
    await waitFor(
      async () => expect((await stored()).routes[1]!.addresses).toEqual(['kommunstyrelsen@vaggeryd.se', 'registrator vaggeryd.se']),
      saved,
    );
    await user.clear(field);
    await user.paste('registrator@vaggeryd.se');
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
  });

  it('adds a remissinstans with its kind and secretary, and a route that sends only the answer file once adjusted', async () => {
    const user = setUpUser();
    const { stored } = await openCopy({ small: true });
    const respondents = screen.getByRole('heading', { level: 2, name: 'Remissinstanser' }).closest('section')!;
    await user.click(within(respondents).getByRole('button', { name: 'Lägg till remissinstans' }));
    await user.click(within(respondents).getByLabelText('Remissinstans 8: Namn'));
    await user.paste('Tekniska nämnden');
    await user.click(within(respondents).getByLabelText('Remissinstans 8: Sekreterarens e-postadress'));
    await user.paste('teknik@vaggeryd.se');
    await user.click(within(respondents).getByRole('button', { name: /Remissinstans 8: Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Utskott' }));
    const routes = screen.getByRole('heading', { level: 2, name: 'Svarsvägar' }).closest('section')!;
    await user.click(within(routes).getByRole('button', { name: 'Lägg till svarsväg' }));
    await user.click(within(routes).getByLabelText('Svarsväg 3: Mottagare'));
    await user.paste('Strategiavdelningen');
    await user.click(within(routes).getByLabelText('Svarsväg 3: E-postadresser'));
    await user.paste('strategi@vaggeryd.se');
    const sends = within(routes).getByRole('group', { name: 'Svarsväg 3: Skickas' });
    await user.click(within(sends).getByRole('checkbox', { name: 'Protokollsbilagan (PDF)' }));
    const statuses = within(routes).getByRole('group', { name: 'Svarsväg 3: För' });
    await user.click(within(statuses).getByRole('checkbox', { name: 'Ojusterat protokoll' }));
    await waitFor(async () => {
      const content = await stored();
      expect(content.respondents.at(-1)).toMatchObject({ name: 'Tekniska nämnden', kind: 'utskott', email: 'teknik@vaggeryd.se' });
      expect(content.respondents.at(-1)!.id).toMatch(/^remissinstans-/);
      expect(content.routes.at(-1)).toMatchObject({
        recipient: 'Strategiavdelningen',
        addresses: ['strategi@vaggeryd.se'],
        sends: ['answerFile'],
        statuses: ['justerat'],
      });
    }, saved);
  });

  it('adds a question to a goal, with its kind', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const section = goalSection(1);
    await user.click(within(section).getByRole('button', { name: 'Lägg till fråga – Mål 1, Frågor för den fördjupade dialogen' }));
    await user.type(within(section).getByLabelText('Fråga 7: Frågans text'), 'Kostnad?');
    await waitFor(async () => {
      const questions = (await stored()).goals[0]!.questions;
      expect(questions).toHaveLength(7);
      expect(questions[6]).toMatchObject({ kind: 'other', text: 'Kostnad?' });
    }, saved);
  });

  it('moves a goal down by keyboard, renumbering goals that simply count, and tells the screen reader', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const order = screen.getByRole('grid', { name: 'Ordning: Mål' });
    await pressInRow(user, within(order).getAllByRole('row')[0]!, `Flytta ner: Mål 1: ${examplePackage.goals[0]!.title}`);
    await waitFor(async () => {
      const goals = (await stored()).goals;
      expect(goals.map((goal) => goal.id)).toEqual(['mal-2', 'mal-1', 'mal-3', 'mal-4']);
      expect(goals.map((goal) => goal.number)).toEqual([1, 2, 3, 4]);
    }, saved);
    expect(screen.getByRole('status')).toHaveTextContent('ligger nu på plats 2 av 4.');
  });

  it('moves a question up by keyboard', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const order = screen.getByRole('grid', { name: 'Ordning: Frågor för den övergripande dialogen' });
    const second = examplePackage.generalQuestions[1]!;
    await pressInRow(user, within(order).getAllByRole('row')[1]!, `Flytta upp: ${second.text}`);
    await waitFor(
      async () => expect((await stored()).generalQuestions.map((q) => q.id).slice(0, 2)).toEqual([second.id, 'overgripande-q1']),
      saved,
    );
  });

  it('links a goal to a global goal of Agenda 2030 and unlinks another', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const group = within(goalSection(2)).getByRole('group', { name: 'Mål 2: Koppling till Agenda 2030' });
    await user.click(within(group).getByRole('checkbox', { name: '13 Bekämpa klimatförändringarna' }));
    await user.click(within(group).getByRole('checkbox', { name: '4 God utbildning för alla' }));
    await waitFor(async () => expect((await stored()).goals[1]!.agenda2030).toEqual([4, 13]), saved);
    await user.click(within(group).getByRole('checkbox', { name: '4 God utbildning för alla' }));
    await waitFor(async () => expect((await stored()).goals[1]!.agenda2030).toEqual([13]), saved);
    expect(within(group).getByRole('checkbox', { name: '13 Bekämpa klimatförändringarna' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: '4 God utbildning för alla' })).not.toBeChecked();
  });

  it('removes a goal only after the user confirms it', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    await user.click(within(goalSection(4)).getByRole('button', { name: 'Ta bort mål 4' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Ta bort mål 4?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(goalSection(4)).toBeInTheDocument();

    await user.click(within(goalSection(4)).getByRole('button', { name: 'Ta bort mål 4' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Ta bort mål 4?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort målet' }));
    await waitFor(async () => expect((await stored()).goals.map((goal) => goal.id)).toEqual(['mal-1', 'mal-2', 'mal-3']), saved);
  });

  it('lets the strategy office say its copy is no longer an example', async () => {
    const user = setUpUser();
    const { stored } = await openCopy();
    const details = screen.getByRole('heading', { level: 2, name: 'Uppgifter' }).closest('section')!;
    const flag = within(details).getByRole('checkbox', { name: /^Exempel – texterna är en illustration/ });
    expect(flag).toBeChecked();
    await user.click(flag);
    await waitFor(async () => expect((await stored()).isExample).toBe(false), saved);
  });

  it('edits the letter’s details: the deadline in its words, a contact, the support and the plans; the file reads them back', async () => {
    const user = setUpUser();
    const { stored } = await openCopy({ small: true });
    const section = screen.getByRole('heading', { level: 2, name: 'Svarstid, kontakter och stöd' }).closest('section')!;
    const words = within(section).getByLabelText('Svarstid med remissens ord');
    await user.clear(words);
    await user.type(words, 'Senast efter oktober månads nämnd.');
    // By keyboard: the removed contact's button goes, and focus lands on the add button, where Enter adds a new one.
    act(() => within(section).getByRole('button', { name: 'Ta bort kontaktperson 1' }).focus());
    await user.keyboard('{Enter}');
    expect(within(section).getByRole('button', { name: 'Lägg till kontaktperson' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const contact = within(section).getByRole('group', { name: 'Kontaktperson 1' });
    await user.type(within(contact).getByLabelText('Kontaktperson 1: Namn'), 'Anna Berg');
    await user.type(within(contact).getByLabelText('Kontaktperson 1: Roll'), 'Verksamhetsutvecklare');
    await user.type(within(contact).getByLabelText('Kontaktperson 1: Telefonnummer'), '0370-678 00');
    await user.type(within(contact).getByLabelText('Kontaktperson 1: Vad frågorna gäller'), 'Bokning av stöd');
    const plans = within(section).getByLabelText('Planer som målen hänger ihop med');
    await user.click(plans);
    await user.keyboard('{Control>}{End}{/Control}{Enter}Folkhälsoplanen');
    await waitFor(async () => {
      const content = await stored();
      expect(content.deadlineText).toBe('Senast efter oktober månads nämnd.');
      expect(content.contacts).toEqual([
        {
          id: expect.stringMatching(/^kontakt-/),
          name: 'Anna Berg',
          role: 'Verksamhetsutvecklare',
          email: null,
          phone: '0370-678 00',
          about: 'Bokning av stöd',
        },
      ]);
      expect(content.relatedPlans).toEqual([...examplePackage.relatedPlans, 'Folkhälsoplanen']);
      expect(content.support).toEqual(examplePackage.support);
    }, saved);
    // What the editor saved is what the file carries: exported and imported, the package equals itself.
    const content = await stored();
    expect(parsePackageData(new TextEncoder().encode(serializePackageData(content)))).toEqual({ ok: true, package: content });
  });

  it('refuses a contact no one can reach, in the importer’s words', async () => {
    const user = setUpUser();
    const { stored } = await openCopy({ small: true });
    const section = screen.getByRole('heading', { level: 2, name: 'Svarstid, kontakter och stöd' }).closest('section')!;
    await user.click(within(section).getByRole('button', { name: 'Lägg till kontaktperson' }));
    await user.type(within(section).getByLabelText('Kontaktperson 2: Roll'), 'Kommunsekreterare');
    const name = within(section).getByLabelText('Kontaktperson 2: Namn');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(async () => expect((await stored()).contacts).toHaveLength(2), saved);
    const imported = parsePackageData(new TextEncoder().encode(serializePackageData(await stored())));
    expect(imported.ok).toBe(false);
    const importerWords = imported.ok ? [] : imported.issues.map((issue) => packageFileIssueMessage(messagesFor('sv'), issue));
    expect(importerWords).toEqual(['Kontaktperson 2: namn är tom']);
    expect(within(screen.getByRole('region', { name: 'Att rätta' })).getByText(importerWords[0]!)).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('namn är tom'));
    await user.type(within(section).getByLabelText('Kontaktperson 2: E-postadress'), 'sekreterare@vaggeryd.se');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
  });

  it('does not let the built-in example be edited, offering a copy instead', async () => {
    renderWithApp(<PackageEditorScreen packageId={examplePackage.id} />);
    expect(await screen.findByText('Exempelpaketet är inbyggt och kan inte ändras. Gör en kopia och redigera kopian.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('does not let a package a meeting is held on be edited, offering a copy to edit instead', async () => {
    const user = setUpUser();
    const database = createTestDatabase();
    const copy = await duplicatePackage(database, examplePackage.id, (title) => `${title} (kopia)`);
    await database.meetings.add({
      ...createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date()),
      packageId: copy.id,
    });
    renderWithApp(<PackageEditorScreen packageId={copy.id} />, database);
    expect(await screen.findByText(/^Paketet används av 1 möte och kan inte ändras/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gör en kopia' }));
    await waitFor(async () => expect(await database.packages.count()).toBe(3));
  });

  it('writes the last keystrokes when the editor is left before the pause', async () => {
    const user = setUpUser();
    const { stored, unmount } = await openCopy();
    const details = screen.getByRole('heading', { level: 2, name: 'Uppgifter' }).closest('section')!;
    await user.type(within(details).getByLabelText('Vision'), ' Nu.');
    unmount();
    await waitFor(async () => expect((await stored()).vision).toBe(`${examplePackage.vision} Nu.`), saved);
  });
});
