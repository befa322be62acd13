// The tax rules a backend runs (the reference server, the memory adapter, a host's own): who pays
// what, per-line rounding, the tax of a preview. Apart from the main entry, as `commit` is, so a
// browser bundle that only shows tax never carries them. Types are in the main entry too.
export type {
  BillingDetails,
  PreviewTax,
  TaxAmount,
  TaxDecision,
  TaxedAmount,
  TaxedLines,
  TaxRates,
  TaxTreatment,
} from './tax-types.js';
export { decideTax, vatNumberState } from './tax-decision.js';
export { taxLine } from './tax-amount.js';
export { taxLines, taxTotal, totalOf } from './tax-lines.js';
export { previewTax } from './preview-tax.js';
