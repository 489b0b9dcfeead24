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
  },
  {
    leave: 'Leave meeting mode',
    tools: 'Meeting tools',
    settings: 'Settings',
    projectorState: (state: string) => `Projector: ${state}`,
    setupTitle: 'Preparation',
    close: 'Close',
    goalMaterial: 'About the goal',
  },
);
