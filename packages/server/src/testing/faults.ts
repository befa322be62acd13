/** Faults queued through `POST {base}/__test/faults`. Test controls only. */
export interface Faults {
  /** 'after-charge': the next commit charges and records its result, then answers 500. One-shot. */
  commitError: 'after-charge' | null;
  /** The next commit stops for good after the charge, before recording it (kill the process then). */
  pauseAfterCharge: boolean;
  /** While set, every preview waits until the hold is lifted (`holdPreviews: false` or a reset). */
  previewHold: PreviewHold | null;
}

export interface PreviewHold {
  readonly released: Promise<void>;
  release(): void;
}

export function createFaults(): Faults {
  return { commitError: null, pauseAfterCharge: false, previewHold: null };
}

/** Holds previews: tests look at the client's estimate for as long as they need, then release. */
export function holdPreviews(faults: Faults): void {
  if (faults.previewHold) return;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  faults.previewHold = { released, release };
}

export function releasePreviews(faults: Faults): void {
  faults.previewHold?.release();
  faults.previewHold = null;
}

export function clearFaults(faults: Faults): void {
  releasePreviews(faults);
  faults.commitError = null;
  faults.pauseAfterCharge = false;
}

/** What the faults endpoint answers: the state, without the hold's promise. */
export function describeFaults(faults: Faults) {
  return {
    commitError: faults.commitError,
    pauseAfterCharge: faults.pauseAfterCharge,
    holdPreviews: faults.previewHold !== null,
  };
}
