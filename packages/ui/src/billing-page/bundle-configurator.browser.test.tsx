import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';
import { announcedTimes } from '../internal/test-utils/live-regions.js';

afterEach(() => cleanup());

// WCAG 4.1.3: the bundle's total changes with every field of the screen, and is announced.
describe('BundleConfigurator total', () => {
  it('announces the new total once after a seat is added', async () => {
    const ui = new BillingPageModel('en');
    const { container } = await renderWithBilling(<BillingPage />);
    await ui.click(ui.copy.configureBundle);
    const amount = () =>
      document.querySelector('[data-slot="billing-page-bundle-total"] .tarif-bp-bundle-amount')
        ?.textContent ?? '';
    await expect.poll(amount).not.toBe('');
    const before = amount();
    await page.getByRole('button', { name: ui.copy.addSeat }).click();
    await expect.poll(amount).not.toBe(before);
    expect(announcedTimes(container, amount())).toBe(1);
  });
});
