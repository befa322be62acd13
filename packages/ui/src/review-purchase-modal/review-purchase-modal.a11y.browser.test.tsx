import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from '../billing-page/billing-page.js';
import { BillingPageModel } from '../billing-page/test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from '../billing-page/test-utils/render-billing.js';

afterEach(() => cleanup());

const ui = new BillingPageModel('en');
const c = ui.copy;

async function openSeatsReview(options: Parameters<typeof renderWithBilling>[1] = {}) {
  const rendered = await renderWithBilling(<BillingPage />, options);
  await ui.click(c.editSeats);
  await ui.click(c.addSeat);
  await ui.click(c.continue);
  await ui.seeReview();
  return rendered;
}

describe('ReviewPurchaseModal semantics', () => {
  it('ties the reason confirming waits to the confirm button while the price is computed', async () => {
    const { adapter } = await openSeatsReview({ hold: ['previewChange'] });
    const confirm = ui.button(c.confirm);
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'true');
    const reason = document.querySelector('[data-slot="review-purchase-modal-disabled-reason"]');
    expect(reason?.textContent).toBeTruthy();
    await expect.element(confirm).toHaveAccessibleDescription(reason?.textContent ?? '');
    adapter.release('previewChange');
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await expect.element(confirm).not.toHaveAccessibleDescription(reason?.textContent ?? '');
  });

  it('reads « 3 to 4 seats », not the arrow', async () => {
    await openSeatsReview();
    const row = document.querySelector('[data-slot="review-purchase-modal-change"]');
    const value = row?.querySelector('dd');
    const arrow = [...(value?.querySelectorAll('span') ?? [])].find((s) => s.textContent === '→');
    expect(arrow?.getAttribute('aria-hidden')).toBe('true');
    // What a screen reader gets: the text without the hidden arrow.
    const spoken = [...(value?.childNodes ?? [])]
      .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden')))
      .map((node) => node.textContent)
      .join('');
    expect(spoken.replace(/\s+/g, ' ')).toContain('3 to 4 seats');
  });

  it('adds no page landmark: its header and footer are not banner or contentinfo', async () => {
    await openSeatsReview();
    expect(page.getByRole('banner').elements()).toHaveLength(0);
    expect(page.getByRole('contentinfo').elements()).toHaveLength(0);
  });
});
