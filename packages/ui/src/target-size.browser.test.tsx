// WCAG 2.5.8: every control is at least 24 × 24 CSS pixels, on the billing page and in each of
// its dialogs, in French (the longer words do not matter here; the boxes do).
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from './billing-page/billing-page.js';
import { BillingPageModel } from './billing-page/test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './billing-page/test-utils/render-billing.js';

afterEach(() => cleanup());

const controls =
  'button, input:not([type="hidden"]), textarea, select, a[href], [role="radio"], [role="slider"], [tabindex="0"]';

/**
 * Controls smaller than 24 × 24. A native radio drawn over its label (the billing period) is
 * measured by that label, which is what takes the click; an inline link-button in a sentence
 * is the criterion's "inline" exception and is measured by its line.
 */
function undersized(): string[] {
  const small: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(controls)) {
    if (element.closest('[aria-hidden="true"], [hidden]')) continue;
    const target = element.matches('.tarif-segmented-input')
      ? (element.closest('label') ?? element)
      : element;
    const { width, height } = target.getBoundingClientRect();
    if (width === 0 && height === 0) continue;
    const inline = getComputedStyle(target).display === 'inline';
    if (inline ? height < 16 : width < 24 || height < 24)
      small.push(
        `${target.tagName.toLowerCase()} «${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)}» ${Math.round(width)}×${Math.round(height)}`,
      );
  }
  return small;
}

describe('target size (2.5.8)', () => {
  const ui = new BillingPageModel('fr');
  const c = ui.copy;

  it('the overview', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.seePage();
    expect(undersized()).toEqual([]);
  });

  it('the contacts and seats dialogs', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.click(c.editContacts);
    await expect.element(page.getByRole('slider')).toBeVisible();
    expect(undersized()).toEqual([]);
    await ui.click('Annuler');
    await ui.click(c.editSeats);
    await expect.element(ui.button(c.addSeat)).toBeVisible();
    expect(undersized()).toEqual([]);
  });

  it('the review, its success, the request form and the bundle screen', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await page.getByRole('radio', { name: /Pro/ }).click();
    await ui.click(c.upgrade);
    await ui.seeReview();
    expect(undersized()).toEqual([]);
    await ui.confirm();
    await ui.seeSuccess();
    expect(undersized()).toEqual([]);
    await ui.finish();
    await ui.click(c.getInTouch);
    await expect.element(page.getByRole('dialog', { name: c.request })).toBeVisible();
    expect(undersized()).toEqual([]);
  });

  it('the bundle screen', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.click(c.configureBundle);
    await expect.element(page.getByRole('slider')).toBeVisible();
    expect(undersized()).toEqual([]);
  });
});
