import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitFor } from '@testing-library/react';
import { ContactLimitSlider } from './contact-limit-slider.js';
import {
  axeViolations,
  formatNumber,
  norm,
  renderWithBilling,
} from '../internal/test-utils/render-with-billing.js';

const copy = {
  en: {
    label: 'Contact limit',
    contacts: 'contacts',
    beyond: 'More than',
    blocked: 'You already have',
    sales: 'Contact sales',
  },
  fr: {
    label: 'Limite de contacts',
    contacts: 'contacts',
    beyond: 'Plus de',
    blocked: 'Vous avez déjà',
    sales: 'Contacter l’équipe commerciale',
  },
} as const;

describe.each(['en', 'fr'] as const)('ContactLimitSlider in %s', (locale) => {
  const c = copy[locale];
  const valueText = (count: number) => `${formatNumber(locale, count)} ${c.contacts}`;
  const amount = (container: HTMLElement) =>
    container.querySelector('[data-slot="contact-limit-slider-amount"]')?.textContent ?? '';

  describe('given the demo account (10,000 contacts, 8,700 in use)', () => {
    it('reads the current band to screen readers and has no axe violations', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider', { name: c.label });
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(10000));
      expect(thumb).toHaveAttribute('aria-valuemax', '12'); // 12 bands, then one step for sales
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '8700');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('moves one band per ArrowRight and shows that band’s price', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider');
      const before = amount(container);
      await userEvent.click(thumb);
      thumb.focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(15000));
      await waitFor(() => expect(amount(container)).not.toBe(before));
      expect(amount(container)).not.toMatch(/NaN|undefined/);
    });

    it('jumps past the last band with End, offering sales instead of a price', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider');
      thumb.focus();
      await userEvent.keyboard('{End}');
      expect(thumb).toHaveAttribute(
        'aria-valuetext',
        `${c.beyond} ${formatNumber(locale, 100000)} ${c.contacts}`,
      );
      expect(amount(container)).toBe(c.sales);
      const hint = container.querySelector('[data-slot="contact-limit-slider-contact-sales"]');
      expect(norm(hint?.textContent)).toContain(norm(formatNumber(locale, 100000)));
      expect(await axeViolations(container)).toEqual([]);
    });

    it('stops at the lowest band that holds the contacts in use when Home is pressed, and says why', async () => {
      const { screen } = await renderWithBilling(<ContactLimitSlider />, {
        locale,
        subscription: { contactsInUse: 26000, selection: { contactLimit: 50000 } },
      });
      const thumb = await screen.findByRole('slider');
      thumb.focus();
      await userEvent.keyboard('{Home}');
      // Bands: 1 000 … 20 000 are below 26 000 in use; 30 000 is the first allowed.
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(30000));
      const description = document.getElementById(thumb.getAttribute('aria-describedby') ?? '');
      expect(norm(description?.textContent)).toContain(
        norm(`${c.blocked} ${formatNumber(locale, 26000)}`),
      );
    });
  });

  it('nudges near the limit without changing it', async () => {
    const { screen, adapter } = await renderWithBilling(<ContactLimitSlider />, {
      locale,
      subscription: { contactsInUse: 9400 },
    });
    const thumb = await screen.findByRole('slider');
    expect(screen.getByText(/94/)).toBeVisible();
    expect(thumb).toHaveAttribute('aria-valuetext', valueText(10000));
    expect(adapter.calls.previewChange).toBe(0);
  });

  it('quotes core’s share of the limit in the nudge: 9,950 of 10,000 is 99 %, not 100 %', async () => {
    const { container } = await renderWithBilling(<ContactLimitSlider />, {
      locale,
      subscription: { contactsInUse: 9950 },
    });
    await waitFor(() =>
      expect(container.querySelector('[data-slot="contact-limit-slider-nudge"]')).not.toBeNull(),
    );
    const nudge = container.querySelector('[data-slot="contact-limit-slider-nudge"]');
    const percent = (value: number) => norm(locale === 'fr' ? `${value}\u202f%` : `${value}%`);
    expect(norm(nudge?.textContent)).toContain(percent(99));
    expect(norm(nudge?.textContent)).not.toContain(percent(100));
  });

  it('lets a read-only viewer see the limit but not move it', async () => {
    const { screen, container } = await renderWithBilling(<ContactLimitSlider />, {
      locale,
      adapter: {
        viewer: {
          userId: 'u2',
          name: 'Camille',
          canManageBilling: false,
          reason: 'not-primary-admin',
        },
      },
    });
    const thumb = await screen.findByRole('slider');
    expect(thumb).not.toHaveAttribute('tabindex');
    expect(
      container.querySelector('[data-slot="contact-limit-slider-read-only"]')?.textContent,
    ).toContain('Alex Admin');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ContactLimitSlider in a right-to-left page', () => {
  it('moves forward with ArrowLeft, as the slider is mirrored', async () => {
    const { screen } = await renderWithBilling(<ContactLimitSlider />, { dir: 'rtl' });
    const thumb = await screen.findByRole('slider');
    thumb.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(thumb).toHaveAttribute('aria-valuetext', `${formatNumber('en', 15000)} contacts`);
  });
});
