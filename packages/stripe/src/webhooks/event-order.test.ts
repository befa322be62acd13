import { describe, expect, it } from 'vitest';
import { isStale } from './event-order.js';

describe('isStale', () => {
  it.each([
    ['nothing applied yet', null, { created: 100, final: false }, false],
    ['newer', { created: 100, final: false }, { created: 101, final: false }, false],
    ['same second', { created: 100, final: false }, { created: 100, final: true }, false],
    ['older', { created: 100, final: false }, { created: 99, final: false }, true],
    ['older but final', { created: 100, final: false }, { created: 99, final: true }, true],
    ['after a final state', { created: 100, final: true }, { created: 200, final: false }, true],
  ])('%s', (_, last, incoming, stale) => {
    expect(isStale(last, incoming)).toBe(stale);
  });
});
