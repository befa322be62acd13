import { describe, expect, it } from 'vitest';
import { demoCatalogEUR } from '@tarif/core/demo';
import { AddOnCard } from '../add-on-card/add-on-card.js';
import { PlanTierPicker } from '../plan-tier-picker/plan-tier-picker.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { renderWithBilling } from './test-utils/render-with-billing.js';

// Each widget's price is one catalog message: amount, tax mention and unit joined by no-break
// spaces (U+00A0, written \u00a0 below), so they never wrap apart. Before, the unit was a separate
// JSX fragment after an ordinary space, and no price said HT / excl. tax at all.
const prices = async (container: HTMLElement, count: number) => {
  await expect
    .poll(() => container.querySelectorAll('[data-slot="price"]').length)
    .toBeGreaterThanOrEqual(count);
  return [...container.querySelectorAll('[data-slot="price"]')].map((node) => node.textContent);
};

describe('a price with its tax mention and unit', () => {
  it('reads « 15,00 € HT / mois » on a French add-on card (the demo catalog is tax-exclusive)', async () => {
    const { container } = await renderWithBilling(<AddOnCard addOnId="sms" />, { locale: 'fr' });
    expect(await prices(container, 1)).toEqual(['15,00\u00a0€\u00a0HT\u00a0/\u00a0mois']);
  });

  it('reads "€15.00 excl. tax / month" on an English add-on card', async () => {
    const { container } = await renderWithBilling(<AddOnCard addOnId="sms" />, { locale: 'en' });
    expect(await prices(container, 1)).toEqual(['€15.00\u00a0excl.\u00a0tax\u00a0/\u00a0month']);
  });

  it('says TTC / incl. tax when the catalog prices include tax', async () => {
    const catalog = { ...demoCatalogEUR, taxMode: 'inclusive' as const };
    const fr = await renderWithBilling(<AddOnCard addOnId="sms" />, {
      locale: 'fr',
      adapter: { catalog },
    });
    expect(await prices(fr.container, 1)).toEqual(['15,00\u00a0€\u00a0TTC\u00a0/\u00a0mois']);
    fr.unmount();
    const en = await renderWithBilling(<AddOnCard addOnId="sms" />, {
      locale: 'en',
      adapter: { catalog },
    });
    expect(await prices(en.container, 1)).toEqual(['€15.00\u00a0incl.\u00a0tax\u00a0/\u00a0month']);
  });

  it('writes every tier of the plan picker and the per-seat price the same way, without an ordinary space', async () => {
    const { container } = await renderWithBilling(
      <>
        <PlanTierPicker />
        <SeatStepper />
      </>,
      { locale: 'fr' },
    );
    const texts = await prices(container, 2);
    for (const text of texts) {
      expect(text).toMatch(/^[+]?[\d\u202f]+,\d\d\u00a0€\u00a0HT\u00a0\/\u00a0mois$/);
      expect(text).not.toContain(' ');
    }
  });
});
