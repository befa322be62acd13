/** A sustained rate with room for bursts: `limit` calls per `perMs`, at most `burst` at once. */
export interface RateLimit {
  readonly limit: number;
  readonly perMs: number;
  readonly burst: number;
}

export interface TokenBuckets {
  /** Takes a token from `key`'s bucket: 0 when there was one, else whole seconds until there is. */
  take(key: string): number;
  /** Every bucket full again. */
  clear(): void;
  /** Buckets held in memory (those not yet refilled). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per key, refilled continuously from `now` (milliseconds): an injected clock, so
 * tests move time instead of waiting for it. In-memory, so per process.
 */
export function createTokenBuckets(limit: RateLimit, now: () => number): TokenBuckets {
  if (!(limit.limit > 0 && limit.perMs > 0 && limit.burst >= 1)) {
    throw new RangeError('A rate limit needs limit > 0, perMs > 0 and burst >= 1.');
  }
  const perToken = limit.perMs / limit.limit;
  // After this long untouched a bucket is full, the same as no bucket: it can be dropped.
  const fillMs = limit.burst * perToken;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  function sweep(t: number): void {
    if (t - lastSweep < fillMs) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) if (t - bucket.at >= fillMs) buckets.delete(key);
  }

  return {
    take(key) {
      const t = now();
      sweep(t);
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
      // A clock that goes back refills nothing (elapsed 0) and restarts from the earlier instant.
      const elapsed = Math.max(0, t - bucket.at);
      bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsed / perToken);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil(((1 - bucket.tokens) * perToken) / 1000));
    },
    clear() {
      buckets.clear();
    },
    size() {
      return buckets.size;
    },
  };
}
