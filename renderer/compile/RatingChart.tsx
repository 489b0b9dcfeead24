import type { GoalCompilation } from '../../shared/compile/compileAnswers';
import { formatShare } from '../../shared/compile/compileAnswers';
import { localeOf } from '../../shared/i18n/messages';
import { useI18n } from '../i18n/I18nProvider';

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 250;

/** A goal's distribution as horizontal bars drawn in SVG, named for screen readers, with the numbers in a table beside it. */
export function RatingChart({ goal }: { goal: GoalCompilation }) {
  const { language, messages } = useI18n();
  const c = messages.compile;
  const locale = localeOf[language];
  const share = (value: number) => formatShare(value, locale);
  const largest = Math.max(1, ...goal.distribution.map((row) => row.count));
  const total = goal.distribution.reduce((sum, row) => sum + row.count, 0);
  const height = goal.distribution.length * ROW_HEIGHT;
  const label = c.chartLabel(goal.number, goal.distribution.map((row) => c.chartPart(row.label, row.count, share(row.share))).join(', '));
  return (
    <div className="compile-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height}`} className="rating-chart">
        {goal.distribution.map((row, index) => {
          const y = index * ROW_HEIGHT;
          const width = (row.count / largest) * BAR_WIDTH;
          return (
            <g key={row.key} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2} className="rating-chart-label" textAnchor="end" dominantBaseline="middle">
                {row.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 5}
                width={width}
                height={ROW_HEIGHT - 10}
                className={`rating-chart-bar rating-chart-${row.key}`}
              />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW_HEIGHT / 2} className="rating-chart-count" dominantBaseline="middle">
                {row.count}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table">
        <caption>{c.tableCaption(goal.number)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.ratingColumn}</th>
            <th scope="col">{c.countColumn}</th>
            <th scope="col">{c.shareColumn}</th>
          </tr>
        </thead>
        <tbody>
          {goal.distribution.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
              <td>{share(row.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{c.totalRow}</th>
            <td>{total}</td>
            <td>{share(total === 0 ? 0 : 1)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
