import { createContext, useContext, type ReactNode } from 'react';
import type { MalsamtalDatabase } from './db';

const DatabaseContext = createContext<MalsamtalDatabase | null>(null);

export function DatabaseProvider({ database, children }: { database: MalsamtalDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): MalsamtalDatabase {
  const database = useContext(DatabaseContext);
  if (!database) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return database;
}
