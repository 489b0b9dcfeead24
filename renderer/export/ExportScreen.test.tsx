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

async function typeAdjustmentDate(user: ReturnType<typeof userEvent.setup>, digits: string) {
  const group = screen.getByRole('group', { name: 'Justeringsdatum' });
  await user.click(within(group).getAllByRole('spinbutton')[0]!);
  await user.keyboard(digits);
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

  it('names the characters no PDF font has before anything is saved, and not the emoji a fallback font draws', async () => {
    const { saved } = await openScreen({ agreedTexts: { 'mal-1': 'Tumme 👍🏽, हिन्दी och kinesiska 中文 och 中.' } });
    expect(
      screen.getByText('PDF-filen saknar typsnitt för 中 文 och visar dem som �. Word- och textfilerna innehåller dem som de är skrivna.'),
    ).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('warns of no missing characters when every font has them', async () => {
    await openScreen({ agreedTexts: { 'mal-1': 'Tumme 👍🏽 och ሰላም.' } });
    expect(screen.getByRole('button', { name: /^Spara PDF/ })).toBeInTheDocument();
    expect(screen.queryByText(/PDF-filen saknar typsnitt/)).not.toBeInTheDocument();
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
    expect(within(preview).queryByText('Anna-Karin Öberg (S), ordförande')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Ta med närvarande i bilagan' }));
    expect(within(preview).getByText('Anna-Karin Öberg (S), ordförande')).toBeInTheDocument();
    expect(within(preview).getByText('Per Nilsson (KD), tjänstgörande ersättare för Karin Holm (KD)')).toBeInTheDocument();
  });

  it('walks the protocol’s path from held to adjusted, refusing a bad adjustment, and freezes the content', async () => {
    const { user, database, example } = await openScreen({ status: 'inProgress' });
    expect(screen.getByRole('button', { name: 'Spara Text för e-post' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Markera mötet som genomfört (ojusterat)' }));
    await screen.findByRole('heading', { name: 'Justering' });
    expect(screen.getByRole('button', { name: 'Spara Text för e-post' })).toBeEnabled();

    // The time set at the meeting is offered, with when it must be announced and when the appeal period ends.
    expect(screen.getByRole('group', { name: 'Justeringsdatum' })).toHaveTextContent('2020-09-22');
    expect(screen.getByText('Justering sker 2020-09-22 kl. 15.00 i Kommunhuset, Vaggeryd.')).toBeInTheDocument();
    expect(screen.getByText('Justeringen ska tillkännages på kommunens anslagstavla senast 2020-09-24.')).toBeInTheDocument();
    expect(
      screen.getByText('Överklagandetiden går ut 2020-10-15, tre veckor från tillkännagivandet om det sker 2020-09-24.'),
    ).toBeInTheDocument();
    await typeAdjustmentDate(user, '20201001');
    expect(await screen.findByText(/^Varning: justeringen ska ske senast 14 dagar efter sammanträdet/)).toBeInTheDocument();

    const justerare = screen.getByRole('group', { name: 'Utses att justera (en eller två)' });
    await user.click(within(justerare).getByRole('checkbox', { name: 'Jan Ek (M)' }));
    await user.click(within(justerare).getByRole('checkbox', { name: "Siobhán O'Connor (V)" }));
    await typeAdjustmentDate(user, '20200901');
    await user.click(screen.getByRole('button', { name: 'Markera som justerat' }));
    expect(await screen.findByText('Justeringen kan inte ske före sammanträdet.')).toBeInTheDocument();
    expect(screen.getByText('Utse minst en justerare.')).toBeInTheDocument();
    expect((await database.meetings.get(example.meeting.id))?.status).toBe('held');

    await user.click(within(justerare).getByRole('checkbox', { name: 'Jan Ek (M)' }));
    await typeAdjustmentDate(user, '20200922');
    await user.click(screen.getByRole('button', { name: 'Markera som justerat' }));
    // The seed's date lies years back: the form asks before it is used.
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Är datumet rätt?' })).getByRole('button', { name: 'Ja, datumet är rätt' }),
    );
    expect(await screen.findByText('Protokollet är justerat: kommentarer och reservationer är låsta.')).toBeInTheDocument();
    const stored = await database.meetings.get(example.meeting.id);
    expect(stored).toMatchObject({
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'], chair: 'Anna-Karin Öberg' },
    });
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    expect(within(preview).getByText('Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justeraren Jan Ek.')).toBeInTheDocument();
    expect(within(preview).queryByText(/OJUSTERAT/)).toBeNull();
    expect(within(preview).getByText(/ · JUSTERAT$/)).toBeInTheDocument();
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
    // The profile's kind reaches the protocol's words too: a committee's beslutsgång speaks of "utskottet".
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    await within(preview).findByText(/och finner att utskottet beslutar enligt utkastet\.$/);
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
    // Each note says where it was written, not only when.
    expect(notes).toContain(' · Fördjupad dialog: mål 2 · Mål 2: Vaggeryds kommun ska vara en plats med hög sysselsättning');
    expect(notes).not.toContain('Bilaga 1 till §\u00a045');
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
    // No route to Kommunstyrelsen for the unadjusted protocol (its dnr stands in the attachment's preview, rightly).
    expect(screen.queryByRole('link', { name: /Kommunstyrelsen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kommunstyrelsen/ })).not.toBeInTheDocument();

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

  it('saves the paragraph for the protocol system, and the extract only once the protocol is adjusted', async () => {
    const { user, saved, database, example } = await openScreen();
    const extract = screen.getByRole('button', { name: 'Spara Protokollsutdrag (PDF/A)' });
    expect(extract).toBeDisabled();
    expect(screen.getByText('Protokollsutdraget kan tas fram när protokollet är justerat.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara Paragrafen för protokollet (text)' }));
    await screen.findByText(/^Sparat: .*Paragraf.*\.txt$/);
    expect(saved[0]?.suggestedName).toBe(
      '2020-09-15 Barn- och utbildningsnämnden § 45 Paragraf – Svar på intern remiss KS 2019-160 (ojusterat).txt',
    );
    const text = new TextDecoder().decode(saved[0]?.bytes);
    expect(text.startsWith('§\u00a045 Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål\n')).toBe(true);
    expect(text).toContain('Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.');
    const log = await screen.findByRole('table', { name: 'Exportlogg' });
    await waitFor(() => expect(within(log).getByText('Paragrafen för protokollet (text)')).toBeInTheDocument());

    await database.meetings.update(example.meeting.id, {
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'], chair: 'Anna-Karin Öberg' },
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Spara Protokollsutdrag (PDF/A)' })).toBeEnabled());
  });

  it('keeps a justering message in place until its field is right, so the button does not move under the pointer', async () => {
    const { user } = await openScreen();
    const justerare = screen.getByRole('group', { name: 'Utses att justera (en eller två)' });
    await user.click(within(justerare).getByRole('checkbox', { name: 'Jan Ek (M)' }));
    await user.click(within(justerare).getByRole('checkbox', { name: "Siobhán O'Connor (V)" }));
    await waitFor(() => expect(within(justerare).getByRole('checkbox', { name: "Siobhán O'Connor (V)" })).not.toBeChecked());
    await typeAdjustmentDate(user, '20200901');
    await user.click(screen.getByRole('button', { name: 'Markera som justerat' }));
    expect(await screen.findByText('Utse minst en justerare.')).toBeInTheDocument();
    expect(screen.getByText('Justeringen kan inte ske före sammanträdet.')).toBeInTheDocument();
    // Leaving a field is no correction: the messages and the layout stay as they were.
    await user.tab();
    expect(screen.getByText('Utse minst en justerare.')).toBeInTheDocument();
    await user.click(within(justerare).getByRole('checkbox', { name: 'Jan Ek (M)' }));
    await waitFor(() => expect(screen.queryByText('Utse minst en justerare.')).not.toBeInTheDocument());
    expect(screen.getByText('Justeringen kan inte ske före sammanträdet.')).toBeInTheDocument();
    await typeAdjustmentDate(user, '20200922');
    await waitFor(() => expect(screen.queryByText('Justeringen kan inte ske före sammanträdet.')).not.toBeInTheDocument());
  });

  it('clears the last saved unadjusted file from the export box once the protocol is adjusted', async () => {
    const { user, database, example } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Spara Text för e-post' }));
    await screen.findByText(/^Sparat: .*\(ojusterat\)\.txt$/);
    await database.meetings.update(example.meeting.id, {
      status: 'adjusted',
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'], chair: 'Anna-Karin Öberg' },
    });
    await screen.findByText('Protokollet är justerat: kommentarer och reservationer är låsta.');
    expect(screen.queryByText(/^Sparat: .*\(ojusterat\)/)).not.toBeInTheDocument();
  });

  it('asks before marking the meeting held while comments are not agreed, naming how many goals lack one', async () => {
    const { user, database, example } = await openScreen({ status: 'inProgress' });
    await database.comments.update(`${example.meeting.id}:mal-3`, { agreedText: null, agreedAt: null });
    await database.comments.update(`${example.meeting.id}:mal-4`, { agreedText: null, agreedAt: null });
    await user.click(screen.getByRole('button', { name: 'Markera mötet som genomfört (ojusterat)' }));
    const question = await screen.findByRole('alertdialog', { name: 'Markera mötet som genomfört?' });
    expect(question).toHaveTextContent('2 av 4 mål saknar överenskommen kommentar.');
    await user.click(within(question).getByRole('button', { name: 'Tillbaka till mötet' }));
    expect((await database.meetings.get(example.meeting.id))?.status).toBe('inProgress');

    await user.click(screen.getByRole('button', { name: 'Markera mötet som genomfört (ojusterat)' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Markera som genomfört' }));
    await waitFor(async () => expect((await database.meetings.get(example.meeting.id))?.status).toBe('held'));
  });

  it('shows a 20,000-character comment in the preview by its beginning, and in full when asked', async () => {
    const long = `Början av en mycket lång kommentar. ${'Nämnden vill följa upp målet noga. '.repeat(600)}Slutet.`;
    const { user } = await openScreen({ agreedTexts: { 'mal-1': long } });
    const preview = screen.getByRole('article', { name: 'Förhandsvisning av bilagan' });
    expect(preview).toHaveTextContent('Början av en mycket lång kommentar.');
    expect(preview).not.toHaveTextContent('Slutet.');
    const more = within(preview).getByRole('button', { name: /^Visa hela texten \(21\s043 tecken\)$/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(preview).toHaveTextContent('Slutet.');
    expect(within(preview).getByRole('button', { name: 'Visa bara början' })).toHaveAttribute('aria-expanded', 'true');
  });
});
