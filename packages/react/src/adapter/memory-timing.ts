import { AdapterError } from './adapter-error.js';

export interface Gate {
  readonly waiting: number;
  wait(signal: AbortSignal | undefined): Promise<void>;
  open(): void;
}

/** A latch: every `wait` resolves on `open`, or rejects as aborted when its signal aborts first. */
export function createGate(): Gate {
  const waiters = new Set<() => void>();
  return {
    get waiting() {
      return waiters.size;
    },
    wait(signal) {
      return new Promise((resolve, reject) => {
        const aborted = () => new AdapterError('aborted', 'The request was aborted.');
        if (signal?.aborted) return reject(aborted());
        const go = () => {
          waiters.delete(go);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          waiters.delete(go);
          reject(aborted());
        };
        waiters.add(go);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    open() {
      for (const go of waiters) go(); // each go() deletes itself: a Set visits the rest
    },
  };
}

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new AdapterError('aborted', 'The request was aborted.');
    if (signal?.aborted) return reject(aborted());
    // Zero latency still yields once, like a network round trip would.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
