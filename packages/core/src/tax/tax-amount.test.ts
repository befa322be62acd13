import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Money } from '../money/money.js';
import { taxLine } from './tax-amount.js';
import type { TaxDecision } from './tax-types.js';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const fr: TaxDecision = { treatment: 'standard', country: 'FR', rate: 2000 };

describe('taxLine', () => {
  it('adds 20 % to a net amount, rounded to the cent', () => {
    // 54,22 € HT → 10,844 € de TVA → 10,84 €; 65,06 € TTC.
    expect(taxLine(eur(5422), 'exclusive', fr)).toEqual({
      net: eur(5422),
      taxes: [
        { treatment: 'standard', country: 'FR', rate: 2000, taxable: eur(5422), amount: eur(1084) },
      ],
      gross: eur(6506),
    });
  });

  it('rounds a half cent away from zero, for a charge and for a credit', () => {
    const half: TaxDecision = { treatment: 'standard', country: 'FR', rate: 5000 };
    expect(taxLine(eur(1), 'exclusive', half).gross).toEqual(eur(2));
    expect(taxLine(eur(-1), 'exclusive', half).gross).toEqual(eur(-2));
    expect(taxLine(eur(-5422), 'exclusive', fr).taxes[0]?.amount).toEqual(eur(-1084));
  });

  it('extracts the tax from an inclusive price, which stays what the customer pays', () => {
    // 59,00 € TTC at 20 %: 9,833… € of tax → 9,83 €; 49,17 € HT.
    const taxed = taxLine(eur(5900), 'inclusive', fr);
    expect(taxed.gross).toEqual(eur(5900));
    expect(taxed.taxes[0]?.amount).toEqual(eur(983));
    expect(taxed.net).toEqual(eur(4917));
  });

  it('names a reverse charge with a zero tax, and adds nothing where no VAT is collected', () => {
    const reverse = taxLine(eur(5900), 'exclusive', {
      treatment: 'reverse-charge',
      country: 'DE',
      rate: 0,
    });
    expect(reverse.gross).toEqual(eur(5900));
    expect(reverse.taxes).toEqual([
      { treatment: 'reverse-charge', country: 'DE', rate: 0, taxable: eur(5900), amount: eur(0) },
    ]);
    const none = taxLine(eur(5900), 'exclusive', {
      treatment: 'not-collected',
      country: 'US',
      rate: 0,
    });
    expect(none).toEqual({ net: eur(5900), taxes: [], gross: eur(5900) });
  });

  it('works in a currency without minor units', () => {
    const jpy: Money = { amount: 1234, currency: 'JPY' };
    expect(taxLine(jpy, 'exclusive', { ...fr, rate: 1000 }).gross).toEqual({
      amount: 1357,
      currency: 'JPY',
    });
  });

  it('refuses a rate that is not a whole number of basis points', () => {
    expect(() => taxLine(eur(100), 'exclusive', { ...fr, rate: 19.6 })).toThrow(/Factor/);
  });
});

describe('taxLine properties', () => {
  const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
  const rate = fc.integer({ min: 0, max: 10_000 });
  const mode = fc.constantFrom('exclusive' as const, 'inclusive' as const);

  it('net + tax = gross, exactly, in both modes', () => {
    fc.assert(
      fc.property(amount, rate, mode, (value, bp, taxMode) => {
        const taxed = taxLine(eur(value), taxMode, { ...fr, rate: bp });
        const tax = taxed.taxes.reduce((total, entry) => total + entry.amount.amount, 0);
        expect(taxed.net.amount + tax).toBe(taxed.gross.amount);
        expect(taxMode === 'exclusive' ? taxed.net.amount : taxed.gross.amount).toBe(value);
      }),
    );
  });

  it('the tax is the exact tax rounded to the nearest minor unit (within half a unit)', () => {
    fc.assert(
      fc.property(amount, rate, mode, (value, bp, taxMode) => {
        const taxed = taxLine(eur(value), taxMode, { ...fr, rate: bp });
        const tax = BigInt(taxed.taxes[0]!.amount.amount);
        // exclusive: tax ≈ net × r / 10000; inclusive: tax ≈ gross × r / (10000 + r).
        const denominator = taxMode === 'exclusive' ? 10_000n : 10_000n + BigInt(bp);
        const error = tax * denominator - BigInt(value) * BigInt(bp);
        const abs = error < 0n ? -error : error;
        expect(abs * 2n <= denominator).toBe(true);
      }),
    );
  });

  it('a credit is taxed as the mirror of the same charge', () => {
    fc.assert(
      fc.property(amount, rate, mode, (value, bp, taxMode) => {
        const decision = { ...fr, rate: bp };
        const charge = taxLine(eur(value), taxMode, decision);
        const credit = taxLine(eur(-value), taxMode, decision);
        expect(credit.gross.amount).toBe(-charge.gross.amount || 0);
        expect(credit.net.amount).toBe(-charge.net.amount || 0);
      }),
    );
  });
});
