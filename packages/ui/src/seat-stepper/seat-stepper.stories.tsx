import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SeatStepper } from './seat-stepper.js';

const meta = {
  title: 'Widgets/SeatStepper',
  component: SeatStepper,
  decorators: [(Story) => <div style={{ maxInlineSize: 480 }}>{Story()}</div>],
} satisfies Meta<typeof SeatStepper>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Marketing Plus: 3 seats, 2 in use, up to 10. */
export const Default: Story = {};

/** At the plan's maximum, + is unavailable (aria-disabled: it keeps focus) and the input says why. */
export const AtPlanMaximum: Story = {
  parameters: { tarif: { subscription: { selection: { seats: 10 } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Add a seat' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByRole('spinbutton', { name: 'Seats' })).toHaveAccessibleDescription(
      'The Plus plan includes at most 10 seats.',
    );
  },
};

/** Starter allows exactly one seat: « Le plan Starter est limité à 1 siège ». */
export const StarterSingleSeat: Story = {
  globals: { locale: 'fr' },
  parameters: {
    tarif: { subscription: { seatsInUse: 1, selection: { plan: 'starter', seats: 1 } } },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Ajouter un siège' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByText(/^Le plan Starter est limité à 1 siège\./)).toBeVisible();
  },
};

/** Seats in use set the floor: you cannot go below them. */
export const BlockedBySeatsInUse: Story = {
  parameters: { tarif: { subscription: { seatsInUse: 3 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Remove a seat' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(
      canvas.getByText('3 seats are in use: remove users before going lower.'),
    ).toBeVisible();
  },
};

export const ZeroDecimalCurrency: Story = { parameters: { tarif: { currency: 'JPY' } } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  decorators: [(Story) => <div style={{ maxInlineSize: 300 }}>{Story()}</div>],
};

export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('spinbutton')).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Add a seat' })).toBeDisabled();
  },
};

export const Loading: Story = { parameters: { tarif: { neverLoads: true } } };

/** Clicks and keys in English: + adds a seat and the bill change follows; − takes it back. */
export const ClickAndKeyboardEnglish: Story = {
  play: async ({ canvas, userEvent }) => {
    const input = await canvas.findByRole('spinbutton', { name: 'Seats' });
    await expect(input).toHaveValue(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Add a seat' }));
    await expect(input).toHaveValue(4);
    await expect(input).toHaveAttribute('aria-valuetext', '4 seats');
    // The visible row (the live status says it too, to screen readers only).
    await expect(
      canvas.getByText(/^\+/, { selector: '[data-slot="seat-stepper-delta"] span' }),
    ).toBeVisible();
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveValue(3);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveValue(2);
    // 2 seats are in use: the floor.
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveValue(2);
    await expect(canvas.getByRole('button', { name: 'Remove a seat' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** The same in French, with « 1 siège » / « 2 sièges » plurals. */
export const ClickAndKeyboardFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    const input = await canvas.findByRole('spinbutton', { name: 'Sièges' });
    await userEvent.click(canvas.getByRole('button', { name: 'Retirer un siège' }));
    await expect(input).toHaveValue(2);
    await expect(input).toHaveAttribute('aria-valuetext', '2 sièges');
    await expect(
      // The real characters (U+00A0 before « : »), not the normaliser's collapsed spaces.
      canvas.getByText(
        '2 sièges sont utilisés\u00a0: retirez des utilisateurs avant de réduire le nombre de sièges.',
        { normalizer: (text) => text },
      ),
    ).toBeVisible();
    // Keyboard: from the input, Tab reaches + and Enter presses it.
    await userEvent.click(input);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Ajouter un siège' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue(3);
  },
};
