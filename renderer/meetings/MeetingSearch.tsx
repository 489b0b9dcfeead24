import { useEffect, useMemo, useState } from 'react';
import { Input, Label, SearchField, Text } from 'react-aria-components';
import { formatCalendarDate } from '../../shared/i18n/format';
import { search, type SearchHit } from '../../shared/search/textSearch';
import { useDatabase } from '../data/DatabaseProvider';
import { useMeetings } from '../data/meetings';
import { createSearchIndexCache } from '../data/search';
import { useStartI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';

const LIMIT = 100;

/** Finds a word across every meeting's notes, comments and reservations on this laptop. */
export function MeetingSearch() {
  const database = useDatabase();
  const { language, messages } = useStartI18n();
  const s = messages.search;
  const meetings = useMeetings();
  const cache = useMemo(() => createSearchIndexCache(database), [database]);
  useEffect(() => cache.watch(), [cache]);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] } | { query: string; failed: true } | null>(null);

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    cache
      .index()
      .then((index) => current && setResult({ query, hits: search(index, query, LIMIT) }))
      .catch(() => current && setResult({ query, failed: true }));
    return () => {
      current = false;
    };
  }, [cache, query]);

  const byId = new Map((meetings ?? []).map((meeting) => [meeting.id, meeting]));
  const shown = query.trim() !== '' && result?.query === query ? result : null;

  return (
    <section className="panel meeting-search" aria-labelledby="search-title">
      <h2 id="search-title">{s.title}</h2>
      <SearchField className="field" value={query} onChange={setQuery}>
        <Label>{s.label}</Label>
        <Input className="input" />
        <Text slot="description" className="field-hint">
          {s.hint}
        </Text>
      </SearchField>
      <div aria-live="polite">
        {shown && 'failed' in shown && <p className="alert">{s.failed}</p>}
        {shown && 'hits' in shown && <p className="count">{s.results(shown.hits.length, shown.hits.length >= LIMIT)}</p>}
      </div>
      {shown && 'hits' in shown && shown.hits.length > 0 && (
        <ol className="search-hits" aria-label={s.resultsLabel}>
          {shown.hits.map((hit, index) => {
            const meeting = byId.get(hit.meetingId);
            return (
              <li key={index}>
                {meeting && (
                  <a href={formatRoute({ screen: 'meeting', meetingId: meeting.id })}>
                    {s.openMeeting(meeting.bodyName, formatCalendarDate(meeting.date, language))}
                  </a>
                )}
                <span className="search-kind"> · {s.kinds[hit.kind]}</span>
                <p className="search-snippet">
                  {hit.snippet.before}
                  <mark>{hit.snippet.match}</mark>
                  {hit.snippet.after}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
