import { bilingual } from '../bilingual';

/**
 * What the letter says beyond its goals: the deadline in its own words, where the answer goes per protocol status,
 * whom to ask, the support offered and the plans the goals tie to. Shown in the package's editor and page, in the
 * meeting's introduction and in the strategy office's send-out.
 */
export const letterDetailsText = bilingual(
  {
    editorTitle: 'Svarstid, kontakter och stöd',
    editorIntro:
      'Det remissen säger utöver målen: när svaret ska lämnas, vem nämnderna kan fråga, vilket stöd som erbjuds och vilka ' +
      'planer målen hänger ihop med. Skriv med remissens egna ord.',
    deadlineText: 'Svarstid med remissens ord',
    deadlineTextHint: 'Till exempel ”senast efter september månads nämnd”. Får vara tom.',
    contactsTitle: 'Kontaktpersoner',
    noContacts: 'Inga kontaktpersoner.',
    contact: (n: number) => `Kontaktperson ${n}`,
    contactName: 'Namn',
    contactNameHint: 'Lämna tomt om remissen bara anger en adress.',
    contactRole: 'Roll',
    contactEmail: 'E-postadress',
    contactPhone: 'Telefonnummer',
    contactAbout: 'Vad frågorna gäller',
    addContact: 'Lägg till kontaktperson',
    removeContact: (n: number) => `Ta bort kontaktperson ${n}`,
    support: 'Stöd som erbjuds',
    supportHint: 'Ett erbjudande per rad, med remissens ord.',
    relatedPlans: 'Planer som målen hänger ihop med',
    relatedPlansHint: 'En plan eller ett program per rad.',
    // The reader's words: the package page and the meeting's introduction.
    deadline: 'Svarstid',
    deadlineDate: (date: string) => `Sista svarsdag ${date}`,
    answerRoutes: 'Svaret skickas',
    statusLabels: { ojusterat: 'Ojusterat protokoll', justerat: 'Justerat protokollsbeslut' },
    routeStatusLine: (status: string, routes: string) => `${status}: ${routes}`,
    routeTo: (sends: string, recipient: string, addresses: string) =>
      `${sends} till ${[recipient, addresses].filter((part) => part !== '').join(', ')}`,
    contacts: 'Kontakt',
    phone: (number: string) => `tfn ${number}`,
    supportOffered: 'Stöd',
    plans: 'Planer som målen hänger ihop med',
    introductionDetails: 'Svarstid, svarsvägar och kontakt',
    // The send-out: a paragraph per group, each only when the package fills it.
    mailContacts: 'Frågor om remissen:',
    mailLine: (line: string) => `– ${line}`,
  },
  {
    editorTitle: 'Deadline, contacts and support',
    editorIntro:
      'What the letter says beyond its goals: when the answer is due, whom the boards can ask, what support is offered and ' +
      'which plans the goals tie to. Use the letter’s own words.',
    deadlineText: 'Deadline in the letter’s words',
    deadlineTextHint: 'For example “after the board’s September meeting at the latest”. May be empty.',
    contactsTitle: 'Contacts',
    noContacts: 'No contacts.',
    contact: (n: number) => `Contact ${n}`,
    contactName: 'Name',
    contactNameHint: 'Leave empty when the letter gives only an address.',
    contactRole: 'Role',
    contactEmail: 'E-mail address',
    contactPhone: 'Phone number',
    contactAbout: 'What to ask about',
    addContact: 'Add contact',
    removeContact: (n: number) => `Remove contact ${n}`,
    support: 'Support offered',
    supportHint: 'One offer per line, in the letter’s words.',
    relatedPlans: 'Plans the goals tie to',
    relatedPlansHint: 'One plan or programme per line.',
    deadline: 'Deadline',
    deadlineDate: (date: string) => `Due on ${date}`,
    answerRoutes: 'Where the answer goes',
    statusLabels: { ojusterat: 'Unadjusted minutes', justerat: 'Adjusted decision' },
    routeStatusLine: (status: string, routes: string) => `${status}: ${routes}`,
    routeTo: (sends: string, recipient: string, addresses: string) =>
      `${sends} to ${[recipient, addresses].filter((part) => part !== '').join(', ')}`,
    contacts: 'Contact',
    phone: (number: string) => `phone ${number}`,
    supportOffered: 'Support',
    plans: 'Plans the goals tie to',
    introductionDetails: 'Deadline, answer routes and contact',
    mailContacts: 'Questions about the consultation:',
    mailLine: (line: string) => `– ${line}`,
  },
);
