/** Stable codes for catalog problems; UIs and tests match on these, never on messages. */
export type CatalogIssueCode =
  | 'invalid-type'
  | 'required'
  | 'empty'
  | 'invalid-value'
  | 'not-finite'
  | 'invalid-amount'
  | 'invalid-count'
  | 'unknown-currency'
  | 'invalid-band'
  | 'bands-not-increasing'
  | 'price-length'
  | 'price-decreasing'
  | 'missing-price'
  | 'interval-not-offered'
  | 'duplicate'
  | 'duplicate-id'
  | 'unknown-feature'
  | 'unknown-plan'
  | 'unknown-product'
  | 'unknown-add-on'
  | 'invalid-locale'
  | 'bundle-self'
  | 'seats-range'
  | 'unknown-change-kind'
  | 'unknown-change-effect'
  | 'near-limit-range'
  | 'amount-overflow';

/** One problem found in a catalog, located by a JSON path such as `$.products[0].plans[1].prices.month[3]`. */
export interface CatalogIssue {
  readonly path: string;
  readonly code: CatalogIssueCode;
  readonly message: string;
}

// Every message in one place, so wording stays consistent across the validator.
const messages: { readonly [C in CatalogIssueCode]: (detail: string) => string } = {
  'invalid-type': (d) => `Expected ${d}.`,
  required: (d) => `Missing required ${d}.`,
  empty: (d) => `Must not be empty (${d}).`,
  'invalid-value': (d) => `Expected one of ${d}.`,
  'not-finite': (d) => `Expected a finite number, got ${d}.`,
  'invalid-amount': (d) => `Expected a non-negative safe integer in minor units, got ${d}.`,
  'invalid-count': (d) => `Expected a non-negative integer, got ${d}.`,
  'unknown-currency': (d) => `Unknown ISO 4217 currency ${d}.`,
  'invalid-band': (d) => `A contact band must be a positive integer, got ${d}.`,
  'bands-not-increasing': (d) => `Contact bands must be strictly increasing (${d}).`,
  'price-length': (d) => `Expected one price per contact band (${d}).`,
  'price-decreasing': (d) => `A price must not decrease as the contact band rises (${d}).`,
  'missing-price': (d) => `Missing price for interval ${d}.`,
  'interval-not-offered': (d) => `Price given for interval ${d}, which the catalog does not offer.`,
  duplicate: (d) => `Listed more than once: ${d}.`,
  'duplicate-id': (d) => `Duplicate id ${d}.`,
  'unknown-feature': (d) => `Feature ${d} is not defined in $.features.`,
  'unknown-plan': (d) => `No product has a plan ${d}.`,
  'unknown-product': (d) => `Unknown product ${d}.`,
  'unknown-add-on': (d) => `Unknown add-on ${d}.`,
  'invalid-locale': (d) => `Not a canonical BCP 47 tag (fr, fr-CA): ${d}.`,
  'bundle-self': (d) => `Product ${d} cannot bundle itself.`,
  'seats-range': (d) => `Seat minimum must not exceed the maximum (${d}).`,
  'unknown-change-kind': (d) => `Unknown change kind ${d}.`,
  'unknown-change-effect': (d) => `Unknown change effect ${d}; expected now, renewal or request.`,
  'near-limit-range': (d) => `nearLimitPercent must be between 1 and 100, got ${d}.`,
  'amount-overflow': (d) => `The largest possible total exceeds the safe integer range (${d}).`,
};

/** Collects issues while the validator walks the input. */
export class IssueList {
  readonly issues: CatalogIssue[] = [];

  report(path: string, code: CatalogIssueCode, detail: unknown = ''): void {
    const text = typeof detail === 'string' ? detail : describe(detail);
    this.issues.push({ path, code, message: messages[code](text) });
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
