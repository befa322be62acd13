import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { heldAdapter } from '../../../../../.storybook/with-billing.js';
import { exampleMessages } from './example-messages.js';
import { HeadlessBillingPage } from './headless-billing-page.js';

/**
 * The purchase flow on @tarif/react alone: plain HTML, no @tarif/ui. The decorator's memory
 * adapter plays the backend (Marketing Plus, monthly, 10 000 contacts with 8 700 in use, 3 seats
 * with 2 in use); the page's own copy comes in through `parameters.tarif.messages`.
 */
const meta = {
  title: 'Headless/BillingPage (hooks only)',
  component: HeadlessBillingPage,
  tags: ['!autodocs'],
  parameters: { tarif: { messages: exampleMessages } },
} satisfies Meta<typeof HeadlessBillingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * More contacts, one more seat and Pro: the review shows the estimate while the server's price is
 * held, then the server's figures; confirming buys once and says what was charged.
 */
export const PickReviewConfirm: Story = {
  parameters: { tarif: { messages: exampleMessages, hold: ['previewChange'] } },
  play: async ({ canvas }) => {
    const slider = await canvas.findByRole('slider', { name: 'Contact limit' });
    // A native range input: one band up, from 10,000 (band 3) to 15,000.
    fireEvent.change(slider, { target: { value: '4' } });
    await expect(slider).toHaveAttribute('aria-valuetext', '15,000 contacts');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a seat' }));
    await expect(canvas.getByRole('spinbutton', { name: 'Seats' })).toHaveValue(4);
    await userEvent.click(canvas.getByRole('radio', { name: /^Pro,/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Review the change' }));

    const review = await canvas.findByRole('region', { name: 'Review' });
    await expect(within(review).getByRole('heading', { name: 'Review' })).toHaveFocus();
    await expect(within(review).getByRole('status')).toHaveTextContent(
      'Estimated price. The final price follows.',
    );
    const confirm = within(review).getByRole('button', { name: 'Confirm' });
    await expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await expect(within(review).getByText('Getting the final price…')).toBeVisible();
    await expect(within(review).getByText('Plus → Pro')).toBeVisible();
    await waitFor(() => expect(heldAdapter().held('previewChange')).toBe(1));
    heldAdapter().release('previewChange');

    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await expect(within(review).getByRole('status')).toHaveTextContent('Final price.');
    await userEvent.click(confirm);

    const done = await canvas.findByRole('region', { name: 'Done' });
    await expect(within(done).getByRole('status')).toHaveTextContent(
      /charged\. The change is active\./,
    );
    await expect(heldAdapter().calls.commitChange).toBe(1);
    await userEvent.click(within(done).getByRole('button', { name: 'Close' }));
    await expect(await canvas.findByRole('group', { name: 'Plan' })).toBeVisible();
    await expect(canvas.getByText(/^Current plan: .+ Pro,/)).toBeVisible();
  },
};

/** Prices rose between the review and the commit: the new figures must be acknowledged first. */
export const PriceChanged: Story = {
  parameters: {
    tarif: { messages: exampleMessages, faults: { priceChangedOnNextCommit: true } },
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a seat' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Review the change' }));
    const review = await canvas.findByRole('region', { name: 'Review' });
    const confirm = within(review).getByRole('button', { name: 'Confirm' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);

    await expect(await within(review).findByRole('alert')).toHaveTextContent(
      'The price has changed. The amounts shown are the new ones.',
    );
    await expect(within(review).queryByRole('button', { name: 'Confirm' })).toBeNull();
    await userEvent.click(
      within(review).getByRole('button', { name: 'I have checked the new price' }),
    );
    await userEvent.click(within(review).getByRole('button', { name: 'Confirm' }));
    await expect(await canvas.findByRole('region', { name: 'Done' })).toBeVisible();
    await expect(heldAdapter().calls.commitChange).toBe(2);
  },
};

/**
 * Plus → Starter for a one-user account is a downgrade: the page offers the request form, its
 * subject written by the hook, and nothing is priced or bought.
 */
export const DowngradeGoesToSales: Story = {
  parameters: { tarif: { messages: exampleMessages, subscription: { seatsInUse: 1 } } },
  play: async ({ canvas }) => {
    const remove = await canvas.findByRole('button', { name: 'Remove a seat' });
    await userEvent.click(remove);
    await userEvent.click(remove);
    await userEvent.click(canvas.getByRole('radio', { name: /^Starter,/ }));
    await expect(canvas.getByText('Only our team can make this change.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Ask our team' }));

    const form = await canvas.findByRole('region', { name: 'Ask our team' });
    await expect(within(form).getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Downgrade from Plus to Starter',
    );
    await userEvent.type(within(form).getByRole('textbox', { name: 'Message' }), 'One user left.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Email' }), 'alex@example.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Send' }));
    await expect(await within(form).findByRole('status')).toHaveTextContent(/^Sent\./);
    await expect(heldAdapter().calls.previewChange).toBe(0);
    await expect(heldAdapter().calls.commitChange).toBe(0);
  },
};

/** The same page in French, through the hooks' French catalogs and the page's own. */
export const DowngradeGoesToSalesFrench: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { messages: exampleMessages, subscription: { seatsInUse: 1 } } },
  play: async ({ canvas }) => {
    const remove = await canvas.findByRole('button', { name: 'Retirer un siège' });
    await userEvent.click(remove);
    await userEvent.click(remove);
    await userEvent.click(canvas.getByRole('radio', { name: /^Starter,/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Contacter notre équipe' }));
    const form = await canvas.findByRole('region', { name: 'Contacter notre équipe' });
    await expect(within(form).getByRole('textbox', { name: 'Objet' })).toHaveValue(
      'Passer du plan Plus au plan inférieur Starter',
    );
  },
};

/** A member who is not the primary admin sees the plan and why nothing can be changed. */
export const ReadOnlyViewer: Story = {
  parameters: {
    tarif: {
      messages: exampleMessages,
      viewer: { canManageBilling: false, reason: 'not-primary-admin' },
    },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Only the account’s primary admin can change billing.'),
    ).toBeVisible();
    await expect(canvas.getByRole('radio', { name: /^Pro,/ })).toBeDisabled();
    await expect(canvas.getByRole('slider', { name: 'Contact limit' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Add a seat' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Review the change' })).toBeDisabled();
  },
};
