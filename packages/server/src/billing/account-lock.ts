/**
 * Runs tasks for the same key one after another, in this process. Commits of one account go
 * through it so two different previews cannot both be checked against the same subscription.
 * Several processes on one database would need a database lock instead (SELECT ... FOR UPDATE).
 */
export type KeyedLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(() => task());
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
