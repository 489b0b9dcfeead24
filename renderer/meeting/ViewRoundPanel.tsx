import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { attendance, personLabel } from '../../shared/decision/participants';
import type { GoalComment } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { toggleProjected, type MeetingSession } from '../../shared/meeting/session';
import {
  anonymousViewsInOrder,
  suggestedRating,
  viewDistribution,
  viewKey,
  viewOfKey,
  viewsGiven,
  type View,
  type ViewRound,
} from '../../shared/meeting/viewRound';
import type { KfGoal, RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { setRating, useComment } from '../data/meetingRoom';
import { clearViewRound, saveAnonymousRowView, saveNamedView, setViewRoundAnonymous, useViewRound } from '../data/viewRounds';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { tryWrite } from '../stores/refusedWrite';
import { SuggestionLine, ViewBars } from './ViewBars';
import { ViewRoundsChoice } from './ViewRoundsChoice';
import './viewRound.css';

interface Row {
  key: string;
  label: string;
  view: View | null;
  /** Writes this row's view: a participant's own in a named round, the row's place among the counts in an anonymous one. */
  choose: (view: View | null) => Promise<unknown>;
}

/**
 * The round of views on one goal: a row per member taking part, the scale's steps as radios (keys 1–N, 0 to abstain,
 * arrows to change), the distribution as bars, and the median as a suggestion the secretary may take as the board's rating.
 */
export function ViewRoundPanel(props: PanelProps) {
  const round = useViewRound(props.meeting.id, props.goal.id);
  const comment = useComment(props.meeting.id, props.goal.id);
  if (round === undefined || comment === undefined) return null;
  return <ViewRoundBody {...props} round={round} comment={comment} />;
}

interface PanelProps {
  meeting: Meeting;
  pkg: RemissPackage;
  goal: KfGoal;
  session: MeetingSession;
  frozen: boolean;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}

function ViewRoundBody({
  meeting,
  pkg,
  goal,
  session,
  frozen,
  onChange,
  round,
  comment,
}: PanelProps & { round: ViewRound | null; comment: GoalComment | null }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const v = messages.viewRound;
  const rowsRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  // The number keys are heard once, on the grid: the row a key was pressed in is found from where the focus is.
  const keyChoice = useRef<(index: number, event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const grid = rowsRef.current;
    if (!grid) return;
    const onKey = (event: KeyboardEvent) => {
      const row = (event.target as Element).closest('[data-view-row]');
      const index = row ? [...grid.querySelectorAll('[data-view-row]')].indexOf(row) : -1;
      if (index >= 0) keyChoice.current(index, event);
    };
    grid.addEventListener('keydown', onKey);
    return () => grid.removeEventListener('keydown', onKey);
  }, []);
  const scale = pkg.ratingScale;
  const goalName = messages.meeting.step.goalNumber(goal.number);

  const present = attendance(meeting.participants);
  const takingPart = [...present.members, ...present.servingSubstitutes.map((serving) => serving.substitute)];
  const distribution = viewDistribution(
    round,
    scale,
    takingPart.map((participant) => participant.id),
  );
  const anonymous = round?.anonymous ?? false;
  const stepLabel = (value: number) => v.step(value, scale.steps.find((step) => step.value === value)?.label ?? '');
  const write = (change: () => Promise<unknown>) => tryWrite('comment', change);

  const rows: Row[] = anonymous
    ? (() => {
        // Its counts laid out in the scale's order, then empty rows for those still to speak.
        const given = round ? anonymousViewsInOrder(round) : [];
        return Array.from({ length: Math.max(takingPart.length, given.length) }, (_, index) => ({
          key: String(index),
          label: v.anonymousRow(index + 1),
          view: given[index] ?? null,
          choose: (next: View | null) => write(() => saveAnonymousRowView(database, meeting.id, goal.id, index, next)),
        }));
      })()
    : takingPart.map((participant) => ({
        key: participant.id,
        label: v.row(personLabel(participant)),
        view: round?.views[participant.id] ?? null,
        choose: (next: View | null) => write(() => saveNamedView(database, meeting.id, goal.id, participant.id, next)),
      }));

  // After a choice by key the next member's row takes the focus, on its chosen step or its first.
  const focusRow = (index: number) => {
    const row = rowsRef.current?.querySelectorAll<HTMLElement>('[data-view-row]')[index];
    const radio = row?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? row?.querySelector<HTMLInputElement>('input');
    radio?.focus();
  };
  const onRowKey = (index: number, event: KeyboardEvent) => {
    const row = rows[index];
    if (!row || frozen || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      // A view given by mistake is taken back; the row stays where it is.
      event.preventDefault();
      void row.choose(null);
      return;
    }
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit === null) return;
    const view: View | null = digit === 0 ? 'abstain' : scale.steps.some((step) => step.value === digit) ? digit : null;
    if (view === null) return;
    event.preventDefault();
    void row.choose(view).then(() => focusRow(index + 1));
  };
  useLayoutEffect(() => {
    keyChoice.current = onRowKey;
  });

  const suggestion = suggestedRating(distribution);
  const ratingLocked = (comment?.agreedText ?? null) !== null;
  const alreadyRating = suggestion.kind === 'step' && comment?.rating?.kind === 'step' && comment.rating.value === suggestion.value;
  const accept = async () => {
    if (suggestion.kind !== 'step') return;
    const done = await tryWrite('comment', () => setRating(database, meeting.id, goal.id, { kind: 'step', value: suggestion.value }));
    if (done.written) announce(v.accepted(stepLabel(suggestion.value)));
  };
  const projected = session.projected?.kind === 'viewRound' && session.projected.goalId === goal.id;
  const given = round ? viewsGiven(round) : 0;

  return (
    <details className="view-round">
      <summary>
        <span className="view-round-title">{v.title(goalName)}</span>
      </summary>
      <p className="field-hint" id={hintId}>
        {v.lead(scale.steps.length)}
      </p>
      <Checkbox
        className="checkbox"
        isSelected={anonymous}
        isDisabled={frozen || (anonymous && given > 0)}
        aria-describedby={anonymous && given > 0 ? `${hintId}-anonymous` : undefined}
        onChange={(selected) => void write(() => setViewRoundAnonymous(database, meeting.id, goal.id, selected))}
      >
        <span className="checkbox-box" aria-hidden="true" />
        <span>{v.anonymous}</span>
      </Checkbox>
      {anonymous && given > 0 && (
        <p className="field-hint" id={`${hintId}-anonymous`}>
          {v.anonymousLocked}
        </p>
      )}
      {takingPart.length === 0 && <p className="field-hint">{v.noneTakingPart}</p>}
      <div className="view-round-rows" ref={rowsRef}>
        {rows.map((row) => (
          <div key={row.key} data-view-row="">
            <RadioGroup
              className="view-round-row"
              orientation="horizontal"
              value={row.view === null ? null : viewKey(row.view)}
              isDisabled={frozen}
              aria-describedby={hintId}
              onChange={(key) => void row.choose(viewOfKey(key))}
            >
              <Label className="view-round-name">{row.label}</Label>
              {scale.steps.map((step) => (
                <Radio
                  key={step.value}
                  value={String(step.value)}
                  className="radio view-round-choice"
                  aria-label={v.step(step.value, step.label)}
                >
                  <span className="radio-dot" aria-hidden="true" />
                  <span aria-hidden="true">{step.value}</span>
                </Radio>
              ))}
              <Radio value="abstain" className="radio view-round-choice" aria-label={v.abstain}>
                <span className="radio-dot" aria-hidden="true" />
                <span aria-hidden="true">{v.abstain}</span>
              </Radio>
            </RadioGroup>
          </div>
        ))}
      </div>

      <h5>{v.distributionTitle}</h5>
      <ViewBars distribution={distribution} className="view-round-bars" />
      <SuggestionLine suggestion={suggestion} scale={scale} />
      <p className="field-hint">{v.rule}</p>
      {!frozen && suggestion.kind === 'step' && (
        <>
          <Button className="button" isDisabled={ratingLocked || alreadyRating} onPress={() => void accept()}>
            {v.accept(goalName)}
          </Button>
          {ratingLocked && <Text className="field-hint">{messages.meeting.comment.ratingLocked}</Text>}
          {alreadyRating && !ratingLocked && <p className="field-hint">{v.alreadyRating}</p>}
        </>
      )}
      <div className="view-round-actions">
        <Button
          className="button"
          aria-pressed={projected}
          onPress={() => void onChange((s) => toggleProjected(s, { kind: 'viewRound', goalId: goal.id }))}
        >
          {v.project(goalName)}
        </Button>
        {!frozen && given > 0 && (
          <Button
            className="button button-quiet"
            onPress={() => void write(() => clearViewRound(database, meeting.id, goal.id)).then(() => announce(v.cleared))}
          >
            {v.clear(goalName)}
          </Button>
        )}
      </div>
      {projected && <p className="field-hint">{v.onProjector}</p>}
      <ViewRoundsChoice meeting={meeting} />
    </details>
  );
}
