import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` between BEGIN IMMEDIATE and COMMIT (ROLLBACK when it throws), synchronously. For
 * migrations, which run before the store serves anything.
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** How long a write waits for other connections' write transactions before it fails. */
const lockWaitMs = 10_000;

/**
 * Like `transaction`, for work that awaits. IMMEDIATE takes the database's write lock at BEGIN, so
 * a transaction that reads then writes cannot interleave with another connection's. While another
 * connection holds the lock, BEGIN is retried from the event loop instead of SQLite's busy
 * handler, which would block this thread: a transaction of this same process on another
 * connection could then never reach its COMMIT.
 */
export async function asyncTransaction<T>(
  db: DatabaseSync,
  work: () => Promise<T> | T,
): Promise<T> {
  const giveUpAt = Date.now() + lockWaitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      break;
    } catch (error) {
      if (!isBusy(error) || Date.now() > giveUpAt) throw error;
      // Short, growing, jittered pauses: contention here lasts one transaction (milliseconds).
      const pause = Math.min(25, 1 + attempt) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  // SQLITE_BUSY, and its extended codes (the low byte is the primary code).
  return typeof code === 'number' && (code & 0xff) === 5;
}

/**
 * One connection serves the whole process, so an open transaction owns it: anything else that
 * would run a statement on it meanwhile waits its turn, or its statement would join (and roll
 * back with) someone else's transaction. This is that turn-taking; it orders work in this process
 * only, and correctness between processes rests on the database's lock.
 */
export function createConnectionQueue(): <T>(task: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(() => task());
    tail = run.catch(() => undefined);
    return run;
  };
}
