import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { Step } from '../../shared/meeting/runningOrder';
import { extendCurrentTimer, timerOf, toggleCurrentTimer, type MeetingSession } from '../../shared/meeting/session';
import { formatClock, isRunning, timerFigures, timerPhase } from '../../shared/meeting/timer';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { useNow } from './useNow';

const EXTEND_MS = 2 * 60_000;

/** The step's time box: used and left, start/pause/extend, and a calm warning as it ends. */
export function TimerBar({
  session,
  step,
  onChange,
}: {
  session: MeetingSession;
  step: Step;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}) {
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const m = messages.meeting.timer;
  const timer = timerOf(session, step.id);
  const running = isRunning(timer);
  const now = useNow(running);
  const phase = timerPhase(timer, step.plannedMinutes, now);
  const { usedMs, leftMs: left } = timerFigures(timer, step.plannedMinutes, now);
  const warned = useRef(new Set<string>());

  useEffect(() => {
    // Said once per step, politely: a room in session needs no alarm.
    if (running && phase !== 'within' && !warned.current.has(step.id)) {
      warned.current.add(step.id);
      announce(m.ending);
    }
  }, [announce, m.ending, phase, running, step.id]);

  return (
    <div className={`timer timer-${phase}`} role="group" aria-label={m.label}>
      <p className="timer-figures">
        <span>
          {m.used} <strong>{formatClock(usedMs)}</strong>
        </span>
        <span>
          {left >= 0 ? m.left : m.over} <strong>{formatClock(Math.abs(left))}</strong> /{' '}
          {messages.meeting.order.minutes(step.plannedMinutes + timer.extendedMs / 60_000)}
        </span>
        {phase !== 'within' && <span className="timer-warning">{phase === 'over' ? m.overShort : m.endingShort}</span>}
      </p>
      <div className="button-row">
        <Button className="button" onPress={() => void onChange((s) => toggleCurrentTimer(s, Date.now()))}>
          {running ? m.pause : m.start}
        </Button>
        <Button className="button" onPress={() => void onChange((s) => extendCurrentTimer(s, EXTEND_MS))}>
          {m.extend}
        </Button>
      </div>
    </div>
  );
}
