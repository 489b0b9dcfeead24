import type { BodyKind } from '../domain/body';
import type { MeetingForm } from '../domain/dialogue';
import { DEFAULT_DECISION_TEXT, type Meeting } from '../domain/meeting';
import { messagesFor, type Language } from '../i18n/messages';
import { swedishGenitive } from '../i18n/swedish';
import type { RespondentKind } from '../remiss/remissPackage';
import { kindFromName } from '../remiss/respondents';
import type { DecidingKind } from './decidingKinds';

export type { DecidingKind };

export interface DecidingBody {
  kind: DecidingKind;
  /** Its own name, as a sentence begins with it: "Barn- och utbildningsnämnden", "Socialnämndens presidium". */
  name: string;
}

const isCommittee = (name: string) => /utskott|beredning/i.test(name);

function kindOfName(name: string, kind: BodyKind | null | undefined): DecidingKind {
  const known: RespondentKind | null = kind ?? kindFromName(name);
  switch (known) {
    case 'styrelse':
    case 'bolag':
      return 'styrelse';
    case 'utskott':
      return /beredning/i.test(name) ? 'beredning' : 'utskott';
    case 'beredning':
    case 'presidium':
    case 'ledning':
      return known;
    default:
      return 'namnd';
  }
}

/**
 * Who decides at this meeting: a full meeting is the body itself, of the kind its profile gives (or its name tells);
 * a committee, presidium or management meeting is that, and is named after the board it belongs to.
 */
export function decidingBody(meeting: Pick<Meeting, 'bodyName' | 'meetingForm'>, bodyKind?: BodyKind | null): DecidingBody {
  const name = meeting.bodyName.trim();
  const form: MeetingForm = meeting.meetingForm;
  if (form === 'presidium') return { kind: 'presidium', name: /presidi(um|et)$/i.test(name) ? name : `${swedishGenitive(name)} presidium` };
  if (form === 'ledning')
    return { kind: 'ledning', name: /ledning(en|sgrupp(en)?)?$/i.test(name) ? name : `${swedishGenitive(name)} ledningsgrupp` };
  if (form === 'utskott')
    return isCommittee(name)
      ? { kind: /beredning/i.test(name) ? 'beredning' : 'utskott', name }
      : { kind: 'utskott', name: `${swedishGenitive(name)} utskott` };
  return { kind: kindOfName(name, bodyKind), name };
}

/** "nämnden", "styrelsen", "utskottet", "presidiet": the body as the protocol refers back to it mid-sentence. */
export function bodyReference(body: DecidingBody, language: Language = 'sv'): string {
  return messagesFor(language).protocol.definite[body.kind];
}

/**
 * The decision sentence in the body's own name, referring to the attachment: "Barn- och utbildningsnämnden beslutar
 * att lämna kommentarer enligt bilaga 1 som svar på remissen." The attachment and the paragraph both use it.
 */
export function decisionSentence(
  meeting: Pick<Meeting, 'bodyName' | 'meetingForm' | 'attachmentNumber'>,
  bodyKind?: BodyKind | null,
  language: Language = 'sv',
): string {
  return messagesFor(language).protocol.decisionSentence(decidingBody(meeting, bodyKind).name, meeting.attachmentNumber);
}

/** The decision's wording: the secretary's own where she wrote one, else the standard sentence in the body's name. */
export function meetingDecisionText(
  meeting: Pick<Meeting, 'bodyName' | 'meetingForm' | 'attachmentNumber' | 'decisionText'>,
  bodyKind?: BodyKind | null,
  language: Language = 'sv',
): string {
  const own = meeting.decisionText.trim();
  return own === '' || own === DEFAULT_DECISION_TEXT ? decisionSentence(meeting, bodyKind, language) : own;
}
