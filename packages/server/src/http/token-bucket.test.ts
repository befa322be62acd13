import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket.js';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createTokenBuckets', () => {
  it('lets a burst through, then one call per refill, and says how long to wait', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 60, perMs: 60_000, burst: 3 }, time.now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1); // one token a second
    time.advance(400);
    expect(buckets.take('a')).toBe(1); // 0.4 of a token: 0.6 s left, rounded up
    time.advance(600);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
  });

  it('keeps one bucket per key', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 1, perMs: 1000, burst: 1 }, time.now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
  });

  it('refills no further than the burst, however long the quiet spell', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 10, perMs: 3_600_000, burst: 2 }, time.now);
    buckets.take('a');
    time.advance(24 * 3_600_000);
    expect([buckets.take('a'), buckets.take('a')]).toEqual([0, 0]);
    expect(buckets.take('a')).toBe(360); // 10 an hour: one every 6 minutes
  });

  it('does not refill when the clock goes back', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 1, perMs: 1000, burst: 1 }, time.now);
    buckets.take('a');
    time.advance(-60_000);
    expect(buckets.take('a')).toBe(1);
  });

  it('forgets buckets that have refilled, so idle keys cost no memory', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 1, perMs: 1000, burst: 2 }, time.now);
    for (const key of ['a', 'b', 'c']) buckets.take(key);
    expect(buckets.size()).toBe(3);
    time.advance(2000); // long enough to fill any bucket
    buckets.take('d');
    expect(buckets.size()).toBe(1);
  });

  it('starts again from full after clear()', () => {
    const time = clock();
    const buckets = createTokenBuckets({ limit: 1, perMs: 60_000, burst: 1 }, time.now);
    buckets.take('a');
    buckets.clear();
    expect(buckets.take('a')).toBe(0);
  });
});
