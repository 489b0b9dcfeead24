import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { bodyProfile } from '../../tests/support/factories';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { testDisk } from '../../tests/support/testDisk';
import { MeetingScreen } from './MeetingScreen';

async function setup() {
  const user = userEvent.setup();
  const meeting = createMeeting({ bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15' }, 'm-1', new Date('2020-08-01T08:00:00Z'));
  const rendered = renderWithApp(<MeetingScreen meetingId="m-1" />);
  await rendered.database.meetings.add(meeting);
  await screen.findByRole('heading', { level: 1, name: 'Barn- och utbildningsnämnden – Förberedelse' });
  return { user, ...rendered };
}

/** Types a date into the preparation's date control, segment by segment, as on the start screen. */
async function typeDate(user: ReturnType<typeof userEvent.setup>, digits: string) {
  const group = screen.getByRole('group', { name: 'Datum för sammanträdet' });
  await user.click(within(group).getAllByRole('spinbutton')[0]!);
  await user.keyboard(digits);
}

describe('the meeting’s preparation', () => {
  it('says in Swedish what is wrong, and stores nothing', async () => {
    const { user, database } = await setup();
    await user.clear(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }));
    await typeDate(user, '20200230');
    await user.type(screen.getByRole('textbox', { name: 'Paragraf (§)' }), 'fyrtiofem');
    await user.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));

    expect(await screen.findByText('Ange nämndens eller styrelsens namn.')).toBeInTheDocument();
    expect(screen.getByText('2020-02-30 finns inte i kalendern. Ange ett datum som finns.')).toBeInTheDocument();
    expect(screen.getByText('Ange paragrafen som ett nummer, till exempel 45.')).toBeInTheDocument();
    expect(screen.getByText('Ange deltagarens namn.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' })).toHaveAttribute('aria-invalid', 'true');
    expect(await database.meetings.get('m-1')).toMatchObject({ bodyName: 'Barn- och utbildningsnämnden', paragraph: '', participants: [] });
  });

  it('keeps the board’s own dnr, tidied, and refuses one longer than 40 characters, keeping the stored one', async () => {
    const { user, database } = await setup();
    const dnr = screen.getByRole('textbox', { name: 'Eget dnr' });
    await user.type(dnr, '  BUN  2020/45 ');
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    await waitFor(async () => expect((await database.meetings.get('m-1'))?.ownCaseNumber).toBe('BUN 2020/45'));

    await user.clear(dnr);
    await user.type(dnr, 'B'.repeat(41));
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    expect(await screen.findByText('Diarienumret får vara högst 40 tecken.')).toBeInTheDocument();
    expect(dnr).toHaveAttribute('aria-invalid', 'true');
    expect((await database.meetings.get('m-1'))?.ownCaseNumber).toBe('BUN 2020/45');
  });

  it('keeps the participants with their roles and starts the meeting on the example package', async () => {
    const { user, database } = await setup();
    await user.type(screen.getByRole('textbox', { name: 'Paragraf (§)' }), '§ 45');
    await user.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn 1' }), 'Anna Berg');
    await user.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn 2' }), 'Bo Ek');
    await user.click(screen.getByRole('checkbox', { name: 'Närvarande 2' }));
    await user.click(screen.getByRole('button', { name: 'Starta mötet' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Inledning' })).toBeInTheDocument();
    const meeting = await database.meetings.get('m-1');
    // The remissinstans is suggested from the body's name; the answer file will carry its id.
    expect(meeting).toMatchObject({
      status: 'inProgress',
      paragraph: '45',
      packageId: 'vaggeryd-ks-2019-160-remiss-2',
      respondentId: 'barn-och-utbildningsnamnden',
    });
    expect(meeting?.participants.map(({ name, role, present }) => ({ name, role, present }))).toEqual([
      { name: 'Anna Berg', role: 'ordforande', present: true },
      { name: 'Bo Ek', role: 'ledamot', present: false },
    ]);
    expect(await database.sessions.get('m-1')).toMatchObject({ currentStepId: 'introduction', focusGoalIds: [] });
  });

  it('lets the secretary choose another remissinstans, or none in the package’s list', async () => {
    const { user, database } = await setup();
    // The package's list of remissinstanser arrives from a live query after the heading.
    const choice = await screen.findByRole('button', { name: /Svarar för remissinstans/ });
    expect(choice).toHaveTextContent('Barn- och utbildningsnämnden');
    await user.click(choice);
    await user.click(await screen.findByRole('option', { name: 'Socialnämnden' }));
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    await waitFor(async () => expect((await database.meetings.get('m-1'))?.respondentId).toBe('socialnamnden'));
    await user.click(screen.getByRole('button', { name: /Svarar för remissinstans/ }));
    await user.click(await screen.findByRole('option', { name: 'Ingen i remisspaketets lista' }));
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    await waitFor(async () => expect((await database.meetings.get('m-1'))?.respondentId).toBeNull());
  });

  it('suggests the focus goals from the chosen body profile’s own goals', async () => {
    const { user, database } = await setup();
    const body = bodyProfile('Kultur- och fritidsnämnden', [[3], [4, 3]]);
    await database.bodies.add(body);
    await user.click(screen.getByRole('button', { name: /^Ingen profil – skriv namnet/ }));
    await user.click(await screen.findByRole('option', { name: 'Kultur- och fritidsnämnden' }));
    expect(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' })).toHaveValue('Kultur- och fritidsnämnden');
    await user.click(screen.getByRole('button', { name: 'Starta mötet' }));

    await screen.findByRole('heading', { level: 2, name: 'Inledning' });
    expect(await database.sessions.get('m-1')).toMatchObject({ focusGoalIds: ['mal-3', 'mal-4'] });
    expect(await database.meetings.get('m-1')).toMatchObject({ bodyId: body.id, bodyName: 'Kultur- och fritidsnämnden' });
  });

  it('keeps what was typed and says so when the database refuses the write', async () => {
    const { user, database } = await setup();
    const disk = testDisk(database);
    disk.fill();
    await user.type(screen.getByRole('textbox', { name: 'Plats' }), 'Kommunhuset');
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Förberedelsen kunde inte sparas.');
    expect(screen.getByRole('textbox', { name: 'Plats' })).toHaveValue('Kommunhuset');
    disk.free();
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await database.meetings.get('m-1')).toMatchObject({ place: 'Kommunhuset' });
  });

  it('fetches the members from the body profile, with party and role, warns when the board is not quorate, and assigns justerare', async () => {
    const { user, database } = await setup();
    const body = {
      ...bodyProfile('Socialnämnden', []),
      memberCount: 5,
      members: [
        { id: 'r1', name: 'Anna Berg', party: 'S', role: 'ordforande' as const },
        { id: 'r2', name: 'Bo Ek', party: 'M', role: 'ledamot' as const },
        { id: 'r3', name: 'Cia Dahl', party: 'V', role: 'ledamot' as const },
        { id: 'r4', name: 'Dan Ström', party: 'L', role: 'ersattare' as const },
      ],
    };
    await database.bodies.add(body);
    await user.click(screen.getByRole('button', { name: /^Ingen profil – skriv namnet/ }));
    await user.click(await screen.findByRole('option', { name: 'Socialnämnden' }));
    expect(screen.getByRole('textbox', { name: 'Antal ledamöter i nämnden' })).toHaveValue('5');
    await user.click(screen.getByRole('button', { name: 'Hämta ledamöter från nämndprofilen' }));
    expect(screen.getByRole('textbox', { name: 'Namn 4' })).toHaveValue('Dan Ström');
    expect(screen.getByRole('textbox', { name: 'Parti 2' })).toHaveValue('M');
    expect(screen.getByText('3 av 5 deltar i besluten (ledamöter och tjänstgörande ersättare).')).toBeInTheDocument();

    // Cia Dahl is away: two of five is not more than half. Her substitute serves in her place, and the board may decide.
    await user.click(screen.getByRole('checkbox', { name: 'Närvarande 3' }));
    expect(await screen.findByText(/^Varning: nämnden är inte beslutsför\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Tjänstgör 4' }));
    await user.click(screen.getByRole('button', { name: /^Ingen angiven/ }));
    await user.click(await screen.findByRole('option', { name: 'Cia Dahl (V)' }));
    expect(await screen.findByText('3 av 5 deltar i besluten (ledamöter och tjänstgörande ersättare).')).toBeInTheDocument();

    const justerare = screen.getByRole('group', { name: 'Utses att justera (en eller två)' });
    await user.click(within(justerare).getByRole('checkbox', { name: 'Bo Ek (M)' }));
    const justeringDate = screen.getByRole('group', { name: 'Dag för justering' });
    await user.click(within(justeringDate).getAllByRole('spinbutton')[0]!);
    await user.keyboard('20201015');
    expect(await screen.findByText(/^Varning: justeringen ligger mer än 14 dagar efter sammanträdet\./)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Klockslag (TT:MM)' }), '15.00');
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));

    await waitFor(async () => expect((await database.meetings.get('m-1'))?.justering.time).toBe('15:00'));
    const meeting = await database.meetings.get('m-1');
    const dan = meeting?.participants.find((p) => p.name === 'Dan Ström');
    expect(dan).toMatchObject({ party: 'L', role: 'ersattare', serving: true, servesFor: meeting?.participants[2]?.id });
    expect(meeting).toMatchObject({ memberCount: 5, justering: { date: '2020-10-15', justerareIds: [meeting?.participants[1]?.id] } });
  }, 60_000);

  it('uses the same date control as the start screen, and asks before it moves the meeting years away', async () => {
    const { user, database } = await setup();
    const meetingDate = screen.getByRole('group', { name: 'Datum för sammanträdet' });
    expect(within(meetingDate).getByRole('button', { name: /^Visa kalender/ })).toBeInTheDocument();
    // The day of justering planned here is the same control.
    expect(
      within(screen.getByRole('group', { name: 'Dag för justering' })).getByRole('button', { name: /^Visa kalender/ }),
    ).toBeInTheDocument();
    await typeDate(user, '21990915');
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    const question = await screen.findByRole('alertdialog', { name: 'Är datumet rätt?' });
    expect(question).toHaveTextContent('2199-09-15 ligger mer än två år från i dag.');
    await user.click(within(question).getByRole('button', { name: 'Ja, datumet är rätt' }));
    await waitFor(async () => expect(await database.meetings.get('m-1')).toMatchObject({ date: '2199-09-15' }));
  });

  it('refuses a participant name longer than a protocol can hold, and stores nothing', async () => {
    const { user, database } = await setup();
    await user.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    await user.click(screen.getByRole('textbox', { name: 'Namn 1' }));
    await user.paste('Anna '.repeat(30));
    await user.click(screen.getByRole('button', { name: 'Spara förberedelsen' }));
    expect(await screen.findByText('Namnet får vara högst 100 tecken.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Namn 1' })).toHaveValue('Anna '.repeat(30));
    expect((await database.meetings.get('m-1'))?.participants).toEqual([]);
  });
});
