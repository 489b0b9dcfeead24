import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { meetingDecisionText } from '../../shared/decision/decidingBody';
import { sessionKeyAction } from '../../shared/meeting/sessionKeys';
import { keyContextOf } from '../app/keyboardContext';
import type { Meeting } from '../../shared/domain/meeting';
import type { Step } from '../../shared/meeting/runningOrder';
import { currentStep, projectedSubject, stepProgress, timerOf, type MeetingSession } from '../../shared/meeting/session';
import { formatClock, isRunning, timerFigures, timerPhase } from '../../shared/meeting/timer';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { updateSession, useBody, useComment, useComments, useMeeting, useNote, usePackage, useSession } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { stepTitle, subjectLabel } from '../meeting/labels';
import { useNow } from '../meeting/useNow';
import { useLiveDraft } from './liveDraft';
import { ProjectedOwnGoals } from './ProjectedOwnGoals';
import { ProjectorProgress } from './ProjectorProgress';
import { ProjectedViewRound } from './ProjectedViewRound';
import { StepContent } from './ProjectorStep';
import './projector.css';

const ProjectedDocumentPage = lazy(() => import('./ProjectedDocumentPage'));

/**
 * What the room sees: the step with what it is about (see StepContent), the time left unless the chair hides it, how far
 * the running order has come and, only when the chair puts it up, a comment or one chosen note. It holds no state of its own: everything is read live from the shared database, so the window
 * can be closed and reopened at any time and shows what the laptop shows.
 */
export function ProjectorScreen({ meetingId }: { meetingId: string }) {
  const { messages } = useI18n();
  const database = useDatabase();
  const meeting = useMeeting(meetingId);
  const session = useSession(meetingId);
  const pkg = usePackage(meeting?.packageId ?? null);
  const m = messages.projector;

  // Should focus land here (a click on the room's screen), the chair's session keys still work, from the same map.
  // The listener is there from the first paint, before the package has loaded, so no key is lost to a late effect;
  // it reads the package as the latest paint had it.
  const pkgRef = useRef(pkg);
  useLayoutEffect(() => {
    pkgRef.current = pkg;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = pkgRef.current;
      const action = current ? sessionKeyAction(event, keyContextOf(event)) : null;
      if (!current || !action) return;
      event.preventDefault();
      void updateSession(database, meetingId, (s) => action.change(s, current, Date.now()));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [database, meetingId]);

  useEffect(() => {
    const before = document.title;
    document.title = m.windowTitle;
    return () => {
      document.title = before;
    };
  }, [m.windowTitle]);

  let content;
  if (meeting === undefined || session === undefined || (meeting && session && pkg === undefined)) content = <Calm text={m.loading} />;
  else if (meeting === null) content = <Calm text={m.notFound} />;
  else if (session === null || !pkg) content = <Calm text={m.notStarted} />;
  else if (session.blanked) content = <Calm text={m.blanked} blank />;
  else content = <ProjectedStep meeting={meeting} session={session} pkg={pkg} />;

  return <main className={`projector${session?.blanked ? ' projector-blanked' : ''}`}>{content}</main>;
}

/** A calm screen with the app's name: before the dialogue, while loading, and when the chair blanks the projector. */
function Calm({ text, blank = false }: { text: string; blank?: boolean }) {
  const { messages } = useI18n();
  return (
    <div className={`projector-calm${blank ? ' projector-calm-blank' : ''}`}>
      <h1 className="projector-logo">{messages.app.name}</h1>
      <p className={blank ? 'visually-hidden' : undefined}>{text}</p>
    </div>
  );
}

function ProjectedStep({ meeting, session, pkg }: { meeting: Meeting; session: MeetingSession; pkg: RemissPackage }) {
  const { messages, language } = useI18n();
  const body = useBody(meeting.bodyId);
  const comments = useComments(meeting.id);
  const step = currentStep(session) ?? session.steps[0]!;
  const textUp = session.projected !== null;
  const page = session.projected?.kind === 'documentPage' ? session.projected : null;
  const header = (
    <header className="projector-header">
      <p className="projector-item">
        {meeting.bodyName}
        {meeting.paragraph && ` ${messages.meeting.paragraph(meeting.paragraph)}`} · {meeting.itemTitle}
      </p>
      {!session.timerHidden && <TimeLeft session={session} step={step} />}
    </header>
  );

  if (page)
    return (
      <>
        {header}
        {/* A page of the papers takes the whole screen below the step's name; nothing else is shown beside it. */}
        <div className="projector-body projector-body-with-page">
          <h1 className="projector-step">{stepTitle(step, pkg, messages)}</h1>
          <Suspense fallback={null}>
            <ProjectedDocumentPage pkg={pkg} projected={page} />
          </Suspense>
        </div>
        <ProjectorProgress progress={stepProgress(session)} />
      </>
    );

  return (
    <>
      {header}
      {/* With a text up, the step's material steps back so the text the room is agreeing on fits the screen. */}
      <div className={`projector-body projector-step-${step.kind}${textUp ? ' projector-body-with-text' : ''}`}>
        <h1 className="projector-step">{stepTitle(step, pkg, messages)}</h1>
        <StepContent
          session={session}
          step={step}
          pkg={pkg}
          body={body}
          comments={comments}
          decisionText={meetingDecisionText(meeting, body?.kind, language)}
          textUp={textUp}
        />
        <ProjectedText meetingId={meeting.id} session={session} pkg={pkg} />
        <ProjectedOwnGoals session={session} pkg={pkg} body={body} />
        <ProjectedViewRound meeting={meeting} session={session} pkg={pkg} />
      </div>
      <ProjectorProgress progress={stepProgress(session)} />
    </>
  );
}

function TimeLeft({ session, step }: { session: MeetingSession; step: Step }) {
  const { messages } = useI18n();
  const m = messages.projector;
  const timer = timerOf(session, step.id);
  // Each window computes the figure from the stored timestamps, so the laptop and the projector agree to the second.
  const now = useNow(isRunning(timer));
  const left = timerFigures(timer, step.plannedMinutes, now).leftMs;
  const phase = timerPhase(timer, step.plannedMinutes, now);
  return (
    <p className={`projector-time projector-time-${phase}`}>
      <span className="projector-time-label">{left >= 0 ? m.timeLeft : m.overTime}</span>{' '}
      <strong className="projector-clock">{formatClock(Math.abs(left))}</strong>
    </p>
  );
}

/** The comment or note the chair put up; nothing at all otherwise, so notes never reach the room by accident. */
function ProjectedText({ meetingId, session, pkg }: { meetingId: string; session: MeetingSession; pkg: RemissPackage }) {
  const { messages } = useI18n();
  const m = messages.projector;
  const subject = projectedSubject(session);
  const comment = useComment(meetingId, subject);
  const noteId = session.projected?.kind === 'note' ? session.projected.noteId : null;
  const note = useNote(noteId);
  const agreed = session.projected?.kind === 'agreed';
  // Only a draft is typed live; an agreed text is locked and comes from the database alone.
  const live = useLiveDraft(meetingId, subject && !agreed ? `draft:${subject}` : null);

  if (subject && comment !== undefined) {
    const label = subjectLabel(subject, pkg, messages);
    const draft = live?.subject === subject ? live.text : (comment?.draft ?? '');
    const text = agreed ? (comment?.agreedText ?? comment?.draft ?? '') : draft;
    return (
      <section className={`projector-text${agreed ? ' projector-text-agreed' : ''}`} aria-labelledby="projector-text-title">
        <h2 id="projector-text-title">{agreed ? m.agreed(label) : m.draft(label)}</h2>
        {text.trim() === '' ? <p className="projector-muted">{m.emptyDraft}</p> : <Paragraphs text={text} />}
      </section>
    );
  }
  // A note is shown only if it belongs to this meeting: a stale id never leaks another meeting's note.
  if (noteId && note && note.meetingId === meetingId) {
    return (
      <section className="projector-text" aria-labelledby="projector-text-title">
        <h2 id="projector-text-title">{m.note}</h2>
        <Paragraphs text={note.text} />
      </section>
    );
  }
  return null;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </>
  );
}
