import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { BillingPage } from './billing-page.js';
import { PlanSummary } from './plan-summary.js';

/**
 * The current plan card of BillingPage with a change waiting for the renewal (3 → 2 seats on
 * 1 April 2026) and its « Cancel this change ». The memory adapter behind the decorator answers;
 * `parameters.tarif` holds the cancel in flight or makes it fail.
 */
const meta = {
  title: 'Flows/BillingPage/ScheduledChange',
  component: PlanSummary,
  tags: ['!autodocs'],
  parameters: { tarif: { scheduled: { seats: 2 } } },
  decorators: [
    (Story) => (
      <div className="tarif tarif-bp" style={{ maxInlineSize: 560 }}>
        {Story()}
      </div>
    ),
  ],
} satisfies Meta<typeof PlanSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const copy = {
  en: {
    notice: 'A change is scheduled for your renewal on April 1, 2026.',
    cancel: 'Cancel this change',
    question:
      'Cancel the change scheduled for April 1, 2026? Your subscription will renew as it is.',
    confirm: 'Yes, cancel the change',
    keep: 'Keep the change',
    cancelling: 'Cancelling…',
    error: 'The change was not cancelled.',
    retry: 'Try again',
    cancelled: 'Change cancelled. Your subscription will renew as it is on April 1, 2026.',
  },
  fr: {
    notice: 'Un changement est programmé pour votre renouvellement du 1er avril 2026.',
    cancel: 'Annuler ce changement',
    question:
      'Annuler le changement prévu le 1er avril 2026\u00a0? Votre abonnement sera renouvelé à l’identique.',
    confirm: 'Oui, annuler le changement',
    keep: 'Conserver le changement',
    cancelling: 'Annulation en cours…',
    error: 'Le changement n’a pas été annulé.',
    retry: 'Réessayer',
    cancelled:
      'Changement annulé. Votre abonnement sera renouvelé à l’identique le 1er avril 2026.',
  },
} as const;

/** « Cancel this change », then « Yes, cancel the change », from the keyboard. */
async function askAndConfirm(locale: 'en' | 'fr') {
  const t = copy[locale];
  const cancel = await screen.findByRole('button', { name: t.cancel });
  cancel.focus();
  await userEvent.keyboard('{Enter}');
  const group = await screen.findByRole('group', { name: t.question });
  await expect(group).toBeVisible();
  // The question as written: in French, U+00A0 before « ? ».
  await expect(group.querySelector('legend')?.textContent).toBe(t.question);
  await waitFor(() => expect(screen.getByRole('button', { name: t.keep })).toHaveFocus());
  await userEvent.tab();
  await expect(screen.getByRole('button', { name: t.confirm })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
}

/** The notice with its button. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(copy.en.notice)).toBeVisible();
    await expect(canvas.getByRole('button', { name: copy.en.cancel })).toBeEnabled();
  },
};

/** Asked first, inline: the question names the group; focus on « Keep the change ». */
export const Confirming: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: copy.en.cancel }));
    await expect(await canvas.findByRole('group', { name: copy.en.question })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: copy.en.keep })).toHaveFocus());
  },
};

/** The call is in flight (held for the story): busy, still focused, nothing said yet. */
export const Cancelling: Story = {
  parameters: { tarif: { scheduled: { seats: 2 }, hold: ['cancelScheduledChange'] } },
  play: async () => {
    await askAndConfirm('en');
    const busy = await screen.findByRole('button', { name: copy.en.cancelling });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy).toHaveFocus();
    await expect(screen.getByRole('button', { name: copy.en.keep })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** En cours, en français. */
export const CancellingFrench: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { scheduled: { seats: 2 }, hold: ['cancelScheduledChange'] } },
  play: async () => {
    await askAndConfirm('fr');
    await expect(await screen.findByRole('button', { name: copy.fr.cancelling })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The backend cannot be reached: an alert says why, and the focused button retries. */
export const Failed: Story = {
  parameters: {
    tarif: {
      scheduled: { seats: 2 },
      faults: { reject: { cancelScheduledChange: { code: 'network' } } },
    },
  },
  play: async () => {
    await askAndConfirm('en');
    const alert = await screen.findByRole('alert');
    await expect(alert).toHaveTextContent(copy.en.error);
    await expect(alert).toHaveTextContent('We could not reach the billing service.');
    await waitFor(() => expect(screen.getByRole('button', { name: copy.en.retry })).toHaveFocus());
  },
};

/** Échec en français. */
export const FailedFrench: Story = {
  globals: { locale: 'fr' },
  parameters: {
    tarif: {
      scheduled: { seats: 2 },
      faults: { reject: { cancelScheduledChange: { code: 'network' } } },
    },
  },
  play: async () => {
    await askAndConfirm('fr');
    await expect(await screen.findByRole('alert')).toHaveTextContent(copy.fr.error);
    await expect(screen.getByRole('button', { name: copy.fr.retry })).toBeVisible();
  },
};

/** Fails once; « Try again » cancels it, and the status says so. */
export const FailedThenRetried: Story = {
  parameters: {
    tarif: {
      scheduled: { seats: 2 },
      faults: { reject: { cancelScheduledChange: { code: 'timeout', times: 1 } } },
    },
  },
  play: async () => {
    await askAndConfirm('en');
    await userEvent.click(await screen.findByRole('button', { name: copy.en.retry }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(copy.en.cancelled));
    await expect(screen.queryByText(copy.en.notice)).toBeNull();
  },
};

/** Annulé : le statut le dit, et le focus va au titre de la carte. */
export const CancelledFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await askAndConfirm('fr');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(copy.fr.cancelled));
    await expect(screen.getByRole('heading', { name: 'Plan actuel' })).toHaveFocus();
  },
};

/** A member who is not the primary admin: the button is disabled and says who can. */
export const ReadOnlyViewer: Story = {
  parameters: {
    tarif: {
      scheduled: { seats: 2 },
      viewer: { canManageBilling: false, reason: 'not-primary-admin' },
    },
  },
  render: () => <BillingPage />,
  play: async ({ canvas }) => {
    const cancel = await canvas.findByRole('button', { name: copy.en.cancel });
    await expect(cancel).toBeDisabled();
    await expect(cancel).toHaveAccessibleDescription(
      'Only Alex Admin, the primary admin of this account, can change billing.',
    );
  },
};
