// @tarif/stripe/browser: Stripe.js for the widgets, to finish 3-D Secure inside the review. The
// only place `loadStripe` is called: it downloads Stripe.js from Stripe's servers, so tests pass a
// stand-in to `createStripeBrowserPayments` instead (docs/recipes/stripe.md).
// The ES module of `@stripe/stripe-js/pure` (no script tag on import): the `pure` entry's own type
// files re-export without extensions, which NodeNext resolution cannot follow.
import { loadStripe } from '@stripe/stripe-js/dist/pure.mjs';
import { createStripeBrowserPayments } from './stripe-browser-payments.js';
import type { StripeBrowserPayments } from './stripe-browser-payments.js';

export { createStripeBrowserPayments } from './stripe-browser-payments.js';
export type {
  StripeBrowserPayments,
  StripeJsNextAction,
  StripeNextActionOutcome,
} from './stripe-browser-payments.js';

/**
 * Loads Stripe.js with your publishable key (`pk_…`) and answers the browser payments for
 * `createHttpAdapter({ browserPayments })`. Stripe.js is fetched when this is called, not when the
 * module is imported (`@stripe/stripe-js/pure`, its ES module): a page that never needs it never loads it.
 */
export async function loadStripeBrowserPayments(
  publishableKey: string,
): Promise<StripeBrowserPayments> {
  const stripe = await loadStripe(publishableKey);
  if (!stripe) throw new Error('Stripe.js could not be loaded in this environment.');
  return createStripeBrowserPayments({ stripe });
}
