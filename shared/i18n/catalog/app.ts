import type { Language } from '../language';
import { bilingual } from '../bilingual';

export const appText = bilingual(
  {
    name: 'Målsamtal',
    tagline: 'Dialog om kommunfullmäktiges mål – offline i sammanträdesrummet',
    skipToContent: 'Hoppa till innehållet',
    navigation: 'Huvudmeny',
    sections: { meetings: 'Möten', packages: 'Remisspaket', bodies: 'Nämnder och styrelser', backups: 'Säkerhetskopior' },
  },
  {
    name: 'Målsamtal',
    tagline: 'Dialogue on the municipal council’s goals – offline in the meeting room',
    skipToContent: 'Skip to content',
    navigation: 'Main menu',
    sections: { meetings: 'Meetings', packages: 'Consultation packages', bodies: 'Boards and committees', backups: 'Backups' },
  },
);

export const languageText = bilingual(
  { label: 'Språk', names: { sv: 'Svenska', en: 'English' } satisfies Record<Language, string> },
  { label: 'Language', names: { sv: 'Svenska', en: 'English' } },
);
