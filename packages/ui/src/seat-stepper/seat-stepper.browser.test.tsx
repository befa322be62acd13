import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SeatStepper } from './seat-stepper.js';
import {
  axeViolations,
  norm,
  renderWithBilling,
} from '../internal/test-utils/render-with-billing.js';

const copy = {
  en: {
    label: 'Seats',
    add: 'Add a seat',
    remove: 'Remove a seat',
    seats: (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`,
    inUse: '2 seats are in use: remove users before going lower.',
    max: 'The Starter plan includes at most 1 seat.',
    rise: '+€10.00',
  },
  // French: 0 and 1 are singular.
  fr: {
    label: 'Sièges',
    add: 'Ajouter un siège',
    remove: 'Retirer un siège',
    seats: (n: number) => `${n} ${n <= 1 ? 'siège' : 'sièges'}`,
    // U+00A0 before « : » and before « € », as French writes them.
    inUse:
      '2 sièges sont utilisés\u00a0: retirez des utilisateurs avant de réduire le nombre de sièges.',
    max: 'Le plan Starter est limité à 1 siège.',
    rise: '+10,00\u00a0€',
  },
} as const;

describe.each(['en', 'fr'] as const)('SeatStepper in %s', (locale) => {
  const c = copy[locale];

  describe('given Marketing Plus with 3 seats, 2 in use', () => {
    it('labels its controls from the catalog and has no axe violations', async () => {
      const { screen, container } = await renderWithBilling(<SeatStepper />, { locale });
      const input = await screen.findByRole('spinbutton', { name: c.label });
      expect(input).toHaveValue(3);
      expect(input).toHaveAttribute('inputmode', 'numeric');
      expect(input).toHaveAttribute('aria-valuetext', c.seats(3));
      expect(screen.getByRole('button', { name: c.add })).toBeEnabled();
      expect(await axeViolations(container)).toEqual([]);
    });

    it('adds a seat with + and shows the rise in the bill', async () => {
      const { screen, container } = await renderWithBilling(<SeatStepper />, { locale });
      await userEvent.click(await screen.findByRole('button', { name: c.add }));
      expect(screen.getByRole('spinbutton')).toHaveValue(4);
      // Plus includes 3 seats; the 4th costs €10.00 a month: +€10.00.
      const delta = container.querySelector('[data-slot="seat-stepper-delta"]');
      expect(norm(delta?.textContent)).toContain(c.rise);
    });

    it('stops at the seats in use with −, and says why', async () => {
      const { screen } = await renderWithBilling(<SeatStepper />, { locale });
      const remove = await screen.findByRole('button', { name: c.remove });
      await userEvent.click(remove);
      expect(screen.getByRole('spinbutton')).toHaveValue(2);
      expect(remove).toBeDisabled();
      const input = screen.getByRole('spinbutton');
      const reason = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(norm(reason?.textContent)).toContain(c.inUse);
    });

    it('steps with the arrow keys and clamps typed values to the plan maximum', async () => {
      const { screen } = await renderWithBilling(<SeatStepper />, { locale });
      const input = await screen.findByRole('spinbutton');
      await userEvent.click(input);
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      expect(input).toHaveValue(5);
      await userEvent.fill(input, '99');
      await userEvent.keyboard('{Enter}');
      // Plus allows at most 10 seats.
      expect(input).toHaveValue(10);
      expect(screen.getByRole('button', { name: c.add })).toBeDisabled();
    });
  });

  it('explains the Starter plan’s single seat', async () => {
    const { screen } = await renderWithBilling(<SeatStepper />, {
      locale,
      subscription: { seatsInUse: 1, selection: { plan: 'starter', seats: 1 } },
    });
    const input = await screen.findByRole('spinbutton');
    expect(input).toHaveAttribute('aria-valuetext', c.seats(1));
    const reason = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(norm(reason?.textContent)).toContain(c.max);
    expect(screen.getByRole('button', { name: c.add })).toBeDisabled();
    expect(screen.getByRole('button', { name: c.remove })).toBeDisabled();
  });
});
