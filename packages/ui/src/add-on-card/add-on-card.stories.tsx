import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { AddOnCard } from './add-on-card.js';
import { demoNames } from '../internal/test-utils/demo-names.js';

const meta = {
  title: 'Widgets/AddOnCard',
  component: AddOnCard,
  args: { addOnId: 'sms' },
  decorators: [(Story) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
} satisfies Meta<typeof AddOnCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SMS campaigns on Marketing Plus: available, with its monthly price. */
export const Available: Story = {
  args: { onAdd: fn() },
  play: async ({ canvas, userEvent, args }) => {
    const add = await canvas.findByRole('button', {
      name: `Add to plan ${demoNames('en').addOn('sms')}`,
    });
    await userEvent.click(add);
    await expect(args.onAdd).toHaveBeenCalledWith('sms');
    await expect(add).toHaveTextContent('Added to your changes');
    // Unavailable now, but focusable still: the pressed button keeps focus.
    await expect(add).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Already on the subscription. */
export const Active: Story = {
  parameters: { tarif: { subscription: { selection: { addOns: ['sms'] } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Active')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Custom reporting comes free with Enterprise. */
export const Included: Story = {
  args: { addOnId: 'custom-reporting' },
  parameters: { tarif: { subscription: { selection: { plan: 'enterprise' } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Included in your Enterprise plan.')).toBeVisible();
  },
};

/** Custom reporting needs Pro: the button is disabled and says from which plan. */
export const NotAvailableOnPlan: Story = {
  args: { addOnId: 'custom-reporting' },
  play: async ({ canvas }) => {
    const add = await canvas.findByRole('button', { name: /Add to plan/ });
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription('Available from the Pro plan.');
  },
};

/** « Disponible à partir du plan Plus » for SMS on Starter, in French. */
export const NotAvailableFrench: Story = {
  globals: { locale: 'fr' },
  parameters: {
    tarif: { subscription: { seatsInUse: 1, selection: { plan: 'starter', seats: 1 } } },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Disponible à partir du plan Plus.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Ajouter au plan/ })).toBeDisabled();
  },
};

export const Yearly: Story = {
  parameters: { tarif: { subscription: { selection: { interval: 'year' } } } },
};

export const ZeroDecimalCurrency: Story = { parameters: { tarif: { currency: 'JPY' } } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: /Add to plan/ })).toBeDisabled();
  },
};

export const Loading: Story = { parameters: { tarif: { neverLoads: true } } };

/** Keyboard in French: Tab to « Ajouter au plan », Enter adds it. */
export const KeyboardFrench: Story = {
  globals: { locale: 'fr' },
  args: { onAdd: fn() },
  play: async ({ canvas, userEvent, args }) => {
    const add = await canvas.findByRole('button', {
      name: `Ajouter au plan ${demoNames('fr').addOn('sms')}`,
    });
    await userEvent.tab();
    await expect(add).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onAdd).toHaveBeenCalledOnce();
  },
};
