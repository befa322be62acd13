// Fixtures for the flow's unit tests: the demo account as the flow sees it, without React.
import { formatNumber, previewChange } from '@tarif/core';
import type { Selection, Subscription } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import type { AccountSnapshot, ServerPreview, Viewer } from '../../adapter/adapter-types.js';
import { createTranslator } from '../../i18n/translate.js';
import { builtInMessages } from '../../messages/index.js';
import { fr as frPack } from '../../locales/fr.js';
import type { BillingEvent } from '../flow-events.js';
import { initialBillingState } from '../flow-state.js';
import type { BillingState } from '../flow-state.js';
import { transition } from '../transition.js';

/** Mid-period: the demo subscription runs 1 March → 1 April 2025, so 16 of 31 days are left. */
export const NOW = new Date('2025-03-16T00:00:00.000Z');
export const catalog = demoCatalogEUR;
/** Marketing Plus, monthly, 10 000 contacts (8 700 in use), 3 seats (2 in use). */
export const subscription = createDemoSubscription(NOW);
export const plus = subscription.selection;
export const admin: Viewer = { userId: 'u_admin', name: 'Alex Admin', canManageBilling: true };
export const member: Viewer = {
  userId: 'u_member',
  name: 'Camille Martin',
  canManageBilling: false,
  reason: 'not-primary-admin',
};

export function snapshotFor(viewer: Viewer = admin): AccountSnapshot {
  return {
    accountId: 'acc_demo',
    catalog,
    subscription,
    scheduled: null,
    balance: { amount: 0, currency: 'EUR' },
    viewer,
    primaryAdmin: { name: 'Alex Admin', email: 'alex@example.com' },
  };
}

/** What a server that prices like core answers for `desired` at NOW. */
export function serverPreview(
  desired: Selection,
  id = 'pv_1',
  from: Subscription = subscription,
): ServerPreview {
  return {
    id,
    expiresAt: '2025-03-16T00:15:00.000Z',
    catalogVersion: 'demo',
    preview: previewChange({ catalog, subscription: from, desired, at: NOW }),
  };
}

/** The state after `events`, from an account loaded for `viewer`. */
export function stateAfter(viewer: Viewer, ...events: BillingEvent[]): BillingState {
  const loaded = transition(initialBillingState, {
    type: 'ACCOUNT_LOADED',
    snapshot: snapshotFor(viewer),
    catalog,
  });
  return events.reduce(transition, loaded);
}

export function translator(locale: 'en' | 'fr') {
  return createTranslator({
    locale,
    layers: [builtInMessages, frPack],
    formatNumber: (value) => formatNumber(value, locale),
  });
}

/** Writes French typography visibly: ⍽ for U+202F (narrow no-break space), · for U+00A0. */
export function fr(text: string): string {
  return text.replace(/⍽/g, '\u202f').replace(/·/g, '\u00a0');
}
