/** Stable codes for every error the engine throws; callers branch on these, never on messages. */
export type TarifErrorCode =
  | 'invalid-amount'
  | 'currency-mismatch'
  | 'unknown-currency'
  | 'invalid-factor'
  | 'division-by-zero'
  | 'empty-sum'
  | 'unknown-product'
  | 'unknown-plan'
  | 'unknown-add-on'
  | 'unknown-contact-band'
  | 'interval-not-offered'
  | 'contact-sales'
  | 'invalid-seats'
  | 'invalid-date'
  | 'invalid-number';

// Every message lives here so wording stays consistent and tests can match on codes alone.
const messages: { readonly [C in TarifErrorCode]: (detail: string) => string } = {
  'invalid-amount': (d) => `Amount must be a safe integer in minor units, got ${d}.`,
  'currency-mismatch': (d) => `Amounts must share one currency, got ${d}.`,
  'unknown-currency': (d) => `Unknown currency code ${d}.`,
  'invalid-factor': (d) => `Factor must be a safe integer, got ${d}.`,
  'division-by-zero': (d) => `Cannot divide by zero (${d}).`,
  'empty-sum': () => 'Cannot sum an empty list without a currency.',
  'unknown-product': (d) => `Unknown product ${d}.`,
  'unknown-plan': (d) => `Unknown plan ${d}.`,
  'unknown-add-on': (d) => `Unknown add-on ${d}.`,
  'unknown-contact-band': (d) => `Contact limit ${d} is not one of the catalog's bands.`,
  'interval-not-offered': (d) => `Interval ${d} is not offered for this selection.`,
  'contact-sales': (d) => `Plan ${d} has no self-serve price; contact sales.`,
  'invalid-seats': (d) => `Seats must be a non-negative integer, got ${d}.`,
  'invalid-date': (d) => `Expected an ISO 8601 instant, got ${d}.`,
  'invalid-number': (d) => `Expected a finite number, got ${d}.`,
};

/** The only error class the engine throws; `code` is stable, `message` is for developers. */
export class TarifError extends Error {
  readonly code: TarifErrorCode;

  constructor(code: TarifErrorCode, detail: unknown = '') {
    super(messages[code](describe(detail)));
    this.name = 'TarifError';
    this.code = code;
  }
}

/** Throws a TarifError when `condition` is false; keeps the preconditions one line each. */
export function assert(
  condition: boolean,
  code: TarifErrorCode,
  detail?: unknown,
): asserts condition {
  if (!condition) throw new TarifError(code, detail);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}
