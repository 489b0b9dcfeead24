import { useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { openDatabase } from '../data/connection';
import { useDatabase } from '../data/DatabaseProvider';
import { useStartI18n } from '../i18n/I18nProvider';

type Problem = { kind: 'blocked' } | { kind: 'failed'; reason: string };

/**
 * Shows the app once its database opens, and in its place a plain account of why not when it cannot: an upgrade held
 * up by another window of an older version, or a failure of the disk. (A database from a newer version opens: Dexie
 * adapts to it.) Rendering does not wait for the open: the app starts as fast as before and only a problem replaces it.
 */
export function DatabaseGuard({ children }: { children: ReactNode }) {
  const database = useDatabase();
  const { messages } = useStartI18n();
  const s = messages.storage;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const onBlocked = () => current && setProblem({ kind: 'blocked' });
    const { opened, stopListening } = openDatabase(database, attempt, onBlocked);
    opened.then(
      () => current && setProblem(null),
      (error: unknown) => current && setProblem({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      stopListening();
    };
  }, [database, attempt]);

  if (!problem) return children;
  return (
    <main className="app-main database-problem">
      <section role="alert" aria-labelledby="database-problem-title">
        <h1 id="database-problem-title">{s.databaseTitle}</h1>
        <p>{problem.kind === 'blocked' ? s.databaseBlocked : s.databaseFailed(problem.reason)}</p>
        {problem.kind === 'failed' && (
          <Button className="button button-primary" onPress={() => setAttempt((count) => count + 1)}>
            {s.retry}
          </Button>
        )}
      </section>
    </main>
  );
}
