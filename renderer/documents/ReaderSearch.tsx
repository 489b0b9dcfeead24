import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, Group, Input, Label, SearchField } from 'react-aria-components';
import type { DocumentHit } from '../../shared/search/documentSearch';
import { useI18n } from '../i18n/I18nProvider';

/** A search in one document: what was asked, what was found (null while looking), and which hit the reader is on. */
export interface ReaderSearchState {
  query: string;
  hits: DocumentHit[] | null;
  current: number;
}

/** Waits this long after the last key before searching, so typing a word does not search every letter of it. */
const SEARCH_DELAY_MS = 200;

/**
 * The search box of a document: finds as the user types, steps through the hits (Enter and Shift+Enter in the box, or
 * the buttons), and says how many there are. Ctrl+F (⌘F) reaches the box from anywhere while the document is open.
 */
export function ReaderSearch({
  search,
  onChange,
  find,
  firstHit,
}: {
  search: ReaderSearchState;
  onChange: (search: ReaderSearchState) => void;
  find: (query: string) => Promise<DocumentHit[]>;
  firstHit: (hits: DocumentHit[]) => number;
}) {
  const { messages } = useI18n();
  const r = messages.documents.reader;
  const [query, setQuery] = useState(search.query);
  const inputRef = useRef<HTMLInputElement>(null);
  // The search runs on a timer; it answers through the callbacks as they are when it ends, not as they were when it began.
  const latest = useRef({ onChange, find, firstHit });
  useLayoutEffect(() => {
    latest.current = { onChange, find, firstHit };
  });

  useEffect(() => {
    if (query.trim() === '') {
      latest.current.onChange({ query, hits: null, current: 0 });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void latest.current.find(query).then((hits) => {
        if (current) latest.current.onChange({ query, hits, current: latest.current.firstHit(hits) });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const hits = search.query === query ? search.hits : null;
  const step = (direction: -1 | 1) => {
    if (!hits || hits.length === 0) return;
    onChange({ ...search, current: (search.current + direction + hits.length) % hits.length });
  };
  const status =
    query.trim() === '' ? '' : hits === null ? r.searching : hits.length === 0 ? r.noHits : r.hit(search.current + 1, hits.length);

  return (
    <Group className="reader-group reader-search" aria-label={r.search}>
      <SearchField className="field" value={query} onChange={setQuery} onSubmit={() => step(1)}>
        <Label>{r.search}</Label>
        <Input
          ref={inputRef}
          className="input"
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.shiftKey) {
              event.preventDefault();
              step(-1);
            }
          }}
        />
      </SearchField>
      <Button className="button" isDisabled={!hits || hits.length < 2} onPress={() => step(-1)}>
        {r.previousHit}
      </Button>
      <Button className="button" isDisabled={!hits || hits.length < 2} onPress={() => step(1)}>
        {r.nextHit}
      </Button>
      <p className="reader-hits" aria-live="polite">
        {status}
      </p>
    </Group>
  );
}
