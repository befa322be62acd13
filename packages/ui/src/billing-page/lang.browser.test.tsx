import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { AddOnCard } from '../add-on-card/add-on-card.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { PlanTierPicker } from '../plan-tier-picker/plan-tier-picker.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

afterEach(() => cleanup());

// WCAG 3.1.2: a French widget in an English host page is read in French, dialogs included
// (they are portalled to <body>, out of the widget's lang).
describe('lang of the widgets (3.1.2)', () => {
  async function renderInEnglishHost(ui: React.ReactNode, locale: string) {
    const rendered = await renderWithBilling(ui, { locale });
    // The host's page says English; the container the helper made must not say otherwise.
    rendered.container.removeAttribute('lang');
    document.documentElement.lang = 'en';
    return rendered;
  }

  it.each(['fr', 'de'])('BillingPage and its dialogs carry lang=%s', async (locale) => {
    await renderInEnglishHost(<BillingPage />, locale);
    const edit = () =>
      document.querySelector<HTMLElement>('[data-slot="billing-page-contacts-edit"]');
    await expect.poll(edit).not.toBeNull();
    const root = document.querySelector('[data-slot="billing-page"]');
    await expect.poll(() => root?.getAttribute('lang')).toBe(locale);
    edit()?.click();
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(page.getByRole('dialog').element().closest('[lang]')?.getAttribute('lang')).toBe(locale);
  });

  it('each field widget root carries the locale, and the region tag stays (fr-CA)', async () => {
    const { container } = await renderInEnglishHost(
      <>
        <ContactLimitSlider />
        <SeatStepper />
        <PlanTierPicker />
        <AddOnCard addOnId="sms" />
      </>,
      'fr-CA',
    );
    await expect
      .poll(() => container.querySelectorAll('[data-slot="seat-stepper"]').length)
      .toBe(1);
    const roots = [...container.children];
    expect(roots.length).toBe(4);
    for (const root of roots) expect(root.getAttribute('lang'), root.className).toBe('fr-CA');
  });

  it('says the catalog’s language when the locale has no pack (English words under es)', async () => {
    const { container } = await renderInEnglishHost(<SeatStepper />, 'es');
    await expect.poll(() => container.querySelector('[data-slot="seat-stepper"]')).not.toBeNull();
    expect(container.firstElementChild?.getAttribute('lang')).toBe('en');
  });
});
