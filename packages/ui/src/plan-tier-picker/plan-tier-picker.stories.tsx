import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { PlanTierPicker } from './plan-tier-picker.js';
import { demoNames } from '../internal/test-utils/demo-names.js';

const meta = {
  title: 'Widgets/PlanTierPicker',
  component: PlanTierPicker,
  decorators: [(Story) => <div style={{ maxInlineSize: 960 }}>{Story()}</div>],
} satisfies Meta<typeof PlanTierPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Marketing Plus is the current plan; prices follow the draft's 10,000 contacts and 3 seats. */
export const Default: Story = {};

/** Choosing Starter lists what would be lost and says it goes through a change request. */
export const DowngradeListsLostFeatures: Story = {
  args: { onRequestChange: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: /Starter/ }));
    const note = canvas.getByText('You will lose access to:').parentElement!;
    await expect(note).toBeVisible();
    await expect(within(note).getByRole('list')).toHaveTextContent(
      demoNames('en').feature('marketing-automation'),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Request an account change' }));
    await expect(args.onRequestChange).toHaveBeenCalledOnce();
  },
};

/** Yearly billing with the saving shown next to the switch. */
export const Yearly: Story = {
  parameters: { tarif: { subscription: { selection: { interval: 'year' } } } },
};

export const ZeroDecimalCurrency: Story = { parameters: { tarif: { currency: 'JPY' } } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  decorators: [(Story) => <div style={{ maxInlineSize: 420 }}>{Story()}</div>],
};

export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas, userEvent }) => {
    const starter = await canvas.findByRole('radio', { name: /Starter/ });
    await userEvent.click(starter);
    await expect(starter).toHaveAttribute('aria-checked', 'false');
  },
};

export const Loading: Story = { parameters: { tarif: { neverLoads: true } } };

/** Keyboard only, in English: Tab lands on the checked tier, arrows move and select, Space selects. */
export const KeyboardEnglish: Story = {
  play: async ({ canvas, userEvent }) => {
    const plus = await canvas.findByRole('radio', { name: /Plus/ });
    // First tab stop: the interval switch; second: the checked tier.
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'Monthly' })).toHaveFocus();
    await userEvent.tab();
    await expect(plus).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const pro = canvas.getByRole('radio', { name: /Pro/ });
    await expect(pro).toHaveFocus();
    await expect(pro).toHaveAttribute('aria-checked', 'true');
    await expect(plus).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: /Starter/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(canvas.getByText('You will lose access to:')).toBeVisible();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('radio', { name: /Starter/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  },
};

/** The same in French, with the interval switch driven by arrows too. */
export const KeyboardFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('radio', { name: /Plus/ });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    const yearly = canvas.getByRole('radio', { name: 'Annuel' });
    await expect(yearly).toHaveFocus();
    await expect(yearly).toBeChecked();
    await expect(canvas.getAllByText('/ an').length).toBeGreaterThan(0);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /Plus/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByText('Vous perdrez l’accès à :')).toBeVisible();
    await expect(canvas.getByText(/demande de modification/)).toBeVisible();
  },
};
