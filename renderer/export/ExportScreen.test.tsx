import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { safeMailtoLink } from '../../shared/attachment/mailto';
import { buildAttachmentModel } from '../../shared/attachment/attachmentModel';
import type { SaveFileRequest } from '../../shared/ipc/contract';
import { ipcContract } from '../../shared/ipc/contract';
import { answerLimits, parseAnswerFile } from '../../shared/attachment/answerFile';
import { seedHeldMeeting } from '../../tests/support/meetingFactory';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import type { MalsamtalDatabase } from '../data/db';
import { ExportScreen } from './ExportScreen';

function recordingBridge() {
  const saved: SaveFileRequest[] = [];
  const saveFile = vi.fn(async (request: SaveFileRequest) => {
    // The name as the shell validates it; the bytes cross realms in jsdom, so they are checked by content below.
    ipcContract.saveFile.request.shape.suggestedName.parse(request.suggestedName);
    saved.push(request);
    return { outcome: 'saved' as const, fileName: request.suggestedName };
  });
  return { saved, bridge: { saveFile } };
}

/** Seeds a held meeting, lets `prepare` change the database before the screen reads it, and opens the screen. */
async function openScreen(
  options: Parameters<typeof seedHeldMeeting>[1] = {},
  prepare: (database: MalsamtalDatabase, example: Awaited<ReturnType<typeof seedHeldMeeting>>) => Promise<unknown> = async () => {},
) {
  const database = createTestDatabase();
  const example = await seedHeldMeeting(database, options);
  await prepare(database, example);
  const { saved, bridge } = recordingBridge();
  const view = renderWithApp(<ExportScreen meetingId={example.meeting.id} />, database, bridge);
  await screen.findByRole('article', { name: 'Förhandsvisning av bilagan' });
  return { ...view, example, saved, user: userEvent.setup() };
}

describe('ExportScreen', () => {
  it('previews exactly the document model the files are written from, markup shown as typed', async () => {
    const hard = '<script>alert(1)</script> **fet** {{x}} שלום 😀';
    const { example } = await openScreen({ agreedTexts: { 'mal-1': hard } });
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    const model = buildAttachmentModel(example);
    const expected = [
      model.header,
      ...model.blocks.flatMap((block) =>
        block.kind === 'list'
          ? block.items
          : block.kind === 'table'
            ? [block.caption, ...block.columns, ...block.rows.flat()]
            : block.kind === 'chart'
              ? block.bars.map((bar) => `${bar.label}: ${bar.value}`)
              : [block.text],
      ),
    ];
    const shown = [...preview.querySelectorAll('p, h3, h4, li, caption, th, td')].map((element) => element.textContent);
    expect(shown).toEqual(expected);
    expect(within(preview).getByText(hard)).toBeInTheDocument();
    expect(preview.querySelector('script')).toBeNull();
    expect(within(preview).getByRole('table')).toBeInTheDocument();
  });

  it('warns before export when a comment has no agreed text', async () => {
    const database = createTestDatabase();
    const example = await seedHeldMeeting(database);
    await database.comments.update(`${example.meeting.id}:mal-3`, { agreedText: null, agreedAt: null });
    renderWithApp(<ExportScreen meetingId={example.meeting.id} />, database, recordingBridge().bridge);
    expect(
      await screen.findByText('1 kommentar saknar överenskommen text och står som ”Ingen överenskommen kommentar.” i bilagan.'),
    ).toBeInTheDocument();
  });

  it('adds those present to the preview only when asked', async () => {
    const { user } = await openScreen();
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    expect(within(preview).queryByText('Anna-Karin Öberg, ordförande')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Ta med närvarande i bilagan' }));
    expect(within(preview).getByText('Anna-Karin Öberg, ordförande')).toBeInTheDocument();
  });

  it('walks the protocol’s path from held to adjusted, refusing a bad adjustment, and freezes the content', async () => {
    const { user, database, example } = await openScreen({ status: 'inProgress' });
    expect(screen.getByRole('button', { name: 'Spara Text för e-post' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Markera mötet som genomfört (ojusterat)' }));
    await screen.findByRole('heading', { name: 'Justering' });
    expect(screen.getByRole('button', { name: 'Spara Text för e-post' })).toBeEnabled();

    await user.type(screen.getByRole('textbox', { name: /Justeringsdatum/ }), '2020-09-01');
    await user.click(screen.getByRole('button', { name: 'Markera som justerat' }));
    expect(await screen.findByText('Justeringen kan inte ske före sammanträdet.')).toBeInTheDocument();
    expect(screen.getByText('Ange minst en justerare.')).toBeInTheDocument();
    expect((await database.meetings.get(example.meeting.id))?.status).toBe('held');

    await user.clear(screen.getByRole('textbox', { name: /Justeringsdatum/ }));
    await user.type(screen.getByRole('textbox', { name: /Justeringsdatum/ }), '2020-09-22');
    await user.type(screen.getByRole('textbox', { name: /Justerare/ }), "Jan Ek{Enter}Siobhán O'Connor");
    await user.click(screen.getByRole('button', { name: 'Markera som justerat' }));
    expect(await screen.findByText('Protokollet är justerat: kommentarer och reservationer är låsta.')).toBeInTheDocument();
    const stored = await database.meetings.get(example.meeting.id);
    expect(stored).toMatchObject({
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"] },
    });
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    expect(within(preview).getByText("Justerat 22 september 2020 av Jan Ek och Siobhán O'Connor")).toBeInTheDocument();
    expect(within(preview).queryByText(/OJUSTERAT/)).toBeNull();
  });

  it('saves the text and the answer file under the protocol’s names, and the export log grows with each', async () => {
    const { user, saved, database, example } = await openScreen();
    expect(screen.getByText('Inget exporterat ännu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara Text för e-post' }));
    await screen.findByText(/^Sparat: .*\(ojusterat\)\.txt$/);
    await user.click(screen.getByRole('button', { name: 'Spara Svarsfil (JSON) till kommunledningskontoret' }));
    await screen.findByText(/^Sparat: .*Svarsfil.*\.msvar$/);

    expect(saved.map((request) => request.suggestedName)).toEqual([
      '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (ojusterat).txt',
      '2020-09-15 Barn- och utbildningsnämnden § 45 Svarsfil – Svar på intern remiss KS 2019-160 (ojusterat).msvar',
    ]);
    const text = new TextDecoder().decode(saved[0]?.bytes);
    expect(text).toContain('OJUSTERAT – protokollet är inte justerat');
    expect(text).not.toContain(example.notes[0]?.text);
    const answer = parseAnswerFile(new TextDecoder().decode(saved[1]?.bytes));
    expect(answer.ok && answer.value.goals.map((goal) => goal.rating?.label)).toEqual([
      'Lagom',
      'Bör höjas något',
      'Lagom',
      'Ingen bedömning',
    ]);

    const log = await screen.findByRole('table', { name: 'Exportlogg' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(3));
    expect(within(log).getAllByText('Ojusterat')).toHaveLength(2);
    expect(await database.exports.where('meetingId').equals(example.meeting.id).count()).toBe(2);
  });

  it('writes the kind from the meeting’s body profile into the answer file, so the office need not guess it', async () => {
    // The profile is in place before the screen opens: the click below must not race the screen's read of it.
    const { user, saved } = await openScreen({}, async (database, example) => {
      const at = '2020-09-01T08:00:00.000Z';
      await database.bodies.put({
        id: 'bun-au',
        name: 'Barn- och utbildningsnämnden',
        kind: 'utskott',
        ownGoals: [],
        createdAt: at,
        updatedAt: at,
      });
      await database.meetings.update(example.meeting.id, { bodyId: 'bun-au' });
    });
    await user.click(screen.getByRole('button', { name: 'Spara Svarsfil (JSON) till kommunledningskontoret' }));
    await screen.findByText(/^Sparat: .*Svarsfil.*\.msvar$/);
    const answer = parseAnswerFile(new TextDecoder().decode(saved[0]?.bytes));
    expect(answer.ok && answer.value.body).toEqual({
      id: 'bun-au',
      name: 'Barn- och utbildningsnämnden',
      kind: 'utskott',
      respondentId: 'barn-och-utbildningsnamnden',
    });
  });

  it('does not save an answer file the strategy office could not read, and says which text is too long', async () => {
    const { user, saved, database } = await openScreen({ agreedTexts: { 'mal-2': 'x'.repeat(answerLimits.longText + 1) } });
    await user.click(screen.getByRole('button', { name: 'Spara Svarsfil (JSON) till kommunledningskontoret' }));
    await screen.findByText(
      'Svarsfilen sparades inte: kommunledningskontoret skulle inte kunna läsa den. ' +
        `Mål 2: kommentaren är för lång (högst ${answerLimits.longText} tecken). Korta texten och spara igen.`,
    );
    expect(saved).toEqual([]);
    expect(await database.exports.count()).toBe(0);
  });

  it('exports the notes only on request, as their own document', async () => {
    const { user, saved } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Spara Anteckningar (separat dokument)' }));
    await screen.findByText(/^Sparat: .*Anteckningar.*\.txt$/);
    const notes = new TextDecoder().decode(saved[0]?.bytes);
    expect(notes).toContain('Hur mäts gymnasiebehörighet över tid?');
    expect(notes).not.toContain('Bilaga 1 till § 45');
  });

  it('offers no e-mail before the meeting is marked held, saying what to do first', async () => {
    const { database, example } = await openScreen();
    expect(screen.getByRole('button', { name: 'Spara e-post till Kommunledningskontoret (.eml) …' })).toBeInTheDocument();
    await database.meetings.update(example.meeting.id, { status: 'inProgress' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Spara e-post till Kommunledningskontoret (.eml) …' })).not.toBeInTheDocument(),
    );
    const send = screen.getByRole('region', { name: 'Skicka' });
    expect(send).toHaveTextContent('Markera mötet som genomfört innan bilagan skickas.');
  });

  it('offers e-mail along each route the package names for the status, with a plain-text fallback that names the files', async () => {
    const { user, saved, database, example } = await openScreen();
    const link = screen.getByRole('link', { name: 'Skriv e-post till Kommunledningskontoret utan filer' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('camilla.wallinkupferberg@vaggeryd.se');
    expect(url.searchParams.get('subject')).toBe(
      'Svar på intern remiss KS 2019/160 från Barn- och utbildningsnämnden – ojusterat protokoll',
    );
    expect(url.searchParams.get('body')).toContain('(ojusterat).pdf');
    // The strategy office compiles the answer file: the mail names it beside the attachment.
    expect(url.searchParams.get('body')).toContain('(ojusterat).msvar');
    // Electron rebuilds a link before the mail program sees it; ours passes unchanged.
    expect(safeMailtoLink(link.getAttribute('href')!)).toBe(link.getAttribute('href'));
    expect(screen.getByText(/bifoga dem för hand/)).toBeInTheDocument();
    expect(screen.queryByText(/Kommunstyrelsen/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara e-posten till Kommunledningskontoret som text …' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toBe('2020-09-15 Barn- och utbildningsnämnden – e-post till Kommunledningskontoret (ojusterat).txt');
    expect(await screen.findByText(`E-posten är sparad som ${saved[0]!.suggestedName}.`)).toBeInTheDocument();
    const text = new TextDecoder().decode(saved[0]!.bytes);
    expect(text).toMatch(/^Till: camilla\.wallinkupferberg@vaggeryd\.se\nÄmne: Svar på intern remiss KS 2019\/160/);
    expect(text).toContain('Protokollet är ännu inte justerat.');

    await database.meetings.update(example.meeting.id, {
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'] },
    });
    const adjusted = await screen.findByRole('link', { name: 'Skriv e-post till Kommunstyrelsen utan filer' });
    expect(decodeURIComponent(new URL(adjusted.getAttribute('href') ?? '').pathname)).toBe('kommunstyrelsen@vaggeryd.se');
    expect(new URL(adjusted.getAttribute('href') ?? '').searchParams.get('body')).toContain('Protokollet justerades 2020-09-22.');
  });

  it('deletes the raw notes from the app once the protocol is adjusted, keeping the comments and the export log', async () => {
    const held = await openScreen();
    expect(screen.queryByRole('button', { name: 'Radera anteckningarna …' })).not.toBeInTheDocument();
    expect(screen.getByText('När protokollet är justerat kan anteckningarna raderas från appen.')).toBeInTheDocument();
    held.unmount();

    const { user, database, example } = await openScreen({
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'] },
    });
    expect(example.notes.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Spara Svarsfil (JSON) till kommunledningskontoret' }));
    await waitFor(async () => expect(await database.exports.count()).toBe(1));
    const commentsBefore = await database.comments.where('meetingId').equals(example.meeting.id).toArray();

    await user.click(screen.getByRole('button', { name: 'Radera anteckningarna …' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Radera mötets anteckningar?' });
    // IndexedDB frees the disk only when the engine compacts its files: the text promises no more than that.
    expect(dialog).toHaveTextContent('Anteckningarna raderas från appen');
    expect(dialog).not.toHaveTextContent(/från datorn|kan inte återställas/);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await database.notes.where('meetingId').equals(example.meeting.id).count()).toBe(example.notes.length);

    await user.click(screen.getByRole('button', { name: 'Radera anteckningarna …' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Radera anteckningarna' }));
    await waitFor(async () => expect(await database.notes.where('meetingId').equals(example.meeting.id).count()).toBe(0));
    expect(await database.comments.where('meetingId').equals(example.meeting.id).toArray()).toEqual(commentsBefore);
    expect(await database.exports.count()).toBe(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Radera anteckningarna …' })).not.toBeInTheDocument());
  });

  it('says so when the meeting does not exist', async () => {
    renderWithApp(<ExportScreen meetingId="finns-inte" />);
    expect(await screen.findByText('Mötet finns inte.')).toBeInTheDocument();
  });
});
