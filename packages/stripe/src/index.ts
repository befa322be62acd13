// Catalog mapping: Tarif's catalog as Stripe prices by lookup key, and a check of an account
export { lookupKeyOf, parseLookupKey, maxLookupKeyLength } from './catalog/lookup-keys.js';
export type { StripePriceRef } from './catalog/lookup-keys.js';
export {
  StripeMappingError,
  fromStripeAmount,
  stripeCurrency,
  toStripeAmount,
} from './catalog/stripe-amounts.js';
export type { StripeMappingCode, StripeMappingIssue } from './catalog/stripe-amounts.js';
export { expectedStripePrices, stripeItemsFor } from './catalog/expected-prices.js';
export type { ExpectedStripePrice, StripeItem } from './catalog/expected-prices.js';
export { checkStripePrices, describeMismatch } from './catalog/check-prices.js';
export type {
  PriceMismatch,
  StripePriceCheck,
  StripePricesReader,
} from './catalog/check-prices.js';

// Webhooks: signed events applied once and in order per object
export { createStripeWebhookHandler } from './webhooks/create-webhook-handler.js';
export type {
  StripeWebhookHandlerOptions,
  WebhookOutcome,
} from './webhooks/create-webhook-handler.js';
export { handledEventTypes, isHandledEvent, isStale, markOf } from './webhooks/event-order.js';
export type { EventMark, HandledStripeEvent } from './webhooks/event-order.js';
export { createMemoryEventStore } from './webhooks/event-store.js';
export type { WebhookEventStore } from './webhooks/event-store.js';

// Errors: what a failed Stripe call means for the customer and for the commit
export { mapStripeError } from './errors/map-stripe-error.js';
export type { StripeFailure, StripeFailureKind } from './errors/map-stripe-error.js';
export {
  createStripePaymentsPort,
  paymentKeyMetadata,
} from './payments/create-stripe-payments-port.js';
export type {
  StripeIds,
  StripePaymentsPortOptions,
  StripePortLogger,
} from './payments/create-stripe-payments-port.js';
export { idempotencyKeyFor } from './payments/idempotency-key.js';
export type { StripeStep } from './payments/idempotency-key.js';
