import type { CalendarDate } from '../domain/calendarDate';

/**
 * A remiss package: what the strategy office (kommunledningskontoret) asks every board to discuss —
 * the council's goals (KF-mål), what each goal's ambition level means, the questions for the overall
 * and the in-depth dialogue, and the scale on which a board rates the ambition level.
 */
export interface RemissPackage {
  /** Stable identity chosen by the issuer, e.g. "vaggeryd-ks-2019-160-omg2"; the same remiss keeps it across edits. */
  id: string;
  title: string;
  /** Diarienummer, e.g. "KS 2019/160". */
  caseNumber: string;
  /** The sending office, e.g. "Kommunledningskontoret, Vaggeryds kommun". */
  issuer: string;
  municipality: string;
  issuedOn: CalendarDate;
  /** The last day for the answer, when the remiss gives one. */
  deadline: CalendarDate | null;
  /**
   * The deadline in the remiss's own words ("senast efter september månads nämnd"), which a date alone cannot say;
   * empty when the remiss gives none.
   */
  deadlineText: string;
  /** How a board's answer travels: who receives what, for the unadjusted and the adjusted protocol. */
  routes: AnswerRoute[];
  introduction: string;
  vision: string;
  /** Questions for the overall dialogue across all goals. */
  generalQuestions: Question[];
  ratingScale: RatingScale;
  goals: KfGoal[];
  /** Whom the boards may ask about the remiss, as it names them. */
  contacts: Contact[];
  /** The help the office offers for the dialogue (people, presentation material), each offer in the remiss's words. */
  support: string[];
  /** The plans and programmes the remiss ties the goals to (the comprehensive plan, the housing programme). */
  relatedPlans: string[];
  /** The remissinstanser: the bodies the remiss is sent to, each with an identity its answer file carries. */
  respondents: Respondent[];
  /** The remiss's papers in the order the strategy office lists them: the letter, its bilagor, presentations, background. */
  documents: PackageDocument[];
  /** True when the text is written by Målsamtal as an illustration rather than by a municipality. */
  isExample: boolean;
}

/** The kinds of remissinstans the seed names: boards and companies, or their committees, presidiums or management. */
export const respondentKinds = ['namnd', 'styrelse', 'bolag', 'utskott', 'beredning', 'presidium', 'ledning'] as const;
export type RespondentKind = (typeof respondentKinds)[number];

/** A body the remiss is sent to (remissinstans). */
export interface Respondent {
  /** Stable within the package and across its versions: answers are matched by it, never by the name. */
  id: string;
  name: string;
  kind: RespondentKind;
  /** The body's secretary, where the send-out and the reminders go; null when the office does not know it. */
  email: string | null;
}

/** A person or function the remiss names for questions, e.g. the office's business developer for bookings. */
export interface Contact {
  id: string;
  /** May be empty when the remiss gives only an address, as the seed does: a name is never made up from it. */
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  /** What to contact them about, in the remiss's words ("bokning och frågor"). */
  about: string;
}

/** The protocol's two states, as the answer file names them. */
export const answerStatuses = ['ojusterat', 'justerat'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

/** What a board sends along a route: the protocol attachment as PDF, the answer file for the compilation. */
export const routeContents = ['attachmentPdf', 'answerFile'] as const;
export type RouteContent = (typeof routeContents)[number];

/**
 * One way the answer travels, as the package names it: e.g. the unadjusted protocol by e-mail to the office at once,
 * the adjusted protocol decision later to kommunstyrelsen's address.
 */
export interface AnswerRoute {
  id: string;
  /** Who receives, in words ("Kommunledningskontoret"); may be empty, and then the addresses say it. */
  recipient: string;
  addresses: string[];
  sends: RouteContent[];
  /** For which protocol status the route is used. */
  statuses: AnswerStatus[];
}

/** What a question asks about; the in-depth dialogue walks through these in order. */
export const questionKinds = ['ambition', 'analysis', 'future', 'ownGoals', 'agenda2030', 'citizenEffect', 'other'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
}

export interface RatingStep {
  /** The step's position on the scale, 1 = lowest. */
  value: number;
  label: string;
  description: string;
}

export interface RatingScale {
  /** The question the rating answers, e.g. "Hur bedömer nämnden den föreslagna ambitionsnivån?" */
  question: string;
  steps: RatingStep[];
  /** The label of the "no assessment" choice, or null when the scale offers none. */
  noAssessmentLabel: string | null;
}

export interface FocusArea {
  id: string;
  title: string;
  /** Framgångsfaktorer för uppföljning. */
  successFactors: string[];
}

export interface KfGoal {
  id: string;
  /** The goal's number as the council numbers it, 1-based, unique within the package. */
  number: number;
  title: string;
  description: string;
  /** The proposed ambition level: what counts as satisfactorily met at follow-up. */
  ambitionLevel: string;
  focusAreas: FocusArea[];
  /** Agenda 2030 goal numbers, 1–17. */
  agenda2030: number[];
  /** Questions for this goal's in-depth dialogue. */
  questions: Question[];
  /** Pages of the package's documents that the in-depth dialogue on this goal reads: "Bilaga 1, s. 4". */
  documentReferences: DocumentReference[];
}

/** What a document is to the remiss: the letter itself, a numbered attachment, a presentation, or background reading. */
export const documentRoles = ['letter', 'bilaga', 'presentation', 'background'] as const;
export type DocumentRole = (typeof documentRoles)[number];

/** The two kinds of paper a package carries: PDF, kept as it is, and Word (.docx), kept as sent and rendered for reading. */
export const documentMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentKind = keyof typeof documentMediaTypes;
export type DocumentMediaType = (typeof documentMediaTypes)[DocumentKind];

/** One of the remiss's papers, described; its bytes are kept apart (IndexedDB, or an entry of the package file). */
export interface PackageDocument {
  id: string;
  title: string;
  role: DocumentRole;
  /** The bilaga's number ("Bilaga 2"); null for every other role. */
  number: number | null;
  /** The file's name as the strategy office added it, used again when the document is saved. */
  fileName: string;
  mediaType: DocumentMediaType;
  /** In bytes. */
  size: number;
  /** SHA-256 of the bytes, lower-case hex: how the package file shows that a document arrived whole. */
  sha256: string;
  /** A PDF's pages; null for a Word document, whose pages depend on how it is laid out. */
  pageCount: number | null;
}

/** A goal's pointer to a page of one of the package's documents. */
export interface DocumentReference {
  documentId: string;
  /** 1-based; a Word document is opened from its start, whatever the page. */
  page: number;
  /** The link's own words, when "Bilaga 1, s. 4" will not do. */
  label?: string;
}

/** A rating given to a goal: a step's value, "no assessment", or not yet rated. */
export type Rating = { kind: 'step'; value: number } | { kind: 'noAssessment' } | null;
