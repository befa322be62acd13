import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ContactLimitSlider } from './contact-limit-slider.js';

const meta = {
  title: 'Widgets/ContactLimitSlider',
  component: ContactLimitSlider,
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div style={{ maxInlineSize: 560 }}>{Story()}</div>],
} satisfies Meta<typeof ContactLimitSlider>;

export default meta;
type Story = StoryObj<typeof meta>;

const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

/** The demo account: Marketing Plus at 10,000 contacts with 8,700 in use (lower bands are blocked). */
export const Default: Story = {};

/** 9,400 of 10,000 contacts: the widget suggests a higher limit, and changes nothing by itself. */
export const NearLimit: Story = {
  parameters: { tarif: { subscription: { contactsInUse: 9400 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/94\s?%/)).toBeVisible();
    await expect(canvas.getByRole('slider')).toHaveAttribute('aria-valuetext', '10,000 contacts');
  },
};

/** 8,950 of 10,000 is 89 % in whole percent, under the catalog's 90 %: no nudge, as on the page. */
export const JustUnderNearLimit: Story = {
  parameters: { tarif: { subscription: { contactsInUse: 8950 } } },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('slider');
    const root = canvasElement.querySelector('[data-slot="contact-limit-slider"]');
    await expect(root).toHaveAttribute('data-state', 'within');
    await expect(
      canvasElement.querySelector('[data-slot="contact-limit-slider-nudge"]'),
    ).toBeNull();
  },
};

/** 26,000 contacts in use at a 30,000 limit: the five lower bands are hatched and unreachable. */
export const BlockedByUsage: Story = {
  parameters: {
    tarif: { subscription: { contactsInUse: 26000, selection: { contactLimit: 30000 } } },
  },
  play: async ({ canvas, userEvent }) => {
    const thumb = await canvas.findByRole('slider');
    thumb.focus();
    await userEvent.keyboard('{Home}');
    // The thumb stays on the lowest band that holds the contacts in use.
    await expect(thumb).toHaveAttribute('aria-valuetext', '30,000 contacts');
    await expect(canvas.getByText(/You already have 26,000 contacts/)).toBeVisible();
  },
};

/** Past the last band: no price, a hint to talk to sales, and a button when the host handles it. */
export const ContactSalesBeyond: Story = {
  args: { onContactSales: fn() },
  play: async ({ canvas, userEvent, args }) => {
    const thumb = await canvas.findByRole('slider');
    thumb.focus();
    await userEvent.keyboard('{End}');
    await expect(thumb).toHaveAttribute('aria-valuetext', 'More than 100,000 contacts');
    await userEvent.click(canvas.getByRole('button', { name: 'Contact sales' }));
    await expect(args.onContactSales).toHaveBeenCalledOnce();
  },
};

/** Yen has no minor unit: prices show no decimals. */
export const ZeroDecimalCurrency: Story = {
  parameters: { tarif: { currency: 'JPY' } },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByRole('slider');
    const amount = canvasElement.querySelector('[data-slot="contact-limit-slider-amount"]');
    await expect(amount?.textContent).toMatch(/[¥￥]/);
    await expect(amount?.textContent).not.toMatch(/[.,]\d{2}$/);
  },
};

/** French copy is longer; the header wraps instead of overflowing, even in a narrow column. */
export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  decorators: [(Story) => <div style={{ maxInlineSize: 320 }}>{Story()}</div>],
  parameters: { tarif: { subscription: { contactsInUse: 9400 } } },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByRole('slider');
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="contact-limit-slider"]');
    await expect(root!.scrollWidth).toBeLessThanOrEqual(root!.clientWidth);
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  parameters: { tarif: { subscription: { contactsInUse: 9400 } } },
};

export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
};

/** A teammate who is not the primary admin sees the limit but cannot move it. */
export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas }) => {
    const thumb = await canvas.findByRole('slider');
    await expect(thumb).not.toHaveAttribute('tabindex');
    await expect(canvas.getByText(/primary admin/)).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { tarif: { neverLoads: true } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
  },
};

/** Keyboard only, in English: one arrow press is one band, and the price follows. */
export const KeyboardEnglish: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const thumb = await canvas.findByRole('slider', { name: 'Contact limit' });
    const amount = () =>
      canvasElement.querySelector('[data-slot="contact-limit-slider-amount"]')?.textContent;
    await userEvent.tab();
    await expect(thumb).toHaveFocus();
    const before = amount();
    await userEvent.keyboard('{ArrowRight}');
    await expect(thumb).toHaveAttribute('aria-valuetext', `${number('en', 15000)} contacts`);
    await waitFor(() => expect(amount()).not.toBe(before));
    await userEvent.keyboard('{End}');
    await expect(thumb).toHaveAttribute(
      'aria-valuetext',
      `More than ${number('en', 100000)} contacts`,
    );
    await userEvent.keyboard('{Home}');
    await expect(thumb).toHaveAttribute('aria-valuetext', `${number('en', 10000)} contacts`);
  },
};

/** Keyboard only, in French: « 15 000 contacts » with French digit grouping. */
export const KeyboardFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const thumb = await canvas.findByRole('slider', { name: 'Limite de contacts' });
    const amount = () =>
      canvasElement.querySelector('[data-slot="contact-limit-slider-amount"]')?.textContent;
    await userEvent.tab();
    await expect(thumb).toHaveFocus();
    const before = amount();
    await userEvent.keyboard('{ArrowRight}');
    await expect(thumb).toHaveAttribute('aria-valuetext', `${number('fr', 15000)} contacts`);
    await waitFor(() => expect(amount()).not.toBe(before));
    await userEvent.keyboard('{End}');
    await expect(thumb).toHaveAttribute(
      'aria-valuetext',
      `Plus de ${number('fr', 100000)} contacts`,
    );
    await userEvent.keyboard('{Home}');
    await expect(thumb).toHaveAttribute('aria-valuetext', `${number('fr', 10000)} contacts`);
  },
};
