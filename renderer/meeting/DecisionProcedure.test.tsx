import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { commentId } from '../../shared/domain/dialogue';
import { participant, storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { saveDraft, setRating } from '../data/meetingRoom';
import { MeetingScreen } from './MeetingScreen';

/** Goal 2's step with three members present, a draft rated 4 written. */
async function openGoal2() {
  const user = userEvent.setup();
  const database = createTestDatabase();
  const participants = [
    participant('Anna Berg', 'ordforande', true, { party: 'S' }),
    participant('Bo Ek', 'ledamot', true, { party: 'M' }),
    participant('Cia Dahl', 'ledamot', true, { party: 'V' }),
    participant('Dan Ström', 'sekreterare'),
  ];
  const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-2', focus: ['mal-2'], meeting: { participants } });
  await setRating(database, meeting.id, 'mal-2', { kind: 'step', value: 4 });
  await saveDraft(database, meeting.id, 'mal-2', 'Höj nivån.');
  renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
  const editor = await screen.findByRole('group', { name: 'Mål 2' });
  await within(editor).findByDisplayValue('Höj nivån.');
  // The beslutsgång is offered once the meeting itself has loaded, which may come a render after the draft.
  await within(editor).findByRole('button', { name: 'Beslutsgång' });
  return { user, database, meeting, editor };
}

describe('the beslutsgång in the goal’s comment area', () => {
  it('records two yrkanden, the chair’s proposition and an open vote by name, and locks the decided proposal', async () => {
    const { user, database, meeting, editor } = await openGoal2();
    await user.click(within(editor).getByRole('button', { name: 'Beslutsgång' }));

    const form = within(editor).getByRole('group', { name: 'Nytt yrkande – Mål 2' });
    await user.click(within(form).getByRole('button', { name: /Välj ledamot/ }));
    await user.click(await screen.findByRole('option', { name: 'Anna Berg (S)' }));
    await user.click(within(form).getByRole('button', { name: 'Lägg till yrkandet' }));
    await within(await within(editor).findByRole('list', { name: 'Yrkanden' })).findByText('Anna Berg (S)');

    await user.click(within(form).getByRole('button', { name: /Välj ledamot/ }));
    await user.click(await screen.findByRole('option', { name: 'Cia Dahl (V)' }));
    await user.click(within(form).getByRole('radio', { name: 'Eget förslag' }));
    await user.type(within(form).getByRole('textbox', { name: 'Förslagets lydelse av kommentaren' }), 'Behåll nivån.');
    await user.click(within(form).getByRole('button', { name: /Samma som utkastet/ }));
    await user.click(await screen.findByRole('option', { name: '3. Lagom' }));
    await user.click(within(form).getByRole('button', { name: 'Lägg till yrkandet' }));
    // The wording proposed can still be changed before the decision, written as it is typed.
    const wording = await within(editor).findByRole('textbox', { name: 'Förslagets lydelse – Cia Dahl (V)' });
    expect(wording).toHaveValue('Behåll nivån.');
    await user.type(wording, ' Det räcker.');

    await user.click(await within(editor).findByRole('radio', { name: 'Utkastet' }));
    await user.click(within(editor).getByRole('checkbox', { name: 'Omröstning begärs' }));
    const table = await within(editor).findByRole('table', { name: 'Omröstning' });
    // Keyboard-fast: each row is one radio group, Tab to the next, arrows within.
    await user.click(within(table).getByRole('radiogroup', { name: 'Röst – Anna Berg (S)' }).querySelector('input')!);
    await user.click(within(within(table).getByRole('radiogroup', { name: 'Röst – Bo Ek (M)' })).getByRole('radio', { name: 'Nej' }));
    await user.click(within(within(table).getByRole('radiogroup', { name: 'Röst – Cia Dahl (V)' })).getByRole('radio', { name: 'Nej' }));
    expect(await within(editor).findByText('Ja: 1 · Nej: 2 · Avstår: 0')).toBeInTheDocument();

    await user.click(within(editor).getByRole('button', { name: 'Besluta och lås enligt beslutsgången' }));
    await within(editor).findByRole('heading', { name: 'Överenskommen text' });
    expect(await database.comments.get(commentId(meeting.id, 'mal-2'))).toMatchObject({
      agreedText: 'Behåll nivån. Det räcker.',
      rating: { kind: 'step', value: 3 },
    });
    expect(
      within(editor).getByText('Med 1 ja-röst mot 2 nej-röster beslutar nämnden enligt Cia Dahls (V) yrkande.', { exact: false }),
    ).toBeInTheDocument();
  }, 60_000);

  it('says why it cannot decide: the chair’s finding missing, a vote incomplete', async () => {
    const { user, editor } = await openGoal2();
    await user.click(within(editor).getByRole('button', { name: 'Beslutsgång' }));
    const form = within(editor).getByRole('group', { name: 'Nytt yrkande – Mål 2' });
    await user.click(within(form).getByRole('button', { name: /Välj ledamot/ }));
    await user.click(await screen.findByRole('option', { name: 'Bo Ek (M)' }));
    await user.click(within(form).getByRole('radio', { name: 'Eget förslag' }));
    await user.click(within(form).getByRole('button', { name: /Samma som utkastet/ }));
    await user.click(await screen.findByRole('option', { name: '5. Bör höjas tydligt' }));
    await user.click(within(form).getByRole('button', { name: 'Lägg till yrkandet' }));

    // With a yrkande on the table, "unanimous" is no longer offered.
    await waitFor(() => expect(within(editor).queryByRole('button', { name: 'Markera som enig och lås' })).not.toBeInTheDocument());
    await user.click(within(editor).getByRole('button', { name: 'Besluta och lås enligt beslutsgången' }));
    expect(await within(editor).findByText('Ange vilket förslag ordföranden finner att nämnden beslutar enligt.')).toBeInTheDocument();

    await user.click(within(editor).getByRole('radio', { name: 'Yrkandet från Bo Ek (M)' }));
    await user.click(within(editor).getByRole('checkbox', { name: 'Omröstning begärs' }));
    await within(editor).findByRole('table', { name: 'Omröstning' });
    await user.click(within(editor).getByRole('button', { name: 'Besluta och lås enligt beslutsgången' }));
    expect(await within(editor).findByText('Alla som deltar i beslutet måste ha röstat ja, nej eller avstår.')).toBeInTheDocument();

    // Withdrawn, the yrkande leaves the table and the protocol.
    await user.click(within(editor).getByRole('button', { name: 'Markera yrkandet från Bo Ek (M) som tillbakadraget' }));
    expect(await within(editor).findByText('Tillbakadraget – tas inte med i protokollet.')).toBeInTheDocument();
    await waitFor(() => expect(within(editor).queryByRole('table', { name: 'Omröstning' })).not.toBeInTheDocument());
  }, 60_000);
});
