import { describe, expect, it } from 'vitest';
import { createDemoSubscription, demoCatalogEUR } from '../demo/index.js';
import { previewChange } from '../pricing/preview-change.js';
import type { Subscription } from '../pricing/preview-types.js';
import { agreedPrice, sameAgreement } from './agreement.js';

const at = new Date('2026-03-10T12:00:00.000Z');
// Marketing Plus monthly, 10 000 contacts, 3 seats, from 1 March 2026.
const subscription: Subscription = createDemoSubscription(at);
const agreed = (desired: Subscription['selection'], from = subscription) =>
  agreedPrice(previewChange({ catalog: demoCatalogEUR, subscription: from, desired, at }));

describe('sameAgreement', () => {
  it('holds for the same change priced twice, whatever the add-ons order', () => {
    const both = { ...subscription.selection, addOns: ['sms', 'custom-reporting'] };
    const reversed = { ...both, addOns: ['custom-reporting', 'sms'] };
    expect(sameAgreement(agreed(both), agreed(reversed))).toBe(true);
  });

  it('fails when the amounts match but the changes differ', () => {
    const shown = agreed({ ...subscription.selection, addOns: ['sms'] });
    // The same SMS, priced from a subscription at 15 000 contacts: it now also lowers contacts.
    const raised = {
      ...subscription,
      selection: { ...subscription.selection, contactLimit: 15000 },
    };
    const now = agreed({ ...subscription.selection, addOns: ['sms'] }, raised);
    expect(now.dueToday).toEqual(shown.dueToday);
    expect(now.nextRenewalTotal).toEqual(shown.nextRenewalTotal);
    expect(sameAgreement(shown, now)).toBe(false);
  });

  it('never matches an agreement stored before the changes were recorded', () => {
    const now = agreed({ ...subscription.selection, seats: 4 });
    const { mode, dueToday, balanceCredit, nextRenewalTotal } = now;
    const legacy = { mode, dueToday, balanceCredit, nextRenewalTotal } as typeof now;
    expect(sameAgreement(legacy, now)).toBe(false);
  });
});
