// The payment method on file in the review modal: what will be charged, in the catalog's words, a
// warning before confirming when the card has expired, and « Update payment method » only when the
// host can do it.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  axeViolations,
  cleanup,
  renderWithBilling,
} from '../billing-page/test-utils/render-billing.js';
import type { RenderOptions } from '../billing-page/test-utils/render-billing.js';
import { de } from '../locales/de.js';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import { ReviewHarness } from './test-utils/review-harness.js';

const catalogs = { en: en.en, fr: fr.fr, de: de.de } as const;
const texts = {
  en: 'Visa •••• 4242, expires 08/2028',
  fr: 'Visa •••• 4242, expire 08/2028',
  de: 'Visa •••• 4242, gültig bis 08/2028',
} as const;

afterEach(() => cleanup());

const methodText = () =>
  document.querySelector('[data-slot="review-purchase-modal-payment-method-text"]')?.textContent;

describe.each(['en', 'fr', 'de'] as const)('the payment method in the review (%s)', (locale) => {
  const messages = catalogs[locale];

  async function openReview(options: RenderOptions = {}) {
    const rendered = await renderWithBilling(<ReviewHarness />, { locale, ...options });
    const trigger = page.getByRole('button', { name: messages['ui.review.title'] });
    await expect.element(trigger).toBeEnabled();
    await trigger.click();
    const section = page.getByRole('region', { name: messages['paymentMethod.label'] });
    await expect.element(section).toBeVisible();
    return { ...rendered, section };
  }

  it('says which card is charged, and offers the update the host provides', async () => {
    const { section } = await openReview();
    expect(methodText()).toBe(texts[locale]);
    await expect
      .element(page.getByRole('button', { name: messages['paymentMethod.update'] }))
      .toBeVisible();
    expect(section.element().textContent).not.toContain(messages['paymentMethod.expired']);
    expect(await axeViolations()).toEqual([]);
  });

  it('warns before confirming when the card has expired, and the update clears it', async () => {
    await openReview({
      paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 1, expYear: 2026 },
    });
    const warning = page.getByText(messages['paymentMethod.expired']);
    await expect.element(warning).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: messages['paymentMethod.update'] }).click();
    await expect.element(warning).not.toBeInTheDocument();
    expect(methodText()).toBe(texts[locale].replace('2028', '2030'));
  });

  it('hides the update when the host has none', async () => {
    const { section } = await openReview({ paymentMethodUpdate: false });
    expect(methodText()).toBe(texts[locale]);
    expect(section.element().querySelector('button')).toBeNull();
  });
});
