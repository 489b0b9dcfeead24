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

  it('uses the same date control as the start screen, and asks before it moves the meeting years away', async () => {
    const { user, database } = await setup();
    expect(screen.getByRole('group', { name: 'Datum för sammanträdet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Visa kalender/ })).toBeInTheDocument();
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
