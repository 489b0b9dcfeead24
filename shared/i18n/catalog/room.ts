import { bilingual } from '../bilingual';

/** Room mode: the running meeting's own screen, with no app navigation, and the settings menu found on every screen. */
export const roomText = bilingual(
  {
    leave: 'Lämna mötesläget',
    tools: 'Mötets verktyg',
    settings: 'Inställningar',
    projectorState: (state: string) => `Projektor: ${state}`,
    setupTitle: 'Förberedelse',
    close: 'Stäng',
    goalMaterial: 'Om målet',
    heldTitle: 'Markera mötet som genomfört?',
    heldGoalsMissing: (missing: number, total: number) =>
      missing === 1 ? `1 av ${total} mål saknar överenskommen kommentar.` : `${missing} av ${total} mål saknar överenskommen kommentar.`,
    heldOverallMissing: 'Den övergripande kommentaren är inte överenskommen.',
    heldHint: 'Kommentarerna kan fortfarande ändras tills protokollet är justerat.',
    heldConfirm: 'Markera som genomfört',
    heldCancel: 'Tillbaka till mötet',
  },
  {
    leave: 'Leave meeting mode',
    tools: 'Meeting tools',
    settings: 'Settings',
    projectorState: (state: string) => `Projector: ${state}`,
    setupTitle: 'Preparation',
    close: 'Close',
    goalMaterial: 'About the goal',
    heldTitle: 'Mark the meeting as held?',
    heldGoalsMissing: (missing: number, total: number) =>
      missing === 1 ? `1 of ${total} goals has no agreed comment.` : `${missing} of ${total} goals have no agreed comment.`,
    heldOverallMissing: 'The overall comment is not agreed.',
    heldHint: 'The comments can still change until the minutes are adjusted.',
    heldConfirm: 'Mark as held',
    heldCancel: 'Back to the meeting',
  },
);
