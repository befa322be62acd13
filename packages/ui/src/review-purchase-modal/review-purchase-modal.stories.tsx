import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import type { Selection } from '@tarif/core';
import { useDraftChange, useReview } from '@tarif/react';
import { ChangeRequestDialog } from '../change-request-dialog/change-request-dialog.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewPurchaseModal } from './review-purchase-modal.js';

/**
 * Stories drive the real flow: a trigger puts a change in the provider's draft and opens the
 * review; the memory adapter behind the decorator answers (`parameters.tarif` sets its latency
 * and faults). The demo account is Marketing Plus, monthly, 10 000 contacts, 3 seats.
 */
function ReviewScenario({
  change,
  autoOpen = true,
}: {
  change: Partial<Selection>;
  autoOpen?: boolean;
}) {
  const draft = useDraftChange();
  const review = useReview();
  const { t } = useUiMessages();
  const [requestOpen, setRequestOpen] = useState(false);
  const ready = draft.selection !== null;
  const open = () => {
    draft.reset();
    draft.setSelection((previous) => ({ ...previous, ...change }));
    review.open();
  };
  useEffect(() => {
    if (ready && autoOpen) open();
    // Open once, when the account has loaded; `open` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  return (
    <div className="tarif">
      <button
        type="button"
        className="tarif-button tarif-button--primary"
        disabled={!ready}
        onClick={open}
      >
        {t('ui.review.title')}
      </button>
      <ReviewPurchaseModal
        onRequestChange={() => {
          review.close();
          setRequestOpen(true);
        }}
      />
      <ChangeRequestDialog open={requestOpen} onOpenChange={setRequestOpen} />
    </div>
  );
}

const meta = {
  title: 'Flows/ReviewPurchaseModal',
  component: ReviewScenario,
  // Every story opens a modal: one docs page with all of them open at once would be unusable.
  tags: ['!autodocs'],
  args: { change: { contactLimit: 20000 } },
} satisfies Meta<typeof ReviewScenario>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Contacts 10 000 → 20 000: prorated charge today, new monthly price, renewal date. */
export const Default: Story = {
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Review purchase' });
    await expect(dialog).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
        'aria-disabled',
        'false',
      ),
    );
    await expect(screen.getByText('Charged today')).toBeVisible();
  },
};

/** The server is slow: the estimate shows at once, badged, and confirming waits for the final price. */
export const ServerPreviewPending: Story = {
  parameters: { tarif: { faults: { slowMs: { previewChange: 600_000 } } } },
  play: async () => {
    await screen.findByRole('dialog', { name: 'Review purchase' });
    await expect(screen.getByText('Estimate')).toBeVisible();
    await expect(screen.getByRole('status')).toHaveTextContent(
      'Estimated price. Getting the final price…',
    );
    await expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** The preview request fails once; « Try again » asks again and the final price arrives. */
export const PreviewFails: Story = {
  parameters: { tarif: { faults: { reject: { previewChange: { code: 'network', times: 1 } } } } },
  play: async () => {
    const alert = await screen.findByRole('alert');
    await expect(alert).toHaveTextContent('We could not get the final price.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
        'aria-disabled',
        'false',
      ),
    );
    await expect(screen.queryByRole('alert')).toBeNull();
  },
};

/** The commit fails once; confirming again sends the same idempotency key and succeeds. */
export const CommitFailsThenRetry: Story = {
  parameters: { tarif: { faults: { reject: { commitChange: { code: 'internal', times: 1 } } } } },
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('alert')).toHaveTextContent('trying again is safe');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm purchase' }));
    await expect(await screen.findByRole('dialog', { name: 'Purchase confirmed' })).toBeVisible();
  },
};

/** The commit is in flight: busy, not closable, spinner (static under reduced motion). */
export const PurchasePending: Story = {
  parameters: { tarif: { faults: { slowMs: { commitChange: 600_000 } } } },
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    const busy = await screen.findByRole('button', { name: 'Confirming…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('dialog')).toBeVisible();
  },
};

/** Confirmed: what was charged, and focus on « Done ». */
export const Success: Story = {
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('dialog', { name: 'Purchase confirmed' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus());
  },
};

/**
 * The payment needs 3-D Secure: the review says so and hands over to the bank (held here, as if
 * the customer were still at their bank's window); nothing is applied until the bank answers.
 */
export const AuthenticationPending: Story = {
  parameters: { tarif: { faults: { authentication: 'succeeded' }, hold: ['handleNextAction'] } },
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByText('Confirm this payment with your bank.')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Confirming…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** « Votre banque n’a pas confirmé ce paiement »: back to the same review, nothing charged. */
export const AuthenticationFailed: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { faults: { authentication: 'failed' } } },
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirmer l’achat' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre banque n’a pas confirmé ce paiement',
    );
    await expect(screen.getByRole('button', { name: 'Confirmer l’achat' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/** A SEPA Direct Debit mandate on file, in German: « SEPA-Lastschrift •••• 3000 ». */
export const PaymentMethodSepa: Story = {
  globals: { locale: 'de' },
  parameters: { tarif: { paymentMethod: { type: 'sepa_debit', last4: '3000' } } },
  play: async () => {
    await expect(await screen.findByText('SEPA-Lastschrift •••• 3000')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Zahlungsmethode ändern' })).toBeVisible();
  },
};

/** The card on file expired in February 2026: a warning before confirming, and the update. */
export const ExpiredCard: Story = {
  parameters: {
    tarif: {
      paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 2, expYear: 2026 },
    },
  },
  play: async () => {
    await expect(await screen.findByText('Visa •••• 4242, expires 02/2026')).toBeVisible();
    await expect(screen.getByText(/This card has expired/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Update payment method' }));
    await expect(await screen.findByText('Visa •••• 4242, expires 08/2030')).toBeVisible();
    await expect(screen.queryByText(/This card has expired/)).toBeNull();
  },
};

/** Prices rose between review and commit: the new numbers show, and must be acknowledged first. */
export const PriceChanged: Story = {
  parameters: { tarif: { faults: { priceChangedOnNextCommit: true } } },
  play: async () => {
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('alert')).toHaveTextContent('The price has changed');
    await expect(screen.queryByRole('button', { name: 'Confirm purchase' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Review new price' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
        'aria-disabled',
        'false',
      ),
    );
  },
};

/** Fewer seats (3 → 2) waits for the renewal: nothing is charged today. */
export const ScheduledChange: Story = {
  args: { change: { seats: 2 } },
  play: async () => {
    await expect(await screen.findByText(/Nothing is charged today/)).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Confirm change' })).toHaveAttribute(
        'aria-disabled',
        'false',
      ),
    );
  },
};

/** 5 000 contacts while 8 700 are in use: explained, cannot be confirmed. */
export const BlockedByUsage: Story = {
  args: { change: { contactLimit: 5000 } },
  play: async () => {
    await expect(await screen.findByText(/You already use 8,700 contacts/)).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Enterprise is sold by sales: the review routes to the change request. */
export const ContactSales: Story = {
  args: { change: { plan: 'enterprise' } },
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Request an account change' }));
    await expect(
      await screen.findByRole('dialog', { name: 'Request an account change' }),
    ).toBeVisible();
  },
};

/** Plus → Starter is a downgrade: « Demander une modification du compte ». */
export const DowngradeRequest: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
  args: { change: { plan: 'starter', seats: 1 } },
  play: async () => {
    await expect(await screen.findByText('Ce changement passe par notre équipe')).toBeVisible();
    // One whole sentence that says which way the plan goes.
    await expect(screen.getByText('Passer du plan Plus au plan inférieur Starter')).toBeVisible();
    await expect(
      screen.getByRole('button', { name: 'Demander une modification du compte' }),
    ).toBeVisible();
  },
};

export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async () => {
    await expect(
      await screen.findByText('Only the account’s primary admin can change billing.'),
    ).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Yen have no minor unit: ¥ amounts without decimals. */
export const ZeroDecimalCurrency: Story = {
  parameters: { tarif: { currency: 'JPY' } },
  play: async () => {
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.textContent).toMatch(/￥|¥/));
    await expect(dialog.textContent).not.toMatch(/[¥￥][\d,]+\.\d/);
  },
};

export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  args: { change: { plan: 'pro', contactLimit: 20000, seats: 6, addOns: ['sms'] } },
  play: async () => {
    await expect(
      await screen.findByRole('dialog', { name: 'Récapitulatif de l’achat' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Confirmer l’achat' })).toHaveAttribute(
        'aria-disabled',
        'false',
      ),
    );
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** Keyboard only: open with Enter, Tab stays inside, Escape closes, focus is back on the trigger. */
export const KeyboardOnly: Story = {
  args: { autoOpen: false },
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole('button', { name: 'Review purchase' });
    await waitFor(() => expect(trigger).toBeEnabled());
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Review purchase' });
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Au clavier, en français : ouvrir, confirmer, « Terminé ». */
export const KeyboardConfirmFrench: Story = {
  globals: { locale: 'fr' },
  args: { autoOpen: false },
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole('button', { name: 'Récapitulatif de l’achat' });
    await waitFor(() => expect(trigger).toBeEnabled());
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const confirm = await screen.findByRole('button', { name: 'Confirmer l’achat' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    confirm.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await screen.findByRole('dialog', { name: 'Achat confirmé' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Terminé' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
