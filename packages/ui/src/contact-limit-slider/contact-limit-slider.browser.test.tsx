import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitFor } from '@testing-library/react';
import { ContactLimitSlider } from './contact-limit-slider.js';
import {
  axeViolations,
  norm,
  renderWithBilling,
} from '../internal/test-utils/render-with-billing.js';

// Expected text typed out in full: French with its real characters, U+202F between thousands and
// before « % », U+00A0 before « ? » and « : », so a lost no-break space fails the test.
const copy = {
  en: {
    label: 'Contact limit',
    contacts: { 10000: '10,000 contacts', 15000: '15,000 contacts', 30000: '30,000 contacts' },
    beyond: 'More than 100,000 contacts',
    salesHint: 'Need more than 100,000 contacts? Our sales team will prepare a custom quote.',
    blocked: 'You already have 26,000 contacts, so lower limits are unavailable.',
    sales: 'Contact sales',
    percent: { 99: '99%', 100: '100%' },
  },
  fr: {
    label: 'Limite de contacts',
    contacts: {
      10000: '10\u202f000 contacts',
      15000: '15\u202f000 contacts',
      30000: '30\u202f000 contacts',
    },
    beyond: 'Plus de 100\u202f000 contacts',
    salesHint:
      'Besoin de plus de 100\u202f000 contacts\u00a0? Notre équipe commerciale vous préparera un devis sur mesure.',
    blocked:
      'Vous avez déjà 26\u202f000 contacts\u00a0: les limites inférieures ne sont pas disponibles.',
    sales: 'Contacter l’équipe commerciale',
    percent: { 99: '99\u202f%', 100: '100\u202f%' },
  },
} as const;

describe.each(['en', 'fr'] as const)('ContactLimitSlider in %s', (locale) => {
  const c = copy[locale];
  const valueText = (count: keyof typeof c.contacts) => c.contacts[count];
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

    it('leaves Alt, Control and Meta with an arrow to the browser (Alt+ArrowLeft is Back)', async () => {
      const { screen } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider');
      thumb.focus();
      const prevented: boolean[] = [];
      const record = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
      document.addEventListener('keydown', record);
      await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}{Control>}{ArrowRight}{/Control}');
      await userEvent.keyboard('{Meta>}{End}{/Meta}');
      document.removeEventListener('keydown', record);
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(10000));
      expect(prevented).not.toContain(true);
      // Without a modifier the same key is the slider's.
      await userEvent.keyboard('{ArrowRight}');
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(15000));
    });

    it('jumps past the last band with End, offering sales instead of a price', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider');
      thumb.focus();
      await userEvent.keyboard('{End}');
      expect(thumb).toHaveAttribute('aria-valuetext', c.beyond);
      expect(amount(container)).toBe(c.sales);
      const hint = container.querySelector('[data-slot="contact-limit-slider-contact-sales"]');
      expect(norm(hint?.textContent)).toContain(c.salesHint);
      expect(await axeViolations(container)).toEqual([]);
    });

    it('is a horizontal slider from 0 to 12, on band 3 (10,000), in the tab order', async () => {
      const { screen } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider', { name: c.label });
      expect(thumb).toHaveAttribute('aria-valuemin', '0');
      expect(thumb).toHaveAttribute('aria-valuenow', '3');
      expect(thumb).toHaveAttribute('aria-orientation', 'horizontal');
      await userEvent.tab();
      expect(thumb).toHaveFocus();
    });

    it('moves to the band under a press on the track, and follows a drag back down', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
      const thumb = await screen.findByRole('slider');
      const control = container.querySelector<HTMLElement>(
        '[data-slot="contact-limit-slider-control"]',
      )!;
      // The thumb's centre travels the control less one thumb: band i of 12 is at
      // half a thumb + i/12 of that travel.
      const at = (band: number) => ({
        x: thumb.offsetWidth / 2 + (band / 12) * (control.offsetWidth - thumb.offsetWidth),
        y: control.offsetHeight / 2,
      });
      const before = amount(container);
      await userEvent.click(control, { position: at(6) });
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(30000));
      expect(thumb).toHaveFocus();
      await waitFor(() => expect(amount(container)).not.toBe(before));
      expect(amount(container)).not.toMatch(/NaN|undefined/);
      await userEvent.dragAndDrop(thumb, control, { targetPosition: at(4), steps: 3 });
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(15000));
    });

    it('stops a drag into the hatched bands at the lowest band that holds the contacts in use', async () => {
      const { screen, container } = await renderWithBilling(<ContactLimitSlider />, {
        locale,
        subscription: { contactsInUse: 26000, selection: { contactLimit: 50000 } },
      });
      const thumb = await screen.findByRole('slider');
      const control = container.querySelector<HTMLElement>(
        '[data-slot="contact-limit-slider-control"]',
      )!;
      // Released at the very start of the track, band 0 (1 000 contacts).
      await userEvent.dragAndDrop(thumb, control, {
        targetPosition: { x: 1, y: control.offsetHeight / 2 },
        steps: 4,
      });
      expect(thumb).toHaveAttribute('aria-valuetext', valueText(30000));
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
      expect(norm(description?.textContent)).toContain(c.blocked);
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
    expect(norm(nudge?.textContent)).toContain(c.percent[99]);
    expect(norm(nudge?.textContent)).not.toContain(c.percent[100]);
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
    expect(thumb).toHaveAttribute('aria-disabled', 'true');
    const control = container.querySelector<HTMLElement>(
      '[data-slot="contact-limit-slider-control"]',
    )!;
    await userEvent.click(control, { position: { x: control.offsetWidth - 2, y: 12 } });
    expect(thumb).toHaveAttribute('aria-valuetext', valueText(10000));
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
    expect(thumb).toHaveAttribute('aria-valuetext', '15,000 contacts');
  });

  it('puts the first band at the right edge: a press near the left edge is past the last band', async () => {
    const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { dir: 'rtl' });
    const thumb = await screen.findByRole('slider');
    const control = container.querySelector<HTMLElement>(
      '[data-slot="contact-limit-slider-control"]',
    )!;
    await userEvent.click(control, { position: { x: 2, y: control.offsetHeight / 2 } });
    expect(thumb).toHaveAttribute('aria-valuetext', 'More than 100,000 contacts');
  });
});
