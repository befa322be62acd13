/** Faults queued through `POST {base}/__test/faults`, read by the routes. Test controls only. */
export interface Faults {
  /** 'after-charge': the next commit charges and records its result, then answers 500. One-shot. */
  commitError: 'after-charge' | null;
  /** Every preview waits this long before pricing, until reset. */
  previewDelayMs: number;
}

export function createFaults(): Faults {
  return { commitError: null, previewDelayMs: 0 };
}
