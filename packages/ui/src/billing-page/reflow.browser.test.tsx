// WCAG 1.4.10 and 2.4.11 at 320 × 256 CSS pixels (1280 × 1024 at 400 % zoom), in French.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

beforeAll(() => page.viewport(320, 256));
afterAll(() => page.viewport(414, 896));
afterEach(() => cleanup());

const ui = new BillingPageModel('fr');
const c = ui.copy;

function expectNoSidewaysScroll() {
  const root = document.scrollingElement ?? document.documentElement;
  expect(root.scrollWidth, 'page').toBeLessThanOrEqual(321);
  for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"]'))
    expect(dialog.scrollWidth, 'dialog').toBeLessThanOrEqual(dialog.clientWidth + 1);
}

/** `element` inside the dialog's visible box and the viewport. */
function expectInView(element: Element, dialog: Element) {
  const box = element.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  expect(box.left, 'left').toBeGreaterThanOrEqual(Math.max(frame.left, 0) - 1);
  expect(box.right, 'right').toBeLessThanOrEqual(Math.min(frame.right, window.innerWidth) + 1);
  expect(box.top, 'top').toBeGreaterThanOrEqual(Math.max(frame.top, 0) - 1);
  expect(box.bottom, 'bottom').toBeLessThanOrEqual(Math.min(frame.bottom, window.innerHeight) + 1);
}

describe('BillingPage at 320 × 256', () => {
  it('contacts dialog at the last step: the long label wraps and the focused thumb stays in view, both ways', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.click(c.editContacts);
    await ui.focusSlider();
    await ui.pressKey('End');
    const thumb = page.getByRole('slider').element();
    await expect.poll(() => thumb.getAttribute('aria-valuetext')).toMatch(/^Plus de/);
    expect(document.activeElement).toBe(thumb);
    expectNoSidewaysScroll();
    expectInView(thumb, page.getByRole('dialog').element());
  });

  it('bundle screen: its grid and slider fit, no sideways scrolling', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.click(c.configureBundle);
    const slider = page.getByRole('slider');
    await expect.element(slider).toBeVisible();
    (slider.element() as HTMLElement).focus();
    await ui.pressKey('End');
    expectNoSidewaysScroll();
  });

  it('review: Tab wrapping from the last control to the first brings it into view (2.4.11)', async () => {
    await renderWithBilling(<BillingPage />, { locale: 'fr' });
    await ui.click(c.editSeats);
    await ui.click(c.addSeat);
    await ui.click(c.continue);
    await ui.seeReview();
    const dialog = page.getByRole('dialog').element();
    expect(dialog.scrollHeight, 'the review scrolls at this size').toBeGreaterThan(
      dialog.clientHeight,
    );
    await expect.element(ui.button(c.confirm)).toHaveAttribute('aria-disabled', 'false');
    // The × comes last in the dialog's order (it sits at the top): Tab from it wraps to the first
    // control, far below at this size, which Radix focuses without scrolling.
    const close = dialog.querySelector<HTMLElement>('[data-slot="review-purchase-modal-close"]');
    close?.focus();
    await userEvent.tab();
    const first = document.activeElement;
    expect(first).not.toBe(close);
    expect(dialog.contains(first)).toBe(true);
    expectInView(first!, dialog);
  });
});
