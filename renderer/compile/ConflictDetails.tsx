import { answerDifferences, type AnswerSide } from '../../shared/compile/answerDifferences';
import type { CommentEntry } from '../../shared/compile/compileAnswers';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import { formatCalendarDate } from '../../shared/i18n/format';
import { useI18n } from '../i18n/I18nProvider';

/** The two answers side by side, only where they differ: per goal the ratings and comments, then the whole remiss. */
export function ConflictDetails({ existing, incoming }: { existing: CompiledAnswer | undefined; incoming: CompiledAnswer }) {
  const { language, messages } = useI18n();
  const c = messages.compile;
  const differences = existing && answerDifferences(existing.answer, incoming.answer);
  return (
    <>
      <p>{c.conflictBody(incoming.answer.body.name, formatCalendarDate(incoming.answer.meeting.date, language))}</p>
      <ul>
        {existing && <li>{c.storedAnswer(existing.fileName, c.statuses[existing.answer.status])}</li>}
        <li>{c.incomingAnswer(incoming.fileName, c.statuses[incoming.answer.status])}</li>
      </ul>
      {differences && differences.parts.length === 0 && <p>{c.otherDifferences}</p>}
      {differences && differences.parts.length > 0 && (
        <table className="data-table compile-differences">
          <caption>{c.differencesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.differencesColumns.part}</th>
              <th scope="col">{c.differencesColumns.stored}</th>
              <th scope="col">{c.differencesColumns.incoming}</th>
            </tr>
          </thead>
          <tbody>
            {differences.parts.map((part) => (
              <tr key={part.goal?.number ?? 'overall'}>
                <th scope="row">{part.goal ? c.goalHeading(part.goal.number, part.goal.title) : c.overallPart}</th>
                <td>
                  <Side side={part.stored} isGoal={part.goal !== null} />
                </td>
                <td>
                  <Side side={part.incoming} isGoal={part.goal !== null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {differences && differences.sameGoals > 0 && <p>{c.sameGoals(differences.sameGoals)}</p>}
    </>
  );
}

function Side({ side, isGoal }: { side: AnswerSide | null; isGoal: boolean }) {
  const { messages } = useI18n();
  const c = messages.compile;
  if (!side) return <>{c.notRated}</>;
  return (
    <>
      {isGoal && <p className="compile-side-rating">{side.ratingLabel ?? c.notRated}</p>}
      <p>{side.comment ?? c.noComment}</p>
      <DissentLines dissents={side.dissents} />
    </>
  );
}

/** Reservations and separate statements, each on its own line, by name. */
export function DissentLines({ dissents }: { dissents: CommentEntry['dissents'] }) {
  const { messages } = useI18n();
  const c = messages.compile;
  return (
    <>
      {dissents.map((dissent, index) => (
        <p key={index} className="compile-dissent">
          {c.dissent(c.dissentKinds[dissent.kind], dissent.participantName, dissent.text)}
        </p>
      ))}
    </>
  );
}
