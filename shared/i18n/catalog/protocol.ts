import type { DecidingKind } from '../../decision/decidingKinds';
import type { DissentKind, ParticipantRole } from '../../domain/dialogue';
import { bilingual } from '../bilingual';

/** "5 ja-röster", "1 ja-röst". */
const svVotes = (count: number, word: 'ja' | 'nej') => `${count} ${word}-${count === 1 ? 'röst' : 'röster'}`;
const enVotes = (count: number) => `${count} ${count === 1 ? 'vote' : 'votes'}`;

/**
 * The protocol's own sentences: the beslutsgång, reservations and statements, justering, the paragraph and the
 * extract. Written as Swedish municipal protocols write them (see docs/glossary.md); English for the English export.
 */
export const protocolText = bilingual(
  {
    and: 'och',
    /** The Swedish genitive: no extra s after s, x or z. */
    genitive: (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`),
    definite: {
      namnd: 'nämnden',
      styrelse: 'styrelsen',
      utskott: 'utskottet',
      beredning: 'beredningen',
      presidium: 'presidiet',
      ledning: 'ledningsgruppen',
    } satisfies Record<DecidingKind, string>,
    decisionSentence: (body: string, attachmentNumber: string) =>
      `${body} beslutar att lämna kommentarer enligt bilaga ${attachmentNumber || '1'} som svar på remissen.`,
    goal: (number: number) => `mål ${number}`,
    wholeDecision: 'hela beslutet',
    draftProposal: (overall: boolean): string => (overall ? 'den övergripande kommentaren enligt utkastet' : 'kommentaren enligt utkastet'),
    draftShort: 'utkastet',
    yrkandeOf: (personGenitive: string) => `${personGenitive} yrkande`,
    yrkarBifall: (person: string, draft: string) => `${person} yrkar bifall till ${draft}.`,
    yrkarText: (person: string, body: string, text: string) => `${person} yrkar att ${body} lämnar följande kommentar: ”${text}”`,
    yrkarRating: (person: string, body: string, rating: string) => `${person} yrkar att ${body} gör bedömningen ”${rating}”.`,
    yrkarNoAssessment: (person: string, body: string) => `${person} yrkar att ${body} inte gör någon bedömning.`,
    yrkarRatingAndText: (person: string, body: string, rating: string, text: string) =>
      `${person} yrkar att ${body} gör bedömningen ”${rating}” och lämnar följande kommentar: ”${text}”`,
    yrkarNoAssessmentAndText: (person: string, body: string, text: string) =>
      `${person} yrkar att ${body} inte gör någon bedömning och lämnar följande kommentar: ”${text}”`,
    singleProposition: (body: string, proposal: string) =>
      `Ordföranden frågar om ${body} kan besluta enligt ${proposal} och finner att så sker.`,
    proposition: (proposals: string, body: string, found: string) =>
      `Ordföranden ställer proposition på ${proposals} och finner att ${body} beslutar enligt ${found}.`,
    voteHeld: (ja: string, nej: string) =>
      `Omröstning begärs och genomförs. Ja-röst för bifall till ${ja}, nej-röst för bifall till ${nej}.`,
    votingJa: (names: string) => `Följande röstar ja: ${names}.`,
    votingNej: (names: string) => `Följande röstar nej: ${names}.`,
    abstaining: (names: string) => `Följande avstår från att rösta: ${names}.`,
    voteResult: (ja: number, nej: number, body: string, winner: string) =>
      `Med ${svVotes(ja, 'ja')} mot ${svVotes(nej, 'nej')} beslutar ${body} enligt ${winner}.`,
    tieResult: (count: number, body: string, winner: string) =>
      `Omröstningen ger ${svVotes(count, 'ja')} mot ${svVotes(count, 'nej')}. Vid lika röstetal har ordföranden utslagsröst, och ${body} beslutar enligt ${winner}.`,
    // Swedish verbs do not change with the number of persons; English does.
    notTakingPart: (names: string, _many: boolean) => `${names} deltar inte i beslutet.`,
    reservation: (person: string, subject: string | null, forOwnYrkande: boolean) =>
      `${person} reserverar sig mot beslutet${subject ? ` om ${subject}` : ''}${forOwnYrkande ? ' till förmån för eget yrkande' : ''}.`,
    statementAsked: (kind: 'sarskiltYttrande' | 'protokollsanteckning', person: string, subject: string | null) =>
      kind === 'sarskiltYttrande'
        ? `${person} begär att få lämna ett särskilt yttrande${subject ? ` i fråga om ${subject}` : ''}.`
        : `${person} begär att få göra en protokollsanteckning${subject ? ` i fråga om ${subject}` : ''}.`,
    chairAllows: {
      sarskiltYttrande: 'Ordföranden medger att särskilt yttrande får lämnas.',
      protokollsanteckning: 'Ordföranden medger att protokollsanteckning får göras.',
    },
    dissentHeadings: {
      reservation: 'Reservationer',
      sarskiltYttrande: 'Särskilda yttranden',
      protokollsanteckning: 'Protokollsanteckningar',
    } satisfies Record<DissentKind, string>,
    justerare: (names: string) => `Justerare: ${names}.`,
    justeringPlanned: (date: string, time: string | null, place: string) =>
      `Justering sker ${date}${time ? ` kl. ${time.replace(':', '.')}` : ''}${place ? ` i ${place}` : ''}.`,
    immediate: 'Paragrafen justeras omedelbart.',
    adjusted: (date: string, chair: string | null, justerare: string, many: boolean) =>
      chair
        ? `Justerat ${date} av ordföranden ${chair} och ${many ? 'justerarna' : 'justeraren'} ${justerare}.`
        : `Justerat ${date} av ${many ? 'justerarna' : 'justeraren'} ${justerare}.`,
    headerUnadjusted: 'OJUSTERAT',
    headerAdjusted: 'JUSTERAT',
    paragraphTitle: (paragraph: string, title: string) => (paragraph === '' ? title : `§\u00a0${paragraph} ${title}`),
    caseNumber: (issuer: string, caseNumber: string) => `${issuer} dnr: ${caseNumber}`,
    descriptionTitle: 'Ärendebeskrivning',
    description: (issuer: string, municipality: string, issuedOn: string, title: string, caseNumber: string) =>
      `${issuer}${municipality ? ` i ${municipality}` : ''} har ${issuedOn} skickat ut en intern remiss, ”${title}” (${caseNumber}).`,
    descriptionAnswer: (body: string, attachmentNumber: string, deadline: string | null) =>
      `${body} har fört en dialog om kommunfullmäktiges övergripande mål och lämnar sina kommentarer i bilaga ${attachmentNumber || '1'}.` +
      (deadline ? ` Svaret ska lämnas senast ${deadline}.` : ''),
    decisionTitle: 'Beslut',
    procedureTitle: 'Beslutsgång',
    justeringTitle: 'Justering',
    sendToTitle: 'Beslutet skickas till',
    extractTitle: 'Utdrag ur protokoll',
    extractMeeting: (body: string, date: string) => `${body}, sammanträdesdatum ${date}`,
    certified: 'Utdrag bestyrks',
    signatureLine: '………………………………………………',
    secretary: (name: string) => `${name}, sekreterare`,
    attendanceTitle: 'Närvarande',
    members: 'Beslutande',
    servingSubstitute: (substitute: string, forMember: string | null) =>
      forMember ? `${substitute}, tjänstgörande ersättare för ${forMember}` : `${substitute}, tjänstgörande ersättare`,
    substitutes: 'Ersättare',
    others: 'Övriga närvarande',
    roles: {
      ordforande: 'ordförande',
      viceOrdforande: 'vice ordförande',
      ledamot: 'ledamot',
      ersattare: 'ersättare',
      sekreterare: 'sekreterare',
      tjansteperson: 'tjänsteperson',
    } satisfies Record<ParticipantRole, string>,
  },
  {
    and: 'and',
    genitive: (name: string) => `${name}’s`,
    definite: {
      namnd: 'the board',
      styrelse: 'the board',
      utskott: 'the committee',
      beredning: 'the drafting committee',
      presidium: 'the presidium',
      ledning: 'the management group',
    },
    decisionSentence: (body: string, attachmentNumber: string) =>
      `${body} decides to submit the comments in attachment ${attachmentNumber || '1'} in answer to the consultation.`,
    goal: (number: number) => `goal ${number}`,
    wholeDecision: 'the whole decision',
    draftProposal: (overall: boolean) => (overall ? 'the overall comment as drafted' : 'the comment as drafted'),
    draftShort: 'the draft',
    yrkandeOf: (personGenitive: string) => `${personGenitive} proposal`,
    yrkarBifall: (person: string, draft: string) => `${person} proposes approval of ${draft}.`,
    yrkarText: (person: string, body: string, text: string) => `${person} proposes that ${body} give the following comment: “${text}”`,
    yrkarRating: (person: string, body: string, rating: string) => `${person} proposes that ${body} rate the ambition level “${rating}”.`,
    yrkarNoAssessment: (person: string, body: string) => `${person} proposes that ${body} make no assessment.`,
    yrkarRatingAndText: (person: string, body: string, rating: string, text: string) =>
      `${person} proposes that ${body} rate the ambition level “${rating}” and give the following comment: “${text}”`,
    yrkarNoAssessmentAndText: (person: string, body: string, text: string) =>
      `${person} proposes that ${body} make no assessment and give the following comment: “${text}”`,
    singleProposition: (body: string, proposal: string) =>
      `The chair asks whether ${body} can decide in accordance with ${proposal} and finds that it can.`,
    proposition: (proposals: string, body: string, found: string) =>
      `The chair puts ${proposals} to the meeting and finds that ${body} decides in accordance with ${found}.`,
    voteHeld: (ja: string, nej: string) => `A vote is requested and held. Yes for approval of ${ja}, no for approval of ${nej}.`,
    votingJa: (names: string) => `Voting yes: ${names}.`,
    votingNej: (names: string) => `Voting no: ${names}.`,
    abstaining: (names: string) => `Abstaining: ${names}.`,
    voteResult: (ja: number, nej: number, body: string, winner: string) =>
      `With ${enVotes(ja)} in favour and ${enVotes(nej)} against, ${body} decides in accordance with ${winner}.`,
    tieResult: (count: number, body: string, winner: string) =>
      `The vote is tied at ${count} to ${count}. On a tie the chair has the casting vote, and ${body} decides in accordance with ${winner}.`,
    notTakingPart: (names: string, many: boolean) => `${names} ${many ? 'do' : 'does'} not take part in the decision.`,
    reservation: (person: string, subject: string | null, forOwnYrkande: boolean) =>
      `${person} enters a reservation against the decision${subject ? ` on ${subject}` : ''}${forOwnYrkande ? ' in favour of their own proposal' : ''}.`,
    statementAsked: (kind: 'sarskiltYttrande' | 'protokollsanteckning', person: string, subject: string | null) =>
      kind === 'sarskiltYttrande'
        ? `${person} asks to make a separate statement${subject ? ` on ${subject}` : ''}.`
        : `${person} asks to make an entry in the minutes${subject ? ` on ${subject}` : ''}.`,
    chairAllows: {
      sarskiltYttrande: 'The chair allows the separate statement to be made.',
      protokollsanteckning: 'The chair allows the entry in the minutes to be made.',
    },
    dissentHeadings: {
      reservation: 'Reservations',
      sarskiltYttrande: 'Separate statements',
      protokollsanteckning: 'Entries in the minutes',
    },
    justerare: (names: string) => `Minutes checkers: ${names}.`,
    justeringPlanned: (date: string, time: string | null, place: string) =>
      `The minutes are adjusted on ${date}${time ? ` at ${time}` : ''}${place ? ` at ${place}` : ''}.`,
    immediate: 'The paragraph is adjusted immediately.',
    adjusted: (date: string, chair: string | null, justerare: string, many: boolean) =>
      chair
        ? `Adjusted on ${date} by the chair ${chair} and the ${many ? 'minutes checkers' : 'minutes checker'} ${justerare}.`
        : `Adjusted on ${date} by the ${many ? 'minutes checkers' : 'minutes checker'} ${justerare}.`,
    headerUnadjusted: 'UNADJUSTED',
    headerAdjusted: 'ADJUSTED',
    paragraphTitle: (paragraph: string, title: string) => (paragraph === '' ? title : `§\u00a0${paragraph} ${title}`),
    caseNumber: (issuer: string, caseNumber: string) => `${issuer} ref.: ${caseNumber}`,
    descriptionTitle: 'Description of the matter',
    description: (issuer: string, municipality: string, issuedOn: string, title: string, caseNumber: string) =>
      `On ${issuedOn}, ${issuer}${municipality ? ` of ${municipality}` : ''} sent out an internal consultation, “${title}” (${caseNumber}).`,
    descriptionAnswer: (body: string, attachmentNumber: string, deadline: string | null) =>
      `${body} has held a dialogue on the municipal council’s overarching goals and gives its comments in attachment ${attachmentNumber || '1'}.` +
      (deadline ? ` The answer is due on ${deadline} at the latest.` : ''),
    decisionTitle: 'Decision',
    procedureTitle: 'Decision procedure',
    justeringTitle: 'Adjustment',
    sendToTitle: 'The decision is sent to',
    extractTitle: 'Extract from the minutes',
    extractMeeting: (body: string, date: string) => `${body}, meeting of ${date}`,
    certified: 'Certified true extract',
    signatureLine: '………………………………………………',
    secretary: (name: string) => `${name}, secretary`,
    attendanceTitle: 'Present',
    members: 'Members taking decisions',
    servingSubstitute: (substitute: string, forMember: string | null) =>
      forMember ? `${substitute}, serving substitute for ${forMember}` : `${substitute}, serving substitute`,
    substitutes: 'Substitutes',
    others: 'Others present',
    roles: {
      ordforande: 'chair',
      viceOrdforande: 'vice chair',
      ledamot: 'member',
      ersattare: 'substitute',
      sekreterare: 'secretary',
      tjansteperson: 'officer',
    },
  },
);
