import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SeatStepper } from './seat-stepper.js';
import { renderWithBilling } from '../internal/test-utils/render-with-billing.js';

// WCAG 2.4.3: a − or + pressed up to its bound keeps focus, and says it is unavailable.
describe('SeatStepper at a bound', () => {
  it('keeps focus on − pressed down to the seats in use', async () => {
    const { screen } = await renderWithBilling(<SeatStepper />);
    const remove = await screen.findByRole('button', { name: 'Remove a seat' });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('spinbutton')).toHaveValue(2);
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(remove);
    // Pressed again at the bound, it changes nothing.
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('spinbutton')).toHaveValue(2);
  });

  it('keeps focus on + pressed up to the plan maximum', async () => {
    const { screen } = await renderWithBilling(<SeatStepper />, {
      subscription: { selection: { seats: 9 } },
    });
    const add = await screen.findByRole('button', { name: 'Add a seat' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('spinbutton')).toHaveValue(10);
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(add);
  });

  it('is disabled outright when the viewer cannot change billing', async () => {
    const { screen } = await renderWithBilling(<SeatStepper />, {
      adapter: {
        viewer: {
          userId: 'u_2',
          name: 'Camille Martin',
          canManageBilling: false,
          reason: 'not-primary-admin',
        },
      },
    });
    expect(await screen.findByRole('button', { name: 'Add a seat' })).toBeDisabled();
  });
});
