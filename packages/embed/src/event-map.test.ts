// A type test, checked by `tsc -p tsconfig.tests.json` (no runtime assertions): a host's listener
// on the element gets the event's detail typed, as docs/embedding.md shows it.
import type { BillingCommitResult } from './types.js';

const page = document.createElement('tarif-billing-page');

page.addEventListener('tarif:purchase', (event) => {
  const result: BillingCommitResult = event.detail.result;
  const seats: number = result.subscription.selection.seats;
  const mode: 'purchase' | 'scheduled' = result.mode;
  const charged: number = result.charged.amount;
  // @ts-expect-error a commit result has no such field: a typo does not compile
  void result.chargedAmount;
  void [seats, mode, charged];
});

page.addEventListener('tarif:error', (event) => {
  const code: string = event.detail.code;
  void code;
});

document.body.addEventListener('tarif:change-request', (event) => {
  const receipt: Readonly<Record<string, unknown>> = event.detail.receipt;
  void receipt;
});
