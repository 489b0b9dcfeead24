import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import { vi } from 'vitest';
import type { MalsamtalDatabase } from '../../renderer/data/db';

/** The disk under a test database, as the tests want it to behave. */
export interface TestDisk {
  /**
   * From now on every write fails as on a full disk. As Chromium's IndexedDB does, a connection that has met such a
   * failure stays broken, even after space is freed: only a new connection can write again.
   */
  fill: () => void;
  /** Space is freed: new connections write again (broken ones stay broken). */
  free: () => void;
  /** Every write transaction started from now on waits until the returned function is called, as on a slow disk. */
  holdWrites: () => () => void;
  /** How many connections the app has opened to the database so far. */
  connections: () => number;
}

const disks = new WeakMap<MalsamtalDatabase, TestDisk>();

function quotaExceeded(): DOMException {
  return new DOMException('The disk is full', 'QuotaExceededError');
}

/** Puts a test disk under a database that has not been opened yet; see TestDisk. */
export function attachTestDisk(database: MalsamtalDatabase): TestDisk {
  let full = false;
  let opened = 0;
  const broken = new Set<number>();
  database.use({
    stack: 'dbcore',
    name: 'testDisk',
    create: (down: DBCore): DBCore => {
      opened += 1;
      const connection = opened;
      return {
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request: DBCoreMutateRequest) => {
              if (full || broken.has(connection)) {
                broken.add(connection);
                return Promise.reject(quotaExceeded());
              }
              return table.mutate(request);
            },
          };
        },
      };
    },
  });
  const disk: TestDisk = {
    fill: () => {
      full = true;
    },
    free: () => {
      full = false;
    },
    holdWrites: () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const real = database.transaction.bind(database) as (...args: unknown[]) => Promise<unknown>;
      const held = vi.spyOn(database, 'transaction').mockImplementation(((...args: unknown[]) => {
        // A transaction opened inside another must start at once, or the outer one would commit without it.
        if (Dexie.currentTransaction || args[0] === 'r') return real(...args);
        return gate.then(() => real(...args));
      }) as typeof database.transaction);
      return () => {
        held.mockRestore();
        release();
      };
    },
    connections: () => opened,
  };
  disks.set(database, disk);
  return disk;
}

/** The test disk under a database made by createTestDatabase. */
export function testDisk(database: MalsamtalDatabase): TestDisk {
  const disk = disks.get(database);
  if (!disk) throw new Error(`${database.name} has no test disk: make it with createTestDatabase`);
  return disk;
}
