import { afterEach, describe, expect, it } from 'vitest';
import { usageStatus } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { useContactLimitField } from '@tarif/react';
import { BillingPage } from './billing-page.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling, testNow } from './test-utils/render-billing.js';

afterEach(() => cleanup());

const badge = { en: 'Near limit', fr: 'Limite presque atteinte' } as const;

/** What the hook says, for the test to read next to what the page and the slider show. */
function HookNearLimit() {
  const field = useContactLimitField();
  return <span data-testid="hook-near-limit" data-near={String(field.nearLimit)} />;
}

// One definition of "near the contact limit": core's usageStatus (90 % of the limit, whole percent
// rounded down). At 8 950 of 10 000 (89.5 %) the page once showed its badge while the slider and
// core did not.
describe.each(['en', 'fr'] as const)('near the contact limit (%s)', (locale) => {
  it.each([
    [8950, false],
    [8999, false],
    [9000, true],
    [9950, true],
  ])(
    'at %i of 10 000 contacts, the page, the slider and the hook agree with core (near: %s)',
    async (contactsInUse, near) => {
      const subscription = { ...createDemoSubscription(testNow), contactsInUse };
      expect(usageStatus(demoCatalogEUR, subscription).nearLimit).toBe(near);
      const { adapter } = await renderWithBilling(
        <>
          <BillingPage />
          <ContactLimitSlider />
          <HookNearLimit />
        </>,
        { locale, contactsInUse },
      );
      await new BillingPageModel(locale).seePage();

      const row = document.querySelector('[data-slot="billing-page-contacts"]');
      const pageBadge = [...(row?.querySelectorAll('.tarif-badge') ?? [])].some(
        (element) => element.textContent === badge[locale],
      );
      const pageMeter = row?.querySelector('[role="meter"]');
      const slider = document.querySelector('[data-slot="contact-limit-slider"]');
      const sliderMeter = slider?.querySelector('[role="meter"]');
      const hook = document.querySelector('[data-testid="hook-near-limit"]');

      expect({
        pageBadge,
        pageMeter: pageMeter?.getAttribute('data-state') === 'near',
        slider: slider?.getAttribute('data-state') === 'near-limit',
        sliderMeter: sliderMeter?.getAttribute('data-state') === 'near',
        sliderNudge: slider?.querySelector('[data-slot="contact-limit-slider-nudge"]') !== null,
        hook: hook?.getAttribute('data-near') === 'true',
      }).toEqual({
        pageBadge: near,
        pageMeter: near,
        slider: near,
        sliderMeter: near,
        sliderNudge: near,
        hook: near,
      });
      // Said, never done: nothing is previewed or bought near the limit.
      expect(adapter.calls.previewChange).toBe(0);
      expect(adapter.calls.commitChange).toBe(0);
    },
  );
});
