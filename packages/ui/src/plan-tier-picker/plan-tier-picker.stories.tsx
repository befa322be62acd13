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

/** Reads a tier card's accessible description as one line, whatever spaces it holds. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

/**
 * Marketing Plus is the current plan; prices follow the draft's 10,000 contacts and 3 seats. The
 * account has 2 users and Starter allows one: Starter is priced at its one seat and says why it
 * does not fit, first in its description.
 */
export const Default: Story = {
  play: async ({ canvas }) => {
    const starter = await canvas.findByRole('radio', { name: /Starter/ });
    await expect(starter).toHaveTextContent('€39.00');
    await expect(canvas.getByText('1 user maximum; you have 2 users')).toBeVisible();
    await expect(description(starter)).toMatch(/^1 user maximum; you have 2 users €39\.00/);
    await expect(canvas.getByRole('radio', { name: /Pro/ })).not.toHaveTextContent('maximum');
  },
};

/** A one-user account fits Starter: its card has its price and no reason. */
export const StarterFitsOneUser: Story = {
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('radio', { name: /Starter/ })).toHaveTextContent('€39.00');
    await expect(
      canvasElement.querySelector('[data-slot="plan-tier-picker-unavailable"]'),
    ).toBeNull();
  },
};

/** « 1 utilisateur maximum ; vous en avez 2 », with a no-break space before the semicolon. */
export const StarterReasonFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    const starter = await canvas.findByRole('radio', { name: /Starter/ });
    // The real characters: U+00A0 before « € », as Intl writes it.
    await expect(starter.textContent).toContain('39,00\u00a0€');
    await expect(
      canvas.getByText('1 utilisateur maximum\u00a0; vous en avez 2', {
        normalizer: (text) => text,
      }),
    ).toBeVisible();
  },
};

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

/** Yearly billing with the saving shown next to the switch; Starter is priced per year too. */
export const Yearly: Story = {
  parameters: { tarif: { subscription: { selection: { interval: 'year' } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('radio', { name: /Starter/ })).toHaveTextContent(
      '€390.00',
    );
  },
};

export const ZeroDecimalCurrency: Story = {
  parameters: { tarif: { currency: 'JPY' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('radio', { name: /Starter/ })).toHaveTextContent(/[¥￥]/);
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** French in a narrow column: the Starter reason wraps inside its card. */
export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  decorators: [(Story) => <div style={{ maxInlineSize: 420 }}>{Story()}</div>],
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('radio', { name: /Starter/ });
    const reason = canvasElement.querySelector<HTMLElement>(
      '[data-slot="plan-tier-picker-unavailable"]',
    );
    await expect(reason).toBeVisible();
    await expect(reason!.scrollWidth).toBeLessThanOrEqual(reason!.clientWidth);
  },
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
    await expect(
      // After the amount, in one message: « HT / an » joined by no-break spaces.
      canvas.getAllByText('\u00a0HT\u00a0/\u00a0an', { normalizer: (text) => text }).length,
    ).toBeGreaterThan(0);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /Plus/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(
      canvas.getByText('Vous perdrez l’accès à\u00a0:', { normalizer: (text) => text }),
    ).toBeVisible();
    await expect(canvas.getByText(/demande de modification/)).toBeVisible();
  },
};
