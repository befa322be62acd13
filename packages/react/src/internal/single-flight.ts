/**
 * One attempt at a time: calls while an attempt is in flight get that attempt. `start` returns
 * null when there is nothing to do (the flow refused), which resolves at once.
 */
export function singleFlight(start: () => Promise<void> | null): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  return () => {
    if (inFlight) return inFlight;
    const attempt = start();
    if (!attempt) return Promise.resolve();
    inFlight = attempt.finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
