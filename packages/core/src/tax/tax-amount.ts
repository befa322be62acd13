import type { TaxMode } from '../catalog/catalog-types.js';
import { assertAmount } from '../money/checks.js';
import { assert } from '../money/errors.js';
import type { Money } from '../money/money.js';
import { divideRoundHalfAwayFromZero } from '../money/rounding.js';
import type { TaxDecision, TaxedAmount } from './tax-types.js';

const basis = 10_000n;

/**
 * Taxes one line. The rule, written once: tax is computed per line and rounded half away from
 * zero to the currency's minor unit; totals are sums of lines (as Stripe writes an integer
 * `taxes[].amount` on each invoice line and sums them into `total_taxes`).
 * 'exclusive': the amount is net; tax = round(net × rate), gross = net + tax.
 * 'inclusive': the amount is gross; tax = round(gross × rate / (1 + rate)), net = gross − tax, so
 * the price the customer saw stays the price they pay. Either way net + tax = gross exactly.
 */
export function taxLine(given: Money, taxMode: TaxMode, decision: TaxDecision): TaxedAmount {
  assertAmount(given.amount);
  const amount: Money = { amount: zeroed(given.amount), currency: given.currency };
  assert(
    Number.isSafeInteger(decision.rate) && decision.rate >= 0,
    'invalid-factor',
    decision.rate,
  );
  const rate = BigInt(decision.rate);
  const tax =
    taxMode === 'exclusive'
      ? divideRoundHalfAwayFromZero(BigInt(amount.amount) * rate, basis)
      : divideRoundHalfAwayFromZero(BigInt(amount.amount) * rate, basis + rate);
  const taxMoney: Money = { amount: zeroed(Number(tax)), currency: amount.currency };
  const net: Money =
    taxMode === 'exclusive'
      ? amount
      : { amount: zeroed(amount.amount - taxMoney.amount), currency: amount.currency };
  const gross: Money =
    taxMode === 'exclusive'
      ? { amount: zeroed(amount.amount + taxMoney.amount), currency: amount.currency }
      : amount;
  assertAmount(gross.amount);
  if (decision.treatment === 'not-collected' || decision.country === null) {
    return { net: amount, taxes: [], gross: amount };
  }
  return {
    net,
    taxes: [
      {
        treatment: decision.treatment,
        country: decision.country,
        rate: decision.rate,
        taxable: net,
        amount: taxMoney,
      },
    ],
    gross,
  };
}

/** −0 is a float artefact: amounts on the wire are plain integers. */
function zeroed(value: number): number {
  return value === 0 ? 0 : value;
}
