import { HttpError } from '../http/errors.js';
import { createTokenBuckets } from '../http/token-bucket.js';
import type { RateLimit } from '../http/token-bucket.js';

/**
 * The writes a user can repeat at will and that store a row each: previews (open to every member)
 * and change requests. Commits need none: each charges and is reviewed by a person.
 */
export interface RateLimits {
  /** Per account. Default 60 a minute, 30 at once. */
  readonly previews?: RateLimit | false;
  /** Per account. Default 10 an hour, all 10 at once. */
  readonly changeRequests?: RateLimit | false;
}

export type RateLimitName = keyof RateLimits;

export const defaultRateLimits: Readonly<Record<RateLimitName, RateLimit>> = {
  // The widgets ask the server for a preview only while the review is open, debounced: a person
  // stays far below this; a script creating rows does not.
  previews: { limit: 60, perMs: 60_000, burst: 30 },
  changeRequests: { limit: 10, perMs: 3_600_000, burst: 10 },
};

export interface AccountRateLimiter {
  /** Takes one of the account's `name` tokens, or throws 429 rate-limited with Retry-After. */
  take(name: RateLimitName, accountId: string): void;
  /** Every account's buckets full again (the test controls' reset). */
  clear(): void;
}

export function createAccountRateLimiter(
  limits: RateLimits = {},
  now: () => Date,
): AccountRateLimiter {
  const clock = () => now().getTime();
  const buckets = Object.fromEntries(
    (Object.keys(defaultRateLimits) as RateLimitName[]).map((name) => {
      const limit = limits[name] ?? defaultRateLimits[name];
      return [name, limit === false ? null : createTokenBuckets(limit, clock)];
    }),
  ) as Record<RateLimitName, ReturnType<typeof createTokenBuckets> | null>;

  return {
    take(name, accountId) {
      const retryAfter = buckets[name]?.take(accountId) ?? 0;
      if (retryAfter === 0) return;
      throw new HttpError(
        'rate-limited',
        `Too many requests for this account; retry in ${retryAfter} s.`,
        { headers: { 'retry-after': String(retryAfter) } },
      );
    },
    clear() {
      for (const bucket of Object.values(buckets)) bucket?.clear();
    },
  };
}
