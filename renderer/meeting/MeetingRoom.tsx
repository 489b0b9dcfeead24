import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from 'react-aria-components';
import { OVERALL } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { formatCalendarDate } from '../../shared/i18n/format';
import { nextStepId, previousStepId } from '../../shared/meeting/runningOrder';
import {
  currentStep,
  goToAdjacentStep,
  goToStep,
  moveQuestion,
  questionPosition,
  takeDownProjected,
  toggleBlanked,
  toggleProjected,
  type MeetingSession,
} from '../../shared/meeting/session';
import { sessionKeyAction } from '../../shared/meeting/sessionKeys';
import { isTextEntry, keyContextOf } from '../app/keyboardContext';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useBridge } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { blankNote, updateSession, useComments } from '../data/meetingRoom';
import { startNote, storeStartedNote } from '../data/notes';
import { isFrozen } from '../../shared/attachment/protocolPath';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { useI18n } from '../i18n/I18nProvider';
import { flushAllWork } from '../data/autosave';
import { useAnnouncer } from '../stores/announcer';
import { tryWrite } from '../stores/refusedWrite';
import { stepTitle } from './labels';
import { NotesPanel } from './NotesPanel';
import { RunningOrderPanel } from './RunningOrderPanel';
import { SetupForm } from './SetupForm';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StepView } from './StepView';
import { TimerBar } from './TimerBar';

/** The comment the current step is about, if any: what Alt+P puts on the projector. */
function stepSubject(session: MeetingSession): string | null {
  const step = currentStep(session);
  if (step?.kind === 'goalDialogue') return step.goalId;
  if (step?.kind === 'overallComment') return OVERALL;
  return null;
}

/** The running meeting: the chair's running order and timer, the step on show, and the secretary's notes. */
export function MeetingRoom({ meeting, session, pkg }: { meeting: Meeting; session: MeetingSession; pkg: RemissPackage }) {
  const database = useDatabase();
  const bridge = useBridge();
  const { language, messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const comments = useComments(meeting.id);
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusNoteId, setFocusNoteId] = useState<string | null>(null);
  const [editingSetup, setEditingSetup] = useState(false);
  const notesRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const blankRef = useRef<HTMLButtonElement>(null);
  const previousQuestionRef = useRef<HTMLButtonElement>(null);
  const nextQuestionRef = useRef<HTMLButtonElement>(null);
  // Set while this window moves the step, so the new step's heading can take the focus the old step's controls lose.
  const stepFocusPending = useRef(false);
  const m = messages.meeting;
  const frozen = isFrozen(meeting);
  const step = currentStep(session) ?? session.steps[0]!;
  const active = session.steps.filter((s) => !s.skipped);
  const position = active.findIndex((s) => s.id === step.id) + 1;
  const previous = previousStepId(session.steps, step.id);
  const next = nextStepId(session.steps, step.id);
  const question = questionPosition(session, pkg);

  // WCAG 2.4.3: a step change must not drop focus to the page; a control that stays on screen keeps it.
  useEffect(() => {
    if (!stepFocusPending.current) return;
    stepFocusPending.current = false;
    const active = document.activeElement;
    const kept =
      active instanceof HTMLElement &&
      active !== document.body &&
      active.isConnected &&
      !active.matches(':disabled, [aria-disabled="true"]');
    if (!kept) headingRef.current?.focus();
  }, [step.id]);

  const change = useCallback(
    async (fn: (s: MeetingSession) => MeetingSession) => {
      // True once written; a refused change has been told about (RefusedWriteAlert), so nothing else is announced.
      return (await tryWrite('meeting', () => updateSession(database, meeting.id, fn))).written;
    },
    [database, meeting.id],
  );

  const go = useCallback(
    async (move: (s: MeetingSession, now: number) => MeetingSession) => {
      setFocusNoteId(null);
      // Let a focused editor lose focus first, so its blur flushes the text before the step changes.
      if (document.activeElement instanceof HTMLElement && notesRef.current?.contains(document.activeElement))
        document.activeElement.blur();
      let from = '';
      stepFocusPending.current = true;
      const result = await tryWrite('moveStep', () =>
        updateSession(database, meeting.id, (s) => {
          from = s.currentStepId;
          return move(s, Date.now());
        }),
      );
      const moved = result.written ? result.value : undefined;
      const target = moved && moved.currentStepId !== from ? moved.steps.find((s) => s.id === moved.currentStepId) : undefined;
      if (target) announce(stepTitle(target, pkg, messages));
      else stepFocusPending.current = false;
    },
    [announce, database, meeting.id, messages, pkg],
  );
  const goTo = useCallback((stepId: string) => go((s, now) => goToStep(s, stepId, now)), [go]);
  // Relative to the stored session, so quick presses each count even before the screen has caught up.
  const goAdjacent = useCallback((direction: 'next' | 'previous') => go((s, now) => goToAdjacentStep(s, direction, now)), [go]);

  // The note and its field are on screen, with the caret in it, before this handler returns: a key typed right after the
  // click or shortcut lands in the note. Its row is written behind, and so is whatever is typed into it.
  const newNote = useCallback(async () => {
    const note = blankNote(meeting.id, step.id);
    flushSync(() => {
      startNote(note);
      setFocusNoteId(note.id);
    });
    await tryWrite('newNote', () => storeStartedNote(database, note));
  }, [database, meeting.id, step.id]);

  const focusNotes = useCallback(async () => {
    const editors = notesRef.current?.querySelectorAll<HTMLTextAreaElement>('textarea[data-note-editor]');
    const last = editors?.[editors.length - 1];
    if (last) {
      last.focus();
      return;
    }
    await newNote();
  }, [newNote]);

  const takeDown = useCallback(async () => {
    if (await change(takeDownProjected)) announce(messages.projector.takenDown);
  }, [announce, change, messages.projector]);

  const project = useCallback(async () => {
    const subject = stepSubject(session);
    if (!subject) {
      // A step with no comment of its own can still take down what an earlier step left on the projector.
      if (session.projected) await takeDown();
      return;
    }
    const agreed = (comments?.get(subject)?.agreedText ?? null) !== null;
    // Alt+P while typing leaves the caret in the draft: write what waits first, so the projector opens on it.
    await flushAllWork();
    await change((s) => toggleProjected(s, { kind: agreed ? 'agreed' : 'draft', subject }));
  }, [change, comments, session, takeDown]);

  const openProjector = useCallback(async () => {
    try {
      const { display } = await bridge.openProjector({ meetingId: meeting.id });
      announce(messages.projector.opened[display]);
    } catch {
      announce(messages.projector.openFailed);
    }
  }, [announce, bridge, meeting.id, messages.projector]);

  const blank = useCallback(async () => {
    await change(toggleBlanked);
  }, [change]);

  // A question button that reaches the end is disabled, so focus goes to its partner rather than to the page.
  const questionFocusPending = useRef<-1 | 1 | null>(null);
  const stepQuestion = useCallback(
    async (delta: -1 | 1) => {
      questionFocusPending.current = delta;
      await change((s) => moveQuestion(s, pkg, delta));
    },
    [change, pkg],
  );
  useEffect(() => {
    const delta = questionFocusPending.current;
    questionFocusPending.current = null;
    if (delta === 1 && question.index >= question.count - 1) previousQuestionRef.current?.focus();
    if (delta === -1 && question.index === 0) nextQuestionRef.current?.focus();
  }, [question.index, question.count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const shared = sessionKeyAction(event, keyContextOf(event));
        if (shared) {
          event.preventDefault();
          const { change: keyChange, movesStep } = shared;
          void (movesStep ? go((s, now) => keyChange(s, pkg, now)) : change((s) => keyChange(s, pkg, Date.now())));
          return;
        }
        // The meeting room's own keys: the notes and the projected text live only here.
        const roomActions: Record<string, () => unknown> = { KeyN: () => focusNotes(), KeyP: () => project() };
        const action = roomActions[event.code] ?? roomActions[event.key.length === 1 ? `Key${event.key.toUpperCase()}` : ''];
        if (action) {
          event.preventDefault();
          void action();
        }
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTextEntry(event.target)) {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [change, focusNotes, go, pkg, project]);

  return (
    <div className="meeting-room">
      <header className="meeting-header">
        <h1>
          {meeting.bodyName}
          {meeting.paragraph && ` ${m.paragraph(meeting.paragraph)}`}
        </h1>
        <p className="meeting-meta">
          <time dateTime={meeting.date}>{formatCalendarDate(meeting.date, language)}</time>
          {meeting.place && ` · ${meeting.place}`} · {meeting.itemTitle} ·{' '}
          <span className={`status status-${meeting.status}`}>{messages.meetings.status[meeting.status]}</span>
        </p>
        <div className="meeting-toolbar">
          <Button className="button" isDisabled={!previous} onPress={() => void goAdjacent('previous')}>
            ← {m.step.previous}
          </Button>
          <p className="step-position">{m.step.position(position, active.length)}</p>
          <Button className="button button-primary" isDisabled={!next} onPress={() => void goAdjacent('next')}>
            {m.step.next} →
          </Button>
          <Button className="button" onPress={() => setHelpOpen(true)}>
            {m.keys.open}
          </Button>
          <div className="button-row" role="group" aria-label={messages.projector.controls}>
            <Button className="button" onPress={() => void openProjector()}>
              {messages.projector.open}
            </Button>
            <Button className="button" onPress={() => void bridge.closeProjector()}>
              {messages.projector.close}
            </Button>
            <Button ref={blankRef} className="button" onPress={() => void blank()}>
              {session.blanked ? messages.projector.unblank : messages.projector.blank}
            </Button>
            {question.count > 0 && (
              <>
                <Button
                  ref={previousQuestionRef}
                  className="button"
                  isDisabled={question.index === 0}
                  onPress={() => void stepQuestion(-1)}
                >
                  {messages.projector.previousQuestion}
                </Button>
                <Button
                  ref={nextQuestionRef}
                  className="button"
                  isDisabled={question.index >= question.count - 1}
                  onPress={() => void stepQuestion(1)}
                >
                  {messages.projector.nextQuestion}
                </Button>
              </>
            )}
            {session.projected && (
              <Button className="button" onPress={() => void takeDown().then(() => blankRef.current?.focus())}>
                {messages.projector.takeDown}
              </Button>
            )}
          </div>
          {!frozen && (
            <Button className="button" aria-expanded={editingSetup} onPress={() => setEditingSetup((open) => !open)}>
              {editingSetup ? m.setup.closeEdit : m.setup.edit}
            </Button>
          )}
        </div>
        {frozen && <p className="notice">{m.setup.frozen}</p>}
      </header>
      {editingSetup && !frozen && (
        <section aria-labelledby="setup-title" className="running-setup">
          <h2 id="setup-title">{m.setup.title}</h2>
          <SetupForm meeting={meeting} running />
        </section>
      )}
      <div className="meeting-layout">
        <RunningOrderPanel session={session} pkg={pkg} frozen={frozen} onGo={goTo} onChange={change} />
        <section className="panel step-panel" aria-labelledby="step-title">
          <h2 id="step-title" ref={headingRef} tabIndex={-1}>
            {stepTitle(step, pkg, messages)}
          </h2>
          <TimerBar session={session} step={step} onChange={change} />
          <StepView key={step.id} meeting={meeting} session={session} step={step} pkg={pkg} comments={comments} onChange={change} />
        </section>
        <NotesPanel
          ref={notesRef}
          meeting={meeting}
          session={session}
          step={step}
          pkg={pkg}
          focusNoteId={focusNoteId}
          onAdd={newNote}
          onChange={change}
        />
      </div>
      <DocumentsPanel pkg={pkg} session={session} onChange={change} />
      <ShortcutsDialog isOpen={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  );
}
