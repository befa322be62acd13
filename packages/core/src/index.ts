// Money
export type { Money } from './money/money.js';
export type { CurrencyCode } from './money/currencies.js';
export { currencies, minorUnits, isCurrencyCode } from './money/currencies.js';
export { money } from './money/create-money.js';
export { add } from './money/add.js';
export { subtract } from './money/subtract.js';
export { multiply } from './money/multiply.js';
export { prorate } from './money/prorate.js';
export { sum } from './money/sum.js';
export { divideRoundHalfAwayFromZero } from './money/rounding.js';
export { TarifError } from './money/errors.js';
export type { TarifErrorCode } from './money/errors.js';

// Catalog
export type {
  AddOn,
  Catalog,
  CatalogTranslation,
  ChangeEffect,
  ChangeKind,
  ChangePolicy,
  Feature,
  Interval,
  IntervalPrices,
  Plan,
  Product,
  SeatRule,
  Selection,
  TaxMode,
} from './catalog/catalog-types.js';
export {
  validateCatalog,
  parseCatalog,
  CatalogValidationError,
} from './catalog/validate-catalog.js';
export type { CatalogIssue, ParseCatalogResult } from './catalog/validate-catalog.js';
export { localizeCatalog } from './catalog/localize-catalog.js';
export { defaultChangePolicy, resolvePolicy } from './catalog/change-policy.js';
export { findProduct, findPlan, planRank, bandIndex } from './catalog/lookup.js';

// Pricing
export type { LineCode, LineItem, Quote } from './pricing/quote-types.js';
export type {
  BlockingCode,
  BlockingReason,
  ChangeMode,
  ChangePreview,
  Dimension,
  DimensionChange,
  Direction,
  ProratedLine,
  ProrationLine,
  Subscription,
} from './pricing/preview-types.js';
export { quote } from './pricing/quote.js';
export { planPrice } from './pricing/plan-price.js';
export { isUnpriceable, unpriceableCodes } from './pricing/unpriceable.js';
export { checkSelection } from './pricing/check-selection.js';
export { previewChange } from './pricing/preview-change.js';
export type { PreviewChangeInput } from './pricing/preview-change.js';
export { usageStatus } from './pricing/usage-status.js';
export type { UsageStatus } from './pricing/usage-status.js';
export { addInterval } from './pricing/periods.js';

// Tax: the types here; the computation a backend runs is `@tarif/core/tax`
export type {
  BillingDetails,
  PreviewTax,
  TaxAmount,
  TaxDecision,
  TaxedAmount,
  TaxedLines,
  TaxRates,
  TaxTreatment,
} from './tax/tax-types.js';
// Formatting
export {
  formatMoney,
  formatNumber,
  formatDate,
  getNumberFormat,
  getDateFormat,
} from './format/formatters.js';

// Wire contract of the billing API: error codes and statuses, field limits, key format
export {
  changeRequestLimits,
  idempotencyKeyRule,
  isIdempotencyKey,
  isWireErrorCode,
  wireErrorCodes,
  wireErrorStatus,
} from './wire/wire-errors.js';
export type { FieldError, NextAction, WireError, WireErrorCode } from './wire/wire-errors.js';
export { isContactEmail } from './wire/contact-email.js';

// Wire format of the billing API (types only)
export type {
  AbandonCommitResult,
  AccountSnapshot,
  ChangeRequestInput,
  ChangeRequestReceipt,
  CancelScheduledResult,
  CommitResult,
  PaymentMethodSummary,
  PrimaryAdmin,
  ReadOnlyReason,
  ScheduledChange,
  ServerPreview,
  Viewer,
} from './wire/wire-types.js';
