import { useId, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import { storedMatches, type StoredMatch } from '../../shared/compile/storedMatches';
import { formatCalendarDate } from '../../shared/i18n/format';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { linkStoredAnswers } from '../data/answers';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

/**
 * Answers the first release stored without a remissinstans id: each offered to the remissinstans its name suggests,
 * linked only when the user says so, so that the round's status and the report count it.
 */
export function StoredMatches({ pkg, answers }: { pkg: RemissPackage; answers: readonly CompiledAnswer[] }) {
  const { messages, language } = useI18n();
  const r = messages.round;
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const [failure, setFailure] = useState<string | null>(null);
  const lineId = useId();
  const matches = useMemo(() => storedMatches(answers, pkg.respondents), [answers, pkg.respondents]);
  if (matches.length === 0) return null;
  const suggested = matches.filter(
    (match): match is StoredMatch & { suggestion: NonNullable<StoredMatch['suggestion']> } => match.suggestion !== null,
  );

  const link = async (chosen: typeof suggested) => {
    setFailure(null);
    try {
      const count = await linkStoredAnswers(
        database,
        pkg.id,
        chosen.map((match) => ({ answerId: match.answerId, respondentId: match.suggestion.id })),
      );
      announce(r.linked(count));
    } catch {
      setFailure(r.linkFailed);
    }
  };

  return (
    <section aria-labelledby="stored-matches" className="panel">
      <h2 id="stored-matches">{r.storedMatchTitle}</h2>
      <p>{r.storedMatchIntro}</p>
      <ul className="issue-list">
        {matches.map((match, index) => (
          <li key={match.answerId}>
            <span id={`${lineId}-${index}`}>
              {r.storedMatchLine(match.bodyName, formatCalendarDate(match.meetingDate, language), match.fileName)}
            </span>{' '}
            {match.suggestion ? (
              // Two answers from one body offer the same link: the line it stands on tells them apart.
              <Button
                className="button"
                aria-describedby={`${lineId}-${index}`}
                onPress={() => void link([{ ...match, suggestion: match.suggestion! }])}
              >
                {r.linkTo(match.suggestion.name)}
              </Button>
            ) : (
              r.noSuggestion
            )}
          </li>
        ))}
      </ul>
      {suggested.length > 1 && (
        <Button className="button" onPress={() => void link(suggested)}>
          {r.linkAll}
        </Button>
      )}
      {failure && <p className="alert">{failure}</p>}
    </section>
  );
}
