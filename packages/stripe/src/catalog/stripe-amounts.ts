import { minorUnits } from '@tarif/core';
import type { CurrencyCode } from '@tarif/core';

/** Why a catalog cannot be sold through Stripe as it is. */
export type StripeMappingCode =
  'unsupported-currency' | 'unrepresentable-amount' | 'lookup-key-too-long' | 'invalid-amount';

export interface StripeMappingIssue {
  readonly code: StripeMappingCode;
  readonly message: string;
}

/** A catalog (or an amount in it) that has no faithful Stripe form; nothing was sent to Stripe. */
export class StripeMappingError extends Error {
  readonly issues: readonly StripeMappingIssue[];

  constructor(issues: readonly StripeMappingIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `${first.message}${more}` : 'The catalog cannot be mapped to Stripe.');
    this.name = 'StripeMappingError';
    this.issues = issues;
  }
}

/**
 * How Stripe writes amounts of a currency, relative to Tarif's minor units (ISO 4217):
 * `factor` turns a Tarif amount into Stripe's `unit_amount`, and Stripe only accepts Stripe amounts
 * that are a multiple of `multipleOf`.
 */
interface StripeAmountRule {
  readonly factor: 1 | 100;
  readonly multipleOf: 1 | 10 | 100;
}

const same: StripeAmountRule = { factor: 1, multipleOf: 1 };

/**
 * Stripe's amount rules where they differ from "the ISO minor unit, any integer", from Stripe's
 * currency documentation (docs.stripe.com/currencies):
 * - ISK has no minor unit in ISO 4217 (Tarif writes whole krónur), but Stripe's API keeps it
 *   two-decimal with the decimals always 00: 5 ISK is `500`.
 * - Three-decimal currencies: the last digit must be 0 (Stripe's payment partners round to tens).
 * Currencies of Tarif's table whose Stripe form is not established (UGX, which Stripe has moved
 * between zero- and two-decimal forms; IQD and LYD, which Stripe does not list as presentment
 * currencies) are refused rather than guessed: a wrong factor bills 100 times too much or too little.
 */
const rules: { readonly [code: string]: StripeAmountRule | 'unsupported' } = {
  ISK: { factor: 100, multipleOf: 100 },
  BHD: { factor: 1, multipleOf: 10 },
  JOD: { factor: 1, multipleOf: 10 },
  KWD: { factor: 1, multipleOf: 10 },
  OMR: { factor: 1, multipleOf: 10 },
  TND: { factor: 1, multipleOf: 10 },
  UGX: 'unsupported',
  IQD: 'unsupported',
  LYD: 'unsupported',
};

function ruleFor(currency: CurrencyCode): StripeAmountRule {
  // Throws TarifError('unknown-currency') for a code outside Tarif's table.
  minorUnits(currency);
  const rule = rules[currency] ?? same;
  if (rule === 'unsupported') {
    throw new StripeMappingError([
      {
        code: 'unsupported-currency',
        message: `${currency} has no verified Stripe amount form; @tarif/stripe does not sell in it.`,
      },
    ]);
  }
  return rule;
}

/** Stripe's spelling of a currency: the ISO code in lower case. Throws for an unsupported currency. */
export function stripeCurrency(currency: CurrencyCode): string {
  ruleFor(currency);
  return currency.toLowerCase();
}

/**
 * A Tarif amount (integer minor units of `currency`) as Stripe's `unit_amount`, in integers only.
 * Throws StripeMappingError when Stripe cannot charge it exactly (a three-decimal amount not in
 * tens, an unsupported currency) or when it is not a safe integer.
 */
export function toStripeAmount(amount: number, currency: CurrencyCode): number {
  const rule = ruleFor(currency);
  if (!Number.isSafeInteger(amount)) {
    throw new StripeMappingError([
      { code: 'invalid-amount', message: `${amount} ${currency} is not an integer amount.` },
    ]);
  }
  const stripeAmount = amount * rule.factor;
  if (!Number.isSafeInteger(stripeAmount) || stripeAmount % rule.multipleOf !== 0) {
    throw new StripeMappingError([
      {
        code: 'unrepresentable-amount',
        message: `${amount} ${currency} (minor units) cannot be charged by Stripe exactly: its amounts in ${currency} are multiples of ${rule.multipleOf}.`,
      },
    ]);
  }
  return stripeAmount;
}

/**
 * A Stripe amount of `currency` as Tarif minor units, or null when it is not a whole Tarif amount
 * (e.g. ISK 1050: 10.50 krónur). The inverse of `toStripeAmount`, for comparing Stripe's figures.
 */
export function fromStripeAmount(stripeAmount: number, currency: CurrencyCode): number | null {
  const rule = ruleFor(currency);
  if (!Number.isSafeInteger(stripeAmount) || stripeAmount % rule.factor !== 0) return null;
  return stripeAmount / rule.factor;
}
