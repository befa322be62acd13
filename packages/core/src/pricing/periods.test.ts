import { describe, expect, it } from 'vitest';
import { addInterval, toSeconds } from './periods.js';

describe('addInterval', () => {
  it('adds a month in UTC, keeping the time of day', () => {
    expect(addInterval('2025-01-15T23:30:00.000Z', 'month')).toBe('2025-02-15T23:30:00.000Z');
  });

  it('adds a year', () => {
    expect(addInterval('2025-01-22T00:00:00Z', 'year')).toBe('2026-01-22T00:00:00.000Z');
  });

  it('crosses the year end', () => {
    expect(addInterval('2024-12-10T00:00:00Z', 'month')).toBe('2025-01-10T00:00:00.000Z');
  });

  it('clamps a period anchored on the 31st to the last day of shorter months, then returns to the 31st', () => {
    expect(addInterval('2025-01-31T00:00:00Z', 'month')).toBe('2025-02-28T00:00:00.000Z');
    expect(addInterval('2025-02-28T00:00:00Z', 'month', 31)).toBe('2025-03-31T00:00:00.000Z');
    expect(addInterval('2025-03-31T00:00:00Z', 'month')).toBe('2025-04-30T00:00:00.000Z');
  });

  it('lands on February 29 in a leap year', () => {
    expect(addInterval('2024-01-31T00:00:00Z', 'month')).toBe('2024-02-29T00:00:00.000Z');
    expect(addInterval('2024-01-29T00:00:00Z', 'month')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('moves February 29 to February 28 a year later', () => {
    expect(addInterval('2024-02-29T12:00:00Z', 'year')).toBe('2025-02-28T12:00:00.000Z');
  });

  it('rejects an invalid instant and an invalid anchor', () => {
    expect(() => addInterval('not a date', 'month')).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
    expect(() => addInterval('2025-01-01T00:00:00Z', 'month', 32)).toThrow(
      expect.objectContaining({ code: 'invalid-number' }),
    );
  });
});

describe('toSeconds', () => {
  it('counts whole seconds, dropping milliseconds', () => {
    expect(toSeconds('1970-01-01T00:00:01.999Z')).toBe(1);
    expect(toSeconds(new Date(0))).toBe(0);
  });
});
