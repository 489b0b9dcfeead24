import { useLiveQuery } from 'dexie-react-hooks';
import type { Logo } from '../../shared/attachment/logo';
import type { Body, BodyInput } from '../../shared/domain/body';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

/** Every body on this laptop, by name as a Swede sorts it. */
export function useBodies(): Body[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.bodies.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'sv')), [database]);
}

/** Stores validated input as a new body (id null) or over an existing one, keeping when it was created. */
export async function saveBody(database: MalsamtalDatabase, id: string | null, input: BodyInput, now = new Date()): Promise<Body> {
  const timestamp = now.toISOString();
  return database.transaction('rw', database.bodies, async () => {
    const existing = id === null ? undefined : await database.bodies.get(id);
    const body: Body = {
      id: existing?.id ?? crypto.randomUUID(),
      name: input.name,
      kind: input.kind,
      ownGoals: input.ownGoals,
      members: input.members ?? existing?.members ?? [],
      memberCount: input.memberCount !== undefined ? input.memberCount : (existing?.memberCount ?? null),
      logo: input.logo !== undefined ? input.logo : (existing?.logo ?? null),
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
    };
    await database.bodies.put(body);
    return body;
  });
}

/**
 * The body's logo read straight from the table, for the form to edit: a live query's cached copy keeps bytes as bytes
 * only when they were made in the page's own realm (Dexie's clone knows its own Uint8Array), which a test DOM's are not.
 */
export async function readLogo(database: MalsamtalDatabase, id: string): Promise<Logo | null> {
  return (await database.bodies.get(id))?.logo ?? null;
}

/** Meetings keep the body's name as it was written, so deleting a profile takes nothing from them. */
export async function deleteBody(database: MalsamtalDatabase, id: string): Promise<void> {
  await database.bodies.delete(id);
}
