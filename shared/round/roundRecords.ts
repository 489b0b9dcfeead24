import type { AnswerFile } from '../attachment/answerFile';
import type { CalendarDate } from '../domain/calendarDate';

/** What the strategy office records about one remissinstans in its round, beside the answers themselves. */
export interface RoundBody {
  respondentId: string;
  /** The body's meeting that will take up the remiss, as the office learns it; null until known. */
  plannedMeetingDate: CalendarDate | null;
  /** The day the send-out e-mail was written for the body. */
  sentOutOn: CalendarDate | null;
  /** The day the latest reminder was written for the body. */
  remindedOn: CalendarDate | null;
}

/** A package's round as the strategy office keeps it: one row per package. */
export interface RoundRecord {
  packageId: string;
  bodies: RoundBody[];
  updatedAt: string;
}

/** The draft tjänsteskrivelse's own texts, which the office writes; the figures come from the answers when exported. */
export interface ReportSections {
  summary: string;
  background: string;
  assessment: string;
  proposal: string;
  sendTo: string;
}

/** The report draft to kommunstyrelsen, one per package, saved as it is typed. */
export interface ReportDraft {
  packageId: string;
  sections: ReportSections;
  updatedAt: string;
}

/** An answer from an earlier round (another package version or year), kept to compare the ratings with. */
export interface EarlierAnswer {
  /** `${packageId}:${earlier answer's package id}:${body}:${meeting id}`. */
  id: string;
  /** The package whose round it is compared with. */
  packageId: string;
  fileName: string;
  importedAt: string;
  answer: AnswerFile;
}
