import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useAddOn } from '../fields/use-add-on.js';
import { usePlanTierField } from '../fields/use-plan-tier-field.js';
import { useReview } from '../review/use-review.js';
import { BillingProvider } from './billing-provider.js';
import { billingWrapper, clock, demoAdapter } from '../test-utils/billing-wrapper.js';

// The demo catalog carries French names under `translations.fr`; the memory adapter's server
// previews are priced on the raw catalog, so their line params carry the English names.
const names = {
  en: {
    emailCampaigns: 'Email campaigns',
    sms: 'SMS campaigns',
    bundle: 'Marketing & Sales',
    sales: 'Sales',
  },
  fr: {
    emailCampaigns: 'Campagnes e-mail',
    sms: 'SMS',
    bundle: 'Marketing + Ventes',
    sales: 'Ventes',
  },
} as const;
const languages = ['en', 'fr'] as const;

function useEverything() {
  return {
    account: useBillingAccount(),
    draft: useDraftChange(),
    review: useReview(),
    sms: useAddOn('sms'),
    tiers: usePlanTierField(),
  };
}

describe('given the demo catalog with French names', () => {
  it.each(languages)(
    '[%s] the account, the add-on field and the plan tiers show names in the viewer language',
    async (locale) => {
      const { result } = renderHook(useEverything, { wrapper: billingWrapper({ locale }) });
      await waitFor(() => expect(result.current.account.status).toBe('ready'));
      const { catalog } = result.current.account;
      expect(catalog?.features[0]).toEqual({
        id: 'email-campaigns',
        name: names[locale].emailCampaigns,
      });
      expect(catalog?.products.map((product) => product.name)).toEqual([
        'Marketing',
        names[locale].sales,
        names[locale].bundle,
      ]);
      expect(result.current.sms.name).toBe(names[locale].sms);
      expect(result.current.sms.description).toBe(
        locale === 'fr'
          ? 'Envoyez des campagnes SMS en plus de vos e-mails.'
          : 'Send SMS campaigns alongside email.',
      );
      // Plan names are the same in both languages.
      expect(result.current.tiers.tiers.map((tier) => tier.name)).toEqual([
        'Starter',
        'Plus',
        'Pro',
        'Enterprise',
      ]);
    },
  );

  it.each(languages)(
    '[%s] moving from Marketing to Sales lists the lost features by their localized names',
    async (locale) => {
      const { result } = renderHook(useEverything, { wrapper: billingWrapper({ locale }) });
      await waitFor(() => expect(result.current.account.status).toBe('ready'));
      act(() => result.current.draft.setProduct('sales'));
      act(() => result.current.review.open());
      const lost = result.current.review.featuresLost;
      expect(lost[0]).toEqual({ id: 'email-campaigns', name: names[locale].emailCampaigns });
      expect(lost.map((feature) => feature.name)).toEqual(
        locale === 'fr'
          ? ['Campagnes e-mail', 'Automatisation marketing', 'Tests A/B']
          : ['Email campaigns', 'Marketing automation', 'A/B testing'],
      );
    },
  );

  it.each(languages)(
    '[%s] the local estimate quotes the add-on under its localized name',
    async (locale) => {
      const { result } = renderHook(useEverything, {
        wrapper: billingWrapper({ locale, previewDebounceMs: 60_000 }),
      });
      await waitFor(() => expect(result.current.account.status).toBe('ready'));
      act(() => result.current.sms.add());
      act(() => result.current.review.open());
      expect(result.current.review.source).toBe('estimate');
      expect(result.current.draft.estimate?.target?.lines[1]?.params).toEqual({
        addOn: names[locale].sms,
        addOnId: 'sms',
      });
      expect(result.current.review.recurringLines.map((line) => line.label)[1]).toBe(
        names[locale].sms,
      );
    },
  );

  it.each(languages)(
    '[%s] a server preview, priced with the server names, is labelled with the localized ones',
    async (locale) => {
      const { result } = renderHook(useEverything, {
        wrapper: billingWrapper({ locale, previewDebounceMs: 0 }),
      });
      await waitFor(() => expect(result.current.account.status).toBe('ready'));
      act(() => result.current.draft.setProduct('marketing-sales'));
      act(() => result.current.draft.addAddOn('sms'));
      act(() => result.current.review.open());
      await waitFor(() => expect(result.current.review.source).toBe('server'));
      const serverLines = result.current.review.serverPreview?.preview.target?.lines ?? [];
      expect(serverLines.map((line) => line.params['product'] ?? line.params['addOn'])).toEqual([
        'Marketing & Sales',
        'SMS campaigns',
      ]);
      expect(result.current.review.recurringLines.map((line) => line.label)).toEqual([
        locale === 'fr'
          ? 'Marketing + Ventes Plus, 10\u202f000 contacts'
          : 'Marketing & Sales Plus, 10,000 contacts',
        names[locale].sms,
      ]);
    },
  );
});

describe('when the host switches the locale', () => {
  it('re-localizes the catalog without loading the account again', async () => {
    const adapter = demoAdapter();
    let locale = 'en';
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BillingProvider adapter={adapter} locale={locale} now={clock}>
        {children}
      </BillingProvider>
    );
    const { result, rerender } = renderHook(useEverything, { wrapper });
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setProduct('sales'));
    expect(result.current.sms.name).toBe('SMS campaigns');

    locale = 'fr-CA';
    rerender();
    // fr-CA has no translations of its own: every string falls back to fr.
    expect(result.current.sms.name).toBe('SMS');
    expect(result.current.account.catalog?.features[0]?.name).toBe('Campagnes e-mail');
    act(() => result.current.review.open());
    expect(result.current.review.featuresLost[0]?.name).toBe('Campagnes e-mail');
    // The draft survived: it is still the move to Sales.
    expect(result.current.draft.selection?.product).toBe('sales');

    locale = 'en-GB';
    rerender();
    expect(result.current.sms.name).toBe('SMS campaigns');
    expect(result.current.review.featuresLost[0]?.name).toBe('Email campaigns');
    expect(adapter.calls.loadAccount).toBe(1);
  });

  it('keeps the same catalog object across renders of one locale, so memoised work stays cached', async () => {
    const { result, rerender } = renderHook(useEverything, {
      wrapper: billingWrapper({ locale: 'fr' }),
    });
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    const first = result.current.account.catalog;
    rerender();
    expect(result.current.account.catalog).toBe(first);
  });
});
