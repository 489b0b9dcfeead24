import type { MeetingSession } from '../../shared/meeting/session';
import { timeReport } from '../../shared/meeting/timeAccounting';
import { formatClock, isRunning } from '../../shared/meeting/timer';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { stepTitle } from './labels';
import { useNow } from './useNow';

const signed = (ms: number) => (ms > 0 ? `+${formatClock(ms)}` : formatClock(ms));
/** Whole seconds, so a row's figures add up as they read. */
const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;

/** Planned against used time, per step and for the whole item. */
export function TimeReportTable({ session, pkg }: { session: MeetingSession; pkg: RemissPackage }) {
  const { messages } = useI18n();
  const m = messages.meeting.timer;
  const now = useNow(Object.values(session.timers).some(isRunning));
  const report = timeReport(session.steps, session.timers, now);
  return (
    <table className="time-report">
      <caption>{m.report}</caption>
      <thead>
        <tr>
          <th scope="col">{m.step}</th>
          <th scope="col">{m.planned}</th>
          <th scope="col">{m.usedColumn}</th>
          <th scope="col">{m.difference}</th>
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => {
          const step = session.steps.find((s) => s.id === row.stepId)!;
          return (
            <tr key={row.stepId}>
              <th scope="row">
                {stepTitle(step, pkg, messages)}
                {row.skipped && ` (${messages.meeting.order.skipped})`}
              </th>
              <td>{formatClock(row.plannedMs)}</td>
              <td>{formatClock(row.usedMs)}</td>
              <td>{signed(seconds(row.usedMs) - row.plannedMs)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{m.total}</th>
          <td>{formatClock(report.plannedMs)}</td>
          <td>{formatClock(report.usedMs)}</td>
          <td>{signed(seconds(report.usedMs) - report.plannedMs)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
