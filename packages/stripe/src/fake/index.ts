// @tarif/stripe/fake: a loopback fake of the Stripe API routes the payments port uses, which the
// real `stripe` SDK talks to over HTTP. For demos and tests without the internet; it is not Stripe.
export {
  startFakeStripeAccount,
  fetchRecordedRequests,
  recordedRequestsPath,
} from './fake-account.js';
export type { FakeStripeAccount, FakeStripeAccountOptions } from './fake-account.js';
export { startFakeStripe, cardDeclined, requiresAction } from './fake-stripe.js';
export type {
  FakeStripe,
  FakeStripeOptions,
  RecordedRequest,
  RequestMatch,
  RouteAnswer,
  RouteHandler,
  ScriptedFailure,
  WirePrice,
} from './fake-stripe.js';
export { authenticatePath, installFakeBilling } from './fake-subscriptions.js';
export { createStripeJsStandIn } from './stripe-js-stand-in.js';
export type { BankStep } from './stripe-js-stand-in.js';
export type {
  FakeBilling,
  FakeItem,
  FakeSchedule,
  FakeSubscription,
} from './fake-subscriptions.js';
export { installFakeCustomers, testPaymentMethods } from './fake-customers.js';
export type { FakeCustomers, PaymentOutcome, TestPaymentMethod } from './fake-customers.js';
export { seedPrices } from './seed-prices.js';
export { decodeForm } from './form.js';
export type { FormObject, FormValue } from './form.js';
export type { Wire } from './fixtures/wire.js';
export { stripeFakePayments } from './stripe-fake-payments.js';
export type { StripeFakePaymentsOptions } from './stripe-fake-payments.js';
