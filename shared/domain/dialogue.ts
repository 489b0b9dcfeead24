import type { CalendarDate } from './calendarDate';
import type { Rating } from '../remiss/remissPackage';

/** Roles in the room, in the order a protocol lists them. */
export const participantRoles = [
  'ordforande',
  'viceOrdforande',
  'ledamot',
  'ersattare',
  'sekreterare',
  'justerare',
  'tjansteperson',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export interface Participant {
  id: string;
  name: string;
  role: ParticipantRole;
  present: boolean;
}

/** The roles that vote in the decision; the secretary, the justerare as such and officials do not. */
const decidingRoles: ReadonlySet<ParticipantRole> = new Set(['ordforande', 'viceOrdforande', 'ledamot', 'ersattare']);

/** Who may enter a reservation or särskilt yttrande: a named participant present who takes part in the decision. */
export function takesPartInDecision(p: Participant): boolean {
  return p.present && p.name.trim() !== '' && decidingRoles.has(p.role);
}

/** The form of meeting at which the dialogue is held. */
export const meetingForms = ['namnd', 'utskott', 'presidium', 'ledning'] as const;
export type MeetingForm = (typeof meetingForms)[number];

/** The protocol's adjustment (justering): when, and by whom besides the chair. */
export interface Adjustment {
  adjustedOn: CalendarDate;
  justerare: string[];
}

/** The subject of a comment: one KF goal by id, or the overall comment on the whole remiss. */
export const OVERALL = 'overall';
export type CommentSubject = string;

/** One agreed text that was later unlocked and changed; kept so the change stays visible. */
export interface CommentVersion {
  text: string;
  agreedAt: string;
  unlockedAt: string;
  /** The rating locked with that text; absent in entries stored before the rating was locked with it. */
  rating?: Rating;
}

/**
 * What the meeting says on one goal (or overall): its rating on the package's scale, the draft the secretary
 * writes, and, once the meeting agrees (enighet), the locked text with its time.
 */
export interface GoalComment {
  /** `${meetingId}:${subject}`, so each subject has exactly one row per meeting. */
  id: string;
  meetingId: string;
  subject: CommentSubject;
  rating: Rating;
  draft: string;
  /** How many times the draft has been written, as a note's textRevision. */
  draftRevision?: number;
  agreedText: string | null;
  agreedAt: string | null;
  history: CommentVersion[];
  updatedAt: string;
}

export function commentId(meetingId: string, subject: CommentSubject): string {
  return `${meetingId}:${subject}`;
}

export const dissentKinds = ['reservation', 'sarskiltYttrande'] as const;
export type DissentKind = (typeof dissentKinds)[number];

/** A reservation or separate statement (särskilt yttrande) by a named participant. */
export interface Dissent {
  id: string;
  meetingId: string;
  kind: DissentKind;
  /** The participant's name as it stands in the protocol; kept even if the participant list changes. */
  participantName: string;
  /** The goal it concerns, or null for the whole decision. */
  goalId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export const noteMarkers = ['forslag', 'fraga', 'invandning', 'beslut'] as const;
export type NoteMarker = (typeof noteMarkers)[number];

/** The secretary's working note: tied to the step it was written in, never part of the decision. */
export interface Note {
  id: string;
  meetingId: string;
  /** The running-order step it was written in, or null when written outside the running order. */
  stepId: string | null;
  /** The council goal that step is about (an in-depth dialogue), kept with the note so its export can name it. */
  goalId: string | null;
  marker: NoteMarker | null;
  /** On the parking lot: a point to take up later. */
  parked: boolean;
  text: string;
  /**
   * How many times the text has been written: a window writes over the revision it last saw, or merges. Stored notes
   * always have it (schema version 6 gave it to older rows); absent, as in a note built outside the database, reads as 0.
   */
  textRevision?: number;
  createdAt: string;
  updatedAt: string;
}

export const exportFormats = ['pdf', 'docx', 'text', 'answer', 'notes'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** One line of the export log: what left the app, when, and in which protocol status. */
export interface ExportRecord {
  id: string;
  meetingId: string;
  format: ExportFormat;
  protocolStatus: 'ojusterat' | 'justerat';
  fileName: string;
  exportedAt: string;
}
