import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import {
  chooseFocusGoals,
  createSession,
  extendCurrentTimer,
  goToAdjacentStep,
  goToStep,
  moveProjectedPage,
  moveQuestion,
  projectedSubject,
  questionPosition,
  stepQuestions,
  timerOf,
  stepProgress,
  toggleBlanked,
  toggleTimerHidden,
  toggleCurrentTimer,
  takeDownProjected,
  toggleProjected,
  toggleProjectedPage,
  withSessionDefaults,
} from './session';
import { elapsedMs, isRunning } from './timer';

describe('the meeting session', () => {
  const start = createSession('m-1', examplePackage, [], new Date('2020-09-15T08:00:00Z'));

  it('starts at the introduction with no timer running and nothing projected', () => {
    expect(start.currentStepId).toBe('introduction');
    expect(start.projected).toBeNull();
    expect(isRunning(timerOf(start, 'introduction'))).toBe(false);
  });

  it('lets a running clock follow the chair to the next step', () => {
    let session = toggleCurrentTimer(start, 0);
    session = goToStep(session, 'overallDialogue', 60_000);
    expect(isRunning(timerOf(session, 'introduction'))).toBe(false);
    expect(elapsedMs(timerOf(session, 'introduction'), 999_999)).toBe(60_000);
    expect(isRunning(timerOf(session, 'overallDialogue'))).toBe(true);
    session = toggleCurrentTimer(session, 90_000);
    session = goToStep(session, 'chooseFocus', 100_000);
    expect(isRunning(timerOf(session, 'chooseFocus'))).toBe(false);
    session = extendCurrentTimer(session, 120_000);
    expect(timerOf(session, 'chooseFocus').extendedMs).toBe(120_000);
  });

  it('moves to the adjacent step from where the session stands, passing skipped steps and stopping at either end', () => {
    const skipping = { ...start, steps: start.steps.map((s) => (s.id === 'overallDialogue' ? { ...s, skipped: true } : s)) };
    const once = goToAdjacentStep(skipping, 'next', 0);
    expect(once.currentStepId).toBe('chooseFocus');
    expect(goToAdjacentStep(once, 'previous', 0).currentStepId).toBe('introduction');
    expect(goToAdjacentStep(start, 'previous', 0)).toBe(start);
    const last = goToStep(start, start.steps[start.steps.length - 1]!.id, 0);
    expect(goToAdjacentStep(last, 'next', 0)).toBe(last);
  });

  it('adds in-depth steps when focus goals are chosen, keeping the chair at the current step', () => {
    const session = chooseFocusGoals(goToStep(start, 'chooseFocus', 0), examplePackage, ['mal-4', 'mal-2']);
    expect(session.focusGoalIds).toEqual(['mal-2', 'mal-4']);
    expect(session.currentStepId).toBe('chooseFocus');
    expect(session.steps.map((s) => s.id)).toContain('goal:mal-4');
    const dropped = chooseFocusGoals(goToStep(session, 'goal:mal-4', 0), examplePackage, ['mal-2']);
    expect(dropped.currentStepId).toBe('chooseFocus');
  });

  it('puts a comment on the projector and takes it down again', () => {
    const shown = toggleProjected(start, { kind: 'draft', subject: 'mal-1' });
    expect(shown.projected).toEqual({ kind: 'draft', subject: 'mal-1' });
    expect(toggleProjected(shown, { kind: 'draft', subject: 'mal-1' }).projected).toBeNull();
    expect(toggleProjected(shown, { kind: 'agreed', subject: 'mal-1' }).projected).toEqual({ kind: 'agreed', subject: 'mal-1' });
  });

  it('puts the board’s own goals for one goal up and takes them down, apart from a comment on that goal', () => {
    const shown = toggleProjected(start, { kind: 'ownGoals', goalId: 'mal-2' });
    expect(shown.projected).toEqual({ kind: 'ownGoals', goalId: 'mal-2' });
    expect(projectedSubject(shown)).toBeNull();
    expect(toggleProjected(shown, { kind: 'ownGoals', goalId: 'mal-3' }).projected).toEqual({ kind: 'ownGoals', goalId: 'mal-3' });
    expect(toggleProjected(shown, { kind: 'draft', subject: 'mal-2' }).projected).toEqual({ kind: 'draft', subject: 'mal-2' });
    expect(toggleProjected(shown, { kind: 'ownGoals', goalId: 'mal-2' }).projected).toBeNull();
  });

  it('puts a goal’s round of views up and takes it down, without confusing it with a comment on that goal', () => {
    const shown = toggleProjected(start, { kind: 'viewRound', goalId: 'mal-1' });
    expect(shown.projected).toEqual({ kind: 'viewRound', goalId: 'mal-1' });
    expect(projectedSubject(shown)).toBeNull();
    expect(toggleProjected(shown, { kind: 'viewRound', goalId: 'mal-2' }).projected).toEqual({ kind: 'viewRound', goalId: 'mal-2' });
    expect(toggleProjected(shown, { kind: 'draft', subject: 'mal-1' }).projected).toEqual({ kind: 'draft', subject: 'mal-1' });
    expect(toggleProjected(shown, { kind: 'viewRound', goalId: 'mal-1' }).projected).toBeNull();
  });

  it('puts a single note up and takes it down, without confusing it with a comment', () => {
    const shown = toggleProjected(start, { kind: 'note', noteId: 'n-1' });
    expect(shown.projected).toEqual({ kind: 'note', noteId: 'n-1' });
    expect(projectedSubject(shown)).toBeNull();
    expect(toggleProjected(shown, { kind: 'note', noteId: 'n-2' }).projected).toEqual({ kind: 'note', noteId: 'n-2' });
    expect(toggleProjected(shown, { kind: 'note', noteId: 'n-1' }).projected).toBeNull();
    expect(projectedSubject(toggleProjected(shown, { kind: 'draft', subject: 'mal-1' }))).toBe('mal-1');
  });

  it('puts a document’s page up from its top, moves down and up it within the page, and takes it down', () => {
    let session = toggleProjectedPage(start, 'bilaga-1', 4);
    expect(session.projected).toEqual({ kind: 'documentPage', documentId: 'bilaga-1', page: 4, top: 0 });
    expect(projectedSubject(session)).toBeNull();
    expect(moveProjectedPage(session, -1)).toBe(session);
    for (let step = 0; step < 6; step += 1) session = moveProjectedPage(session, 1);
    expect(session.projected).toMatchObject({ page: 4, top: 0.75 });
    session = moveProjectedPage(session, -1);
    expect(session.projected).toMatchObject({ top: 0.5 });
    // Another page replaces it, from its top; the same page again takes it down.
    session = toggleProjectedPage(session, 'bilaga-1', 5);
    expect(session.projected).toEqual({ kind: 'documentPage', documentId: 'bilaga-1', page: 5, top: 0 });
    expect(toggleProjectedPage(session, 'bilaga-1', 5).projected).toBeNull();
    // A draft put up replaces the page, and moving does nothing to a draft.
    const draft = toggleProjected(session, { kind: 'draft', subject: 'mal-1' });
    expect(draft.projected).toEqual({ kind: 'draft', subject: 'mal-1' });
    expect(moveProjectedPage(draft, 1)).toBe(draft);
  });

  it('blanks the projector and brings it back', () => {
    expect(start.blanked).toBe(false);
    expect(toggleBlanked(start).blanked).toBe(true);
    expect(toggleBlanked(toggleBlanked(start)).blanked).toBe(false);
  });

  it('moves through a step’s questions one by one, stopping at either end, and starts again on the next step', () => {
    let session = goToStep(chooseFocusGoals(start, examplePackage, ['mal-1']), 'goal:mal-1', 0);
    const count = stepQuestions(
      session.steps.find((s) => s.id === 'goal:mal-1'),
      examplePackage,
    ).length;
    expect(count).toBeGreaterThan(1);
    expect(moveQuestion(session, examplePackage, -1).questionIndex).toBe(0);
    for (let i = 0; i < count + 2; i += 1) session = moveQuestion(session, examplePackage, 1);
    expect(session.questionIndex).toBe(count - 1);
    expect(goToStep(session, 'otherGoals', 0).questionIndex).toBe(0);
    expect(moveQuestion(goToStep(session, 'introduction', 0), examplePackage, 1).questionIndex).toBe(0);
  });

  it('gives sessions stored before the projector had blank and questions their defaults', () => {
    const { questionIndex: _q, blanked: _b, timerHidden: _t, ...old } = start;
    expect(withSessionDefaults(old)).toEqual(start);
    expect(withSessionDefaults({ ...old, blanked: true, questionIndex: 2, timerHidden: true })).toMatchObject({
      blanked: true,
      questionIndex: 2,
      timerHidden: true,
    });
  });

  it('takes down whatever is projected, and knows where the room is among the questions', () => {
    const up = toggleProjected(start, { kind: 'note', noteId: 'n-1' });
    expect(takeDownProjected(up).projected).toBeNull();
    expect(takeDownProjected(start)).toBe(start);
    expect(questionPosition(start, examplePackage)).toEqual({ index: 0, count: 0 });
    const dialogue = moveQuestion(goToStep(start, 'overallDialogue', 0), examplePackage, 1);
    expect(questionPosition(dialogue, examplePackage)).toEqual({ index: 1, count: examplePackage.generalQuestions.length });
  });
});

describe('the projector’s clock and the progress through the running order', () => {
  const start = createSession('m-1', examplePackage, ['mal-1'], new Date('2020-09-15T08:00:00Z'));

  it('hides and shows the clock on the projector at the chair’s toggle, starting shown', () => {
    expect(start.timerHidden).toBe(false);
    expect(toggleTimerHidden(start).timerHidden).toBe(true);
    expect(toggleTimerHidden(toggleTimerHidden(start)).timerHidden).toBe(false);
  });

  it('counts the steps not skipped, and marks those done, the current one and those to come', () => {
    const skipped = { ...start, steps: start.steps.map((s) => (s.id === 'otherGoals' ? { ...s, skipped: true } : s)) };
    const atGoal = goToStep(skipped, 'goal:mal-1', 0);
    const progress = stepProgress(atGoal);
    expect([progress.position, progress.count]).toEqual([4, 6]);
    expect(progress.steps.map((s) => `${s.step.id}:${s.state}`)).toEqual([
      'introduction:done',
      'overallDialogue:done',
      'chooseFocus:done',
      'goal:mal-1:current',
      'overallComment:coming',
      'closing:coming',
    ]);
  });
});
