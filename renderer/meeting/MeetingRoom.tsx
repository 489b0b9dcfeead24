import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { OVERALL } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import {
  currentStep,
  goToAdjacentStep,
  goToStep,
  moveQuestion,
  questionPosition,
  takeDownProjected,
  toggleBlanked,
  toggleProjected,
  toggleTimerHidden,
  type MeetingSession,
} from '../../shared/meeting/session';
import { sessionKeyAction } from '../../shared/meeting/sessionKeys';
import { isTextEntry, keyContextOf } from '../app/keyboardContext';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useBridge } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { updateSession, useComments } from '../data/meetingRoom';
import { isFrozen } from '../../shared/attachment/protocolPath';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { useI18n } from '../i18n/I18nProvider';
import { flushAllWork } from '../data/autosave';
import { useAnnouncer } from '../stores/announcer';
import { tryWrite } from '../stores/refusedWrite';
import { stepTitle } from './labels';
import { NotesPanel } from './NotesPanel';
import { RunningOrderPanel } from './RunningOrderPanel';
import { useHandoutSaver } from './HandoutButton';
import { ProjectorMenu, type ProjectorAction } from './ProjectorMenu';
import { RoomBar } from './RoomBar';
import { SetupDialog } from './SetupDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StepHeader } from './StepHeader';
import { StepView } from './StepView';
import { SettingsMenu } from '../app/SettingsMenu';
import { useRoomModeWhileMounted } from '../stores/roomMode';

/** The comment the current step is about, if any: what Alt+P puts on the projector. */
function stepSubject(session: MeetingSession): string | null {
  const step = currentStep(session);
  if (step?.kind === 'goalDialogue') return step.goalId;
  if (step?.kind === 'overallComment') return OVERALL;
  return null;
}

/**
 * The running meeting in room mode: the screen belongs to it (no app header), with the running order, the step with its
 * header kept in view, and the secretary's notes side by side, each scrolling on its own.
 */
export function MeetingRoom({ meeting, session, pkg }: { meeting: Meeting; session: MeetingSession; pkg: RemissPackage }) {
  const database = useDatabase();
  const bridge = useBridge();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const comments = useComments(meeting.id);
  const [helpOpen, setHelpOpen] = useState(false);
  const [editingSetup, setEditingSetup] = useState(false);
  const handout = useHandoutSaver(meeting);
  const notesRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousQuestionRef = useRef<HTMLButtonElement>(null);
  const nextQuestionRef = useRef<HTMLButtonElement>(null);
  // Set while this window moves the step, so the new step's heading can take the focus the old step's controls lose.
  const stepFocusPending = useRef(false);
  const m = messages.meeting;
  const frozen = isFrozen(meeting);
  const step = currentStep(session) ?? session.steps[0]!;
  const question = questionPosition(session, pkg);
  useRoomModeWhileMounted();

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

  // Alt+N: the caret to the open field that ends the step's notes, where typing begins a new note.
  const focusNotes = useCallback(() => {
    const editors = notesRef.current?.querySelectorAll<HTMLTextAreaElement>('textarea[data-note-editor]');
    editors?.[editors.length - 1]?.focus();
  }, []);

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
          event.stopPropagation();
          const { change: keyChange, movesStep } = shared;
          void (movesStep ? go((s, now) => keyChange(s, pkg, now)) : change((s) => keyChange(s, pkg, Date.now())));
          return;
        }
        // The meeting room's own keys: the notes and the projected text live only here.
        const roomActions: Record<string, () => unknown> = { KeyN: () => focusNotes(), KeyP: () => project() };
        const action = roomActions[event.code] ?? roomActions[event.key.length === 1 ? `Key${event.key.toUpperCase()}` : ''];
        if (action) {
          event.preventDefault();
          event.stopPropagation();
          void action();
        }
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTextEntry(event.target)) {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    // Caught on the way down, so a focused control (a menu button opens on Alt+↓) never takes the chair's key.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [change, focusNotes, go, pkg, project]);

  const projectorAction = useCallback(
    (action: ProjectorAction) => {
      const actions: Record<ProjectorAction, () => Promise<unknown>> = {
        open: openProjector,
        close: () => bridge.closeProjector(),
        blank,
        timer: () => change(toggleTimerHidden),
        takeDown,
      };
      void actions[action]();
    },
    [blank, bridge, change, openProjector, takeDown],
  );

  return (
    <div className="room">
      <RoomBar meeting={meeting}>
        <ProjectorMenu session={session} onAction={projectorAction} />
        <Button className="button button-quiet" onPress={() => setHelpOpen(true)}>
          {m.keys.open}
        </Button>
        <SettingsMenu
          actions={[
            ...(frozen ? [] : [{ id: 'setup', label: m.setup.edit, onAction: () => setEditingSetup(true) }]),
            { id: 'handout', label: messages.handout.save, onAction: () => void handout.save() },
          ]}
        />
      </RoomBar>
      {handout.status?.kind === 'error' && (
        <p className="alert room-notice" role="alert">
          {handout.status.text}
        </p>
      )}
      {frozen && <p className="notice room-notice">{m.setup.frozen}</p>}
      <div className="room-layout">
        <RunningOrderPanel session={session} pkg={pkg} frozen={frozen} onGo={goTo} onChange={change} />
        <section className="room-step" aria-labelledby="step-title">
          <StepHeader
            session={session}
            step={step}
            pkg={pkg}
            headingRef={headingRef}
            previousQuestionRef={previousQuestionRef}
            nextQuestionRef={nextQuestionRef}
            onMove={(direction) => void goAdjacent(direction)}
            onQuestion={(delta) => void stepQuestion(delta)}
            onChange={change}
          />
          <StepView key={step.id} meeting={meeting} session={session} step={step} pkg={pkg} comments={comments} onChange={change} />
        </section>
        <NotesPanel ref={notesRef} meeting={meeting} session={session} step={step} pkg={pkg} onChange={change} />
      </div>
      <DocumentsPanel pkg={pkg} session={session} onChange={change} />
      <SetupDialog meeting={meeting} isOpen={editingSetup && !frozen} onClose={() => setEditingSetup(false)} />
      <ShortcutsDialog isOpen={helpOpen} onOpenChange={setHelpOpen} scaleSteps={pkg.ratingScale.steps.length} />
    </div>
  );
}
