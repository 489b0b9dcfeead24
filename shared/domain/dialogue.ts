import type { CalendarDate } from './calendarDate';
import type { Rating } from '../remiss/remissPackage';

/**
 * Roles in the room, in the order a protocol lists them. Justerare is not a role but an assignment of the meeting
 * (Meeting.justering); the secretary and officers are listed apart as "övriga närvarande".
 */
export const participantRoles = ['ordforande', 'viceOrdforande', 'ledamot', 'ersattare', 'sekreterare', 'tjansteperson'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export interface Participant {
  id: string;
  name: string;
  /** The party's short form as the protocol writes it after the name, e.g. "S" in "Anna Berg (S)"; empty for officers. */
  party: string;
  role: ParticipantRole;
  present: boolean;
  /** For an ersättare: serves (tjänstgör) in the decisions, as the chair decided; members always do. */
  serving: boolean;
  /** For a serving ersättare: the participant (a member) in whose place they serve, when named. */
  servesFor: string | null;
}

/** The form of meeting at which the dialogue is held. */
export const meetingForms = ['namnd', 'utskott', 'presidium', 'ledning'] as const;
export type MeetingForm = (typeof meetingForms)[number];

/** The protocol's adjustment (justering): when, and by whom: the chair and the justerare, by name as they signed. */
export interface Adjustment {
  adjustedOn: CalendarDate;
  justerare: string[];
  /** The chair who adjusted with them; absent in adjustments recorded before the chair was named. */
  chair?: string;
}

/**
 * The justering as set at the meeting: the justerare who adjust with the chair (one or two participants, normally
 * members), and the time and place; or omedelbar justering, at the meeting itself.
 */
export interface JusteringPlan {
  justerareIds: string[];
  date: CalendarDate | null;
  /** The clock time as "HH:MM", or null when only the day is set. */
  time: string | null;
  place: string;
  /** The paragraph is adjusted at once, at the meeting, so the answer can leave the same day. */
  immediate: boolean;
}

export function emptyJusteringPlan(): JusteringPlan {
  return { justerareIds: [], date: null, time: null, place: '', immediate: false };
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

/**
 * A reservation (the law's: only by a member who took part in the decision), or a särskilt yttrande or
 * protokollsanteckning (not in the law: entered only when the chair allows it).
 */
export const dissentKinds = ['reservation', 'sarskiltYttrande', 'protokollsanteckning'] as const;
export type DissentKind = (typeof dissentKinds)[number];

/** A reservation, särskilt yttrande or protokollsanteckning by a named participant, on one goal or the whole decision. */
export interface Dissent {
  id: string;
  meetingId: string;
  kind: DissentKind;
  /** The participant it was announced by; null in entries recorded before participants were referred to by id. */
  participantId: string | null;
  /** The participant's name and party as they stand in the protocol; kept even if the participant list changes. */
  participantName: string;
  party: string;
  /** The goal it concerns, or null for the whole decision. */
  goalId: string | null;
  /** A reservation's written motivation ('' until given), or the statement's text. */
  text: string;
  /** How many times the text has been written, as a note's textRevision: a motivation may be typed in two windows. */
  textRevision?: number;
  /** For a särskilt yttrande or protokollsanteckning: the chair allowed it to be entered, and the record says so. */
  chairAllowed: boolean;
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

export const exportFormats = ['pdf', 'docx', 'text', 'answer', 'notes', 'paragraphDocx', 'paragraphText', 'extract'] as const;
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
