import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

afterEach(cleanup);

/** Every element inside `box` whose border box reaches past `box`'s content box (its padding). */
function overflowing(box: Element): string[] {
  const outer = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const left = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  return [...box.querySelectorAll('*')]
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      // Half a pixel for subpixel layout; empty and hidden elements have no box to overflow.
      return rect.width > 0 && (rect.right > right + 0.5 || rect.left < left - 0.5);
    })
    .map((element) => `${element.className}: ${element.textContent}`);
}

// At the page's widest (960 px, its max-inline-size) and at a 1024 px viewport, as the screenshots
// in docs/screenshots/ show it. German's « 39,00 € / Monat zzgl. MwSt. » is one unbreakable
// message (no-break spaces), about 270 px at the tier price's size: wider than a quarter of 960 px.
describe.each(['en', 'fr', 'de'] as const)('the billing page in %s, 1024 px wide', (locale) => {
  it('keeps every plan card’s content inside the card, prices and all', async () => {
    await page.viewport(1024, 900);
    const { container } = await renderWithBilling(<BillingPage />, { locale, seatsInUse: 2 });
    await expect.poll(() => container.querySelectorAll('.tarif-ptp-tier').length).toBe(4);
    for (const card of container.querySelectorAll('.tarif-ptp-tier')) {
      const name = card.querySelector('.tarif-ptp-tier-name')?.textContent;
      expect({ name, overflowing: overflowing(card) }).toEqual({ name, overflowing: [] });
    }
  });
  it('keeps every card’s content inside the card on a 320 px phone', async () => {
    await page.viewport(320, 800);
    const { container } = await renderWithBilling(<BillingPage />, { locale, seatsInUse: 2 });
    await expect.poll(() => container.querySelectorAll('.tarif-ptp-tier').length).toBe(4);
    const cards = container.querySelectorAll('.tarif-card, .tarif-ptp-tier');
    for (const card of cards) {
      const slot = card.getAttribute('data-slot') ?? card.className;
      expect({ slot, overflowing: overflowing(card) }).toEqual({ slot, overflowing: [] });
    }
  });
});
