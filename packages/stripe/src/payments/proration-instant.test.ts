// The Stripe payments port at an instant where core's old proration rule (the whole quote rounded
// once for the credit and once for the charge) disagreed with Stripe's per-item rounding by a
// minor unit, so reconciliation answered price-changed. Core now prorates per line; the port
// commits there. See catalog/proration-rounding.test.ts and DESIGN.md section 5.
import type { Selection } from '@tarif/core';
import {
  createDemoSubscription,
  demoCatalogEUR,
  demoCatalogJPY,
  demoCatalogUSD,
} from '@tarif/core/demo';
import { describe, expect, it } from 'vitest';
import { changeFor, portHarnesses } from '../test-utils/port-harness.js';

// December 2026, 25 250 s left of 2 678 400: seats 3 -> 5 was 18 by the old rule, 19 by Stripe's.
const subscription = createDemoSubscription(new Date('2026-12-10T00:00:00Z'));
const at = new Date('2026-12-31T16:59:10Z');
const base = subscription.selection;

const harness = portHarnesses(subscription);

describe('createStripePaymentsPort where whole-quote rounding disagreed with Stripe', () => {
  it('commits seats 3 -> 5 at 2026-12-31T16:59:10Z for 19, what Stripe bills', async () => {
    const h = await harness(demoCatalogEUR);
    const change = changeFor(demoCatalogEUR, subscription, { ...base, seats: 5 }, at);
    expect(change.agreed.dueToday).toEqual({ amount: 19, currency: 'EUR' });
    const result = await h.port.carryOut(change);
    const invoices = [...h.billing.invoices.values()];
    expect(result).toEqual({
      status: 'done',
      chargeId: invoices[0]?.id,
      charged: { amount: 19, currency: 'EUR' },
    });
    expect(invoices.map((invoice) => invoice.amount_paid)).toEqual([19]);
    expect(h.warnings).toEqual([]);
  });

  const flows: ReadonlyArray<readonly [string, Selection]> = [
    ['seats up', { ...base, seats: 5 }],
    ['seats up with an add-on', { ...base, seats: 7, addOns: ['sms'] }],
    ['plan up with seats', { ...base, plan: 'pro', seats: 6 }],
    ['contacts up', { ...base, contactLimit: 20000 }],
  ];
  describe.each([
    ['EUR', demoCatalogEUR],
    ['USD', demoCatalogUSD],
    ['JPY', demoCatalogJPY],
  ] as const)('in %s', (_, catalog) => {
    it.each(flows)('bills %s exactly what Tarif previewed', async (__, desired) => {
      const h = await harness(catalog);
      const change = changeFor(catalog, subscription, desired, at);
      expect(change.mode).toBe('purchase');
      const result = await h.port.carryOut(change);
      expect(result).toMatchObject({ status: 'done', charged: change.agreed.dueToday });
      expect([...h.billing.invoices.values()].map((invoice) => invoice.amount_paid)).toEqual([
        change.agreed.dueToday.amount,
      ]);
    });
  });
});
