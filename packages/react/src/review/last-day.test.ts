import { describe, expect, it } from 'vitest';
import { lastDayOfPeriod } from './last-day.js';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('lastDayOfPeriod', () => {
  it('is the day before the renewal: a period ending at 1 April 00:00 covers up to 31 March', () => {
    expect(iso(lastDayOfPeriod('2026-03-16T12:00:00Z', '2026-04-01T00:00:00Z', 'UTC'))).toBe(
      '2026-03-31',
    );
  });

  it('counts days in the viewer’s time zone: 1 April 00:00 UTC is already 1 April in Paris', () => {
    expect(
      iso(lastDayOfPeriod('2026-03-16T12:00:00Z', '2026-04-01T00:00:00Z', 'Europe/Paris')),
    ).toBe('2026-03-31');
    // ...but still 31 March in New York, so the renewal is on the 31st there and the last day the 30th.
    expect(
      iso(lastDayOfPeriod('2026-03-16T12:00:00Z', '2026-04-01T00:00:00Z', 'America/New_York')),
    ).toBe('2026-03-30');
  });

  it('crosses month and year ends', () => {
    expect(iso(lastDayOfPeriod('2025-12-10T00:00:00Z', '2026-01-01T00:00:00Z', 'UTC'))).toBe(
      '2025-12-31',
    );
    expect(iso(lastDayOfPeriod('2028-02-10T00:00:00Z', '2028-03-01T00:00:00Z', 'UTC'))).toBe(
      '2028-02-29',
    );
  });

  it('is the first day when the change is made on the renewal day itself', () => {
    expect(iso(lastDayOfPeriod('2026-04-01T00:00:00Z', '2026-04-01T09:00:00Z', 'UTC'))).toBe(
      '2026-04-01',
    );
  });
});
