import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { BillingPage } from './billing-page.js';
import { demoNames } from '../internal/test-utils/demo-names.js';

/**
 * The composed page over the decorator's memory adapter (Marketing Plus, monthly, 10 000
 * contacts with 8 700 in use, 3 seats with 2 in use). `parameters.tarif` sets latency and faults.
 */
const meta = {
  title: 'Flows/BillingPage',
  component: BillingPage,
  tags: ['!autodocs'],
} satisfies Meta<typeof BillingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs until `name` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(name: string | RegExp, max = 15) {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const active = document.activeElement;
    const label = active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    if (typeof name === 'string' ? label === name : name.test(label)) return active as HTMLElement;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

async function openContactsReview(locale: 'en' | 'fr') {
  const t = {
    en: { edit: 'Edit contact limit', submit: 'Update contact limit', review: 'Review purchase' },
    fr: {
      edit: 'Modifier la limite de contacts',
      submit: 'Mettre à jour la limite de contacts',
      review: 'Récapitulatif de l’achat',
    },
  }[locale];
  const edit = await screen.findByRole('button', { name: t.edit });
  edit.focus();
  await userEvent.keyboard('{Enter}');
  await screen.findByRole('dialog', { name: t.edit });
  const thumb = await screen.findByRole('slider');
  thumb.focus();
  await userEvent.keyboard('{ArrowRight}');
  await tabTo(t.submit);
  await userEvent.keyboard('{Enter}');
  await screen.findByRole('dialog', { name: t.review });
  return edit;
}

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Billing & upgrade' })).toBeVisible();
    await expect(canvas.getByText('Marketing Plus')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { tarif: { neverLoads: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="billing-page"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The account fails to load once; « Try again » loads it. */
export const LoadError: Story = {
  parameters: { tarif: { faults: { reject: { loadAccount: { code: 'network', times: 1 } } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'We could not load your billing details.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Marketing Plus')).toBeVisible();
  },
};

/** Keyboard only, in English: Edit → slider → Update → review; Escape returns focus to Edit. */
export const KeyboardReviewEnglish: Story = {
  play: async () => {
    const edit = await openContactsReview('en');
    const dialog = screen.getByRole('dialog', { name: 'Review purchase' });
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(edit).toHaveFocus());
  },
};

/** Au clavier, en français : jusqu’à « Confirmer l’achat », puis le succès. */
export const KeyboardConfirmFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    const edit = await openContactsReview('fr');
    const confirm = await screen.findByRole('button', { name: 'Confirmer l’achat' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await tabTo('Confirmer l’achat');
    await userEvent.keyboard('{Enter}');
    await expect(await screen.findByRole('dialog', { name: 'Achat confirmé' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Terminé' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(edit).toHaveFocus());
    // U+202F between thousands, compared as is (no normaliser).
    await expect(
      screen.getByText('15\u202f000 contacts', { normalizer: (text) => text }),
    ).toBeVisible();
  },
};

/** The server's price is slow: the review shows the estimate, badged, with Confirm waiting. */
export const ServerPreviewPending: Story = {
  parameters: { tarif: { faults: { slowMs: { previewChange: 600_000 } } } },
  play: async () => {
    await openContactsReview('en');
    await expect(screen.getByText('Estimate')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Confirm purchase' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const PreviewFails: Story = {
  parameters: { tarif: { faults: { reject: { previewChange: { code: 'timeout' } } } } },
  play: async () => {
    await openContactsReview('en');
    await expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not get the final price.',
    );
  },
};

export const CommitFailsThenRetry: Story = {
  parameters: { tarif: { faults: { reject: { commitChange: { code: 'network', times: 1 } } } } },
  play: async () => {
    await openContactsReview('en');
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('alert')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm purchase' }));
    await expect(await screen.findByRole('dialog', { name: 'Purchase confirmed' })).toBeVisible();
  },
};

export const PurchasePending: Story = {
  parameters: { tarif: { faults: { slowMs: { commitChange: 600_000 } } } },
  play: async () => {
    await openContactsReview('en');
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('button', { name: 'Confirming…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const PriceChanged: Story = {
  parameters: { tarif: { faults: { priceChangedOnNextCommit: true } } },
  play: async () => {
    await openContactsReview('en');
    const confirm = await screen.findByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    await expect(await screen.findByRole('button', { name: 'Review new price' })).toBeVisible();
  },
};

/** Seats: Edit → stepper → « Continue » → review; 3 → 2 seats waits for the renewal. */
export const ScheduledSeatsDecrease: Story = {
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Edit user seats' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove a seat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect(await screen.findByText(/Nothing is charged today/)).toBeVisible();
  },
};

/** A lower tier goes through the change request, never the purchase. */
export const DowngradeRouted: Story = {
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: /Starter/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Request an account change' }));
    await expect(
      await screen.findByRole('dialog', { name: 'Request an account change' }),
    ).toBeVisible();
  },
};

/** The bundle: configure Marketing & Sales, « Update my plan », review the prorated amount. */
export const BundleConfiguration: Story = {
  play: async ({ canvas }) => {
    const configure = `Configure ${demoNames('en').product('marketing-sales')}`;
    await userEvent.click(await canvas.findByRole('button', { name: configure }));
    await expect(await canvas.findByRole('heading', { name: configure })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Update my plan' }));
    await expect(await screen.findByRole('dialog', { name: 'Review purchase' })).toBeVisible();
    await expect(screen.getByText('Charged today')).toBeVisible();
  },
};

/** « Ajouter au plan » on an add-on opens the review of just that add-on. */
export const AddOnFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    const add = await canvas.findAllByRole('button', { name: /Ajouter au plan/ });
    await userEvent.click(add[0] as HTMLElement);
    await expect(
      await screen.findByRole('dialog', { name: 'Récapitulatif de l’achat' }),
    ).toBeVisible();
  },
};

/** Past the last band only sales can quote: the review routes to the request form. */
export const ContactSales: Story = {
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Edit contact limit' }));
    const thumb = await screen.findByRole('slider');
    thumb.focus();
    await userEvent.keyboard('{End}');
    await userEvent.click(screen.getByRole('button', { name: 'Update contact limit' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Request an account change' }));
    await expect(
      await screen.findByRole('dialog', { name: 'Request an account change' }),
    ).toBeVisible();
  },
};

/** A member who is not the primary admin: every change is disabled, and says who can. */
export const ReadOnlyViewer: Story = {
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas }) => {
    const edit = await canvas.findByRole('button', { name: 'Edit contact limit' });
    await expect(edit).toBeDisabled();
    await expect(edit).toHaveAccessibleDescription(
      'Only Alex Admin, the primary admin of this account, can change billing.',
    );
    await expect(canvas.getByRole('button', { name: 'Edit user seats' })).toBeDisabled();
    // Said once, by the page; the plan picker on it does not repeat it.
    await expect(
      canvas.getAllByText(
        'Only Alex Admin, the primary admin of this account, can change billing.',
      ),
    ).toHaveLength(1);
  },
};

/** A French member: the notice names the admin without assuming who they are, once. */
export const ReadOnlyViewerFrench: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { viewer: { canManageBilling: false, reason: 'not-primary-admin' } } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findAllByText(
        'Seule la personne ayant le rôle d’administrateur principal, Alex Admin, peut modifier la facturation.',
      ),
    ).toHaveLength(1);
  },
};

/** Usage is at the limit: lower bands and fewer seats are explained in the modals. */
export const BlockedByUsage: Story = {
  parameters: { tarif: { subscription: { contactsInUse: 9800, seatsInUse: 3 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Near limit')).toBeVisible();
  },
};

/**
 * 8 950 of 10 000 contacts is 89 % in whole percent, under the catalog's 90 %: no badge (the page
 * once rounded it up to 90 % and showed one while the slider did not).
 */
export const JustUnderNearLimit: Story = {
  parameters: { tarif: { subscription: { contactsInUse: 8950 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Marketing Plus')).toBeVisible();
    await expect(canvas.queryByText('Near limit')).toBeNull();
  },
};

/** 9 000 of 10 000 is the catalog's 90 %: the badge shows; nothing is changed for it. */
export const AtNearLimit: Story = {
  parameters: { tarif: { subscription: { contactsInUse: 9000 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Near limit')).toBeVisible();
  },
};

export const ZeroDecimalCurrency: Story = { parameters: { tarif: { currency: 'JPY' } } };

/**
 * The French page's plan cards: every plan has its price, Starter included (it once showed none),
 * and Starter says why the account's 2 users do not fit it.
 */
export const PlanCardsFrench: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    const starter = await canvas.findByRole('radio', { name: /Starter/ });
    // The real characters: U+00A0 before « € » and before « ; ».
    await expect(starter.textContent).toContain('39,00\u00a0€');
    await expect(starter.textContent).toContain('1 utilisateur maximum\u00a0; vous en avez 2');
    for (const name of [/Plus/, /Pro/])
      await expect(
        canvas.getByRole('radio', { name }).querySelector('[data-slot="plan-tier-picker-amount"]'),
      ).not.toBeNull();
  },
};

export const LongFrenchStrings: Story = {
  globals: { locale: 'fr' },
  decorators: [(Story) => <div style={{ maxInlineSize: 380 }}>{Story()}</div>],
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };
