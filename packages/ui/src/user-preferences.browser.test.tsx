// The user's display preferences, emulated through Chromium's DevTools protocol:
// prefers-reduced-motion stops every animation and transition and leaves each control visible;
// forced colours (Windows High Contrast) keeps each control's boundary, the checked states and
// the focus ring visible, since backgrounds are replaced there.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { BillingPage } from './billing-page/billing-page.js';
import { BillingPageModel } from './billing-page/test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './billing-page/test-utils/render-billing.js';

afterEach(() => cleanup());
afterAll(() => emulate([]));

async function emulate(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

const ui = new BillingPageModel('en');
const c = ui.copy;

/** Every control on the page, visible: a box, not hidden, not transparent. */
function invisibleControls(): string[] {
  return (
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, textarea, [role="radio"], [role="slider"]',
      ),
    ]
      .filter(
        (element) =>
          !element.closest('[aria-hidden="true"]') && !element.matches('.tarif-segmented-input'),
      )
      // Not rendered at all, so nobody operates it: Radix Slider's form value (an input with
      // display: none that carries the slider's value when it sits in a <form>).
      .filter((element) => getComputedStyle(element).display !== 'none')
      .filter((element) => {
        const style = getComputedStyle(element);
        const { width, height } = element.getBoundingClientRect();
        return (
          width === 0 ||
          height === 0 ||
          style.visibility !== 'visible' ||
          Number(style.opacity) === 0
        );
      })
      .map((element) => element.outerHTML.slice(0, 80))
  );
}

describe('prefers-reduced-motion: reduce', () => {
  it('runs no animation or transition, and every control stays visible', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    await renderWithBilling(<BillingPage />, { hold: ['commitChange'] });
    await page.getByRole('radio', { name: /Pro/ }).click();
    await ui.click(c.upgrade);
    await ui.seeReview();
    await ui.confirm();
    // The commit is held: the spinner shows, as a still ring.
    const spinner = document.querySelector('[data-slot="review-purchase-modal-spinner"]');
    expect(spinner).not.toBeNull();
    for (const element of document.querySelectorAll('.tarif, .tarif *')) {
      const style = getComputedStyle(element);
      for (const duration of [style.animationDuration, style.transitionDuration])
        expect(
          duration.split(',').every((d) => Number.parseFloat(d) === 0),
          element.className,
        ).toBe(true);
    }
    expect(invisibleControls()).toEqual([]);
  });
});

describe('forced-colors: active', () => {
  it('keeps boundaries, checked states and the focus ring', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    await renderWithBilling(<BillingPage />);
    await ui.seePage();
    expect(invisibleControls()).toEqual([]);
    const border = (selector: string) => {
      const element = document.querySelector<HTMLElement>(selector);
      const style = element ? getComputedStyle(element) : null;
      return style
        ? { width: Number.parseFloat(style.borderTopWidth), color: style.borderTopColor }
        : null;
    };
    // The checked billing period and the checked plan differ from the others by a border.
    const checkedPeriod = border('.tarif-segmented-item[data-state="checked"]');
    const otherPeriod = border('.tarif-segmented-item[data-state="unchecked"]');
    expect(checkedPeriod?.width).toBeGreaterThan(0);
    expect(checkedPeriod?.color).not.toBe(otherPeriod?.color);
    const checkedRadio = border('[data-state="checked"] .tarif-ptp-indicator');
    const otherRadio = border('[data-state="unchecked"] .tarif-ptp-indicator');
    expect(checkedRadio!.width).toBeGreaterThan(otherRadio!.width);
    // Plan cards and buttons keep an edge.
    expect(border('[data-slot="plan-tier-picker-tier"]')?.width).toBeGreaterThan(0);
    expect(border('[data-slot="billing-page-contacts-edit"]')?.width).toBeGreaterThan(0);
    // The focus ring is an outline, which forced colours keep.
    const edit = ui.button(c.editContacts);
    (edit.element() as HTMLElement).focus();
    // Back and forth with the keyboard, so that the focus is :focus-visible.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    await expect.element(edit).toHaveFocus();
    expect(getComputedStyle(edit.element()).outlineStyle).not.toBe('none');
    // In the contacts dialog, the slider's thumb has its border.
    await ui.click(c.editContacts);
    await expect.element(page.getByRole('slider')).toBeVisible();
    expect(border('.tarif-cls-thumb')?.width).toBeGreaterThan(0);
    expect(invisibleControls()).toEqual([]);
  });
});
