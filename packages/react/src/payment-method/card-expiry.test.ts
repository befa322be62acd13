import { describe, expect, it } from 'vitest';
import { isExpired } from './card-expiry.js';

const card = { type: 'card', brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 } as const;

describe('isExpired', () => {
  it('keeps a card valid through the last instant of its expiry month (UTC)', () => {
    expect(isExpired(card, new Date('2028-08-31T23:59:59.999Z'))).toBe(false);
    expect(isExpired(card, new Date('2028-09-01T00:00:00.000Z'))).toBe(true);
  });

  it('handles a December expiry, and never expires a mandate or nothing', () => {
    const december = { ...card, expMonth: 12, expYear: 2027 };
    expect(isExpired(december, new Date('2027-12-31T12:00:00Z'))).toBe(false);
    expect(isExpired(december, new Date('2028-01-01T00:00:00Z'))).toBe(true);
    expect(isExpired({ type: 'sepa_debit', last4: '3000' }, new Date('2100-01-01'))).toBe(false);
    expect(isExpired(null, new Date('2100-01-01'))).toBe(false);
  });
});
