import type { TaxMode } from '../catalog/catalog-types.js';
import type { Money } from '../money/money.js';

/** Who the customer is for tax: what a backend keeps per account (Stripe's customer address and tax ids). */
export interface BillingDetails {
  /** ISO 3166-1 alpha-2 country of the billing address, upper case (`FR`, `DE`, `US`). */
  readonly country: string;
  /**
   * The customer's VAT number with its member-state prefix (`FR40303265045`, `DE123456789`;
   * Greece writes `EL`). Its presence makes the customer a business for EU VAT.
   */
  readonly vatNumber?: string;
  /** The customer is exempt from tax (Stripe's `tax_exempt: 'exempt'`). */
  readonly taxExempt?: boolean;
}

/**
 * The seller's tax table: where it is established and the VAT rate it collects per customer country.
 * Rates are integers in basis points (2000 = 20 %, 550 = 5.5 %), so no float touches a tax amount.
 */
export interface TaxRates {
  /** The seller's own country (ISO 3166-1 alpha-2). */
  readonly sellerCountry: string;
  /** Rate per customer country. A country left out, or at 0, is one where no VAT is collected. */
  readonly rates: { readonly [country: string]: number };
  /**
   * The countries between which B2B supplies are reverse-charged (the EU member states). Reverse
   * charge applies when the seller is in it and the customer's VAT number is of another of them.
   */
  readonly reverseChargeArea: readonly string[];
}

/**
 * How a customer is taxed, in the words of Stripe's `taxability_reason`:
 * 'standard' (`standard_rated`), 'reverse-charge' (`reverse_charge`: the customer accounts for
 * the VAT), 'exempt' (`customer_exempt`), 'not-collected' (`not_collecting`: a country where the
 * seller collects no VAT, or no billing details).
 */
export type TaxTreatment = 'standard' | 'reverse-charge' | 'exempt' | 'not-collected';

/** The treatment decided for one customer, and the rate it applies (0 unless 'standard'). */
export interface TaxDecision {
  readonly treatment: TaxTreatment;
  /** The country whose rate applies (the customer's); null when no billing details are known. */
  readonly country: string | null;
  /** Basis points. */
  readonly rate: number;
}

/** One tax on an amount, as Stripe's line `taxes[]` and invoice `total_taxes[]` entries. */
export interface TaxAmount {
  readonly treatment: Exclude<TaxTreatment, 'not-collected'>;
  readonly country: string;
  /** Basis points (2000 = 20 %); 0 for reverse charge and exemption. */
  readonly rate: number;
  /** The net amount the tax is computed on (Stripe's `taxable_amount`). */
  readonly taxable: Money;
  readonly amount: Money;
}

/**
 * An amount before and after tax. `net + Σ taxes = gross`, exactly. A reverse-charged or exempt
 * amount carries its zero tax (the review names it); an amount with no VAT collected has none.
 */
export interface TaxedAmount {
  readonly net: Money;
  readonly taxes: readonly TaxAmount[];
  readonly gross: Money;
}

/** Taxed lines and their totals: `net`, `gross` and each tax are the sums of the lines'. */
export interface TaxedLines extends TaxedAmount {
  readonly lines: readonly TaxedAmount[];
}

/**
 * The tax of a change preview, computed by the backend. `today` follows the preview's
 * `proratedLines` one for one (credits are negative, and so is their tax); `renewal` follows the
 * lines of the quote that renews. `dueToday` and `balanceCredit` are the gross counterparts of the
 * preview's: what is debited today, and what is carried to the account's balance.
 */
export interface PreviewTax {
  readonly taxMode: TaxMode;
  readonly decision: TaxDecision;
  readonly today: TaxedLines;
  /** `max(0, today.gross)`: the amount debited today, tax included. */
  readonly dueToday: Money;
  /** `max(0, -today.gross)`: credited to the account's balance, tax included. */
  readonly balanceCredit: Money;
  readonly renewal: TaxedLines;
}
