import { useEffect } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import type { Selection } from '@tarif/core';
import { demoBillingDetails } from '@tarif/core/demo';
import { useDraftChange, useReview } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewPurchaseModal } from './review-purchase-modal.js';

/**
 * Tax computed by the backend (the memory adapter with the demo seller's table, a French
 * company): the review shows the subtotal before tax, each tax with its rate, and the total
 * debited today and at renewal. Contacts 10 000 → 20 000 on 16 March: 20,00 € HT today.
 */
function TaxedReview({ change }: { change: Partial<Selection> }) {
  const draft = useDraftChange();
  const review = useReview();
  const { t } = useUiMessages();
  const ready = draft.selection !== null;
  const open = () => {
    draft.reset();
    draft.setSelection((previous) => ({ ...previous, ...change }));
    review.open();
  };
  useEffect(() => {
    if (ready) open();
    // Open once, when the account has loaded; `open` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  return (
    <div className="tarif">
      {/* The page behind the modal: a way back into the review once it is closed. */}
      <button
        type="button"
        className="tarif-button tarif-button--primary"
        disabled={!ready}
        onClick={open}
      >
        {t('ui.review.title')}
      </button>
      <ReviewPurchaseModal />
    </div>
  );
}

const meta = {
  title: 'Flows/ReviewPurchaseModal/Tax',
  component: TaxedReview,
  tags: ['!autodocs'],
  args: { change: { contactLimit: 20000 } },
  parameters: { tarif: { billingDetails: demoBillingDetails.frenchBusiness } },
} satisfies Meta<typeof TaxedReview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The rows of a section, as « label: amount » strings with their exact characters. */
async function rowsOf(slot: 'today' | 'recurring') {
  const section = await waitFor(() => {
    const found = document.querySelector(`[data-slot="review-purchase-modal-${slot}"]`);
    if (!(found instanceof HTMLElement)) throw new Error(`no ${slot} section yet`);
    // The server's answer, not the estimate: the tax rows come with it.
    if (!found.querySelector('[data-slot$="-tax"]')) throw new Error('no tax rows yet');
    return found;
  });
  return [...section.querySelectorAll('.tarif-rpm-row')].map(
    (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
  );
}

/** Une entreprise française : Total HT, TVA 20 %, prélevé TTC ; le renouvellement de même. */
export const FrenchBusinessFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await screen.findByRole('dialog', { name: 'Récapitulatif de l’achat' });
    const today = await rowsOf('today');
    expect(today.slice(-3)).toEqual([
      'Total HT: 20,00\u00a0€',
      'TVA 20\u202f%: 4,00\u00a0€',
      'Prélevé aujourd’hui: 24,00\u00a0€\u00a0TTC',
    ]);
    expect((await rowsOf('recurring')).slice(-3)).toEqual([
      'Total HT: 99,00\u00a0€',
      'TVA 20\u202f%: 19,80\u00a0€',
      'Prochain renouvellement le 1er avril 2026: 118,80\u00a0€\u00a0TTC\u00a0/\u00a0mois',
    ]);
    const confirm = screen.getByRole('button', { name: 'Confirmer l’achat' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(confirm);
    const done = await screen.findByRole('dialog', { name: 'Achat confirmé' });
    await waitFor(() =>
      expect(done.textContent).toContain(
        'Nous avons prélevé 24,00\u00a0€\u00a0TTC sur votre moyen de paiement.',
      ),
    );
  },
};

/** The same French business, in English: "VAT 20%". */
export const FrenchBusinessEnglish: Story = {
  play: async () => {
    await screen.findByRole('dialog', { name: 'Review purchase' });
    expect((await rowsOf('today')).slice(-3)).toEqual([
      'Subtotal excl. tax: €20.00',
      'VAT 20%: €4.00',
      'Charged today: €24.00\u00a0incl.\u00a0tax',
    ]);
  },
};

/** A consumer in Germany pays Germany's rate, in German: „MwSt. 19 %“. */
export const GermanConsumerGerman: Story = {
  globals: { locale: 'de' },
  parameters: { tarif: { billingDetails: { country: 'DE' } } },
  play: async () => {
    await screen.findByRole('dialog');
    expect((await rowsOf('today')).slice(-3)).toEqual([
      'Zwischensumme netto: 20,00\u00a0€',
      'MwSt. 19\u00a0%: 3,80\u00a0€',
      'Heute abgebucht: 23,80\u00a0€\u00a0inkl.\u00a0MwSt.',
    ]);
  },
};

/** A German business with a German VAT number: reverse charge, no VAT added, in German. */
export const ReverseChargeGerman: Story = {
  globals: { locale: 'de' },
  parameters: { tarif: { billingDetails: demoBillingDetails.germanBusiness } },
  play: async () => {
    await screen.findByRole('dialog');
    expect((await rowsOf('today')).slice(-3)).toEqual([
      'Zwischensumme netto: 20,00\u00a0€',
      'Steuerschuldnerschaft des Leistungsempfängers: 0,00\u00a0€',
      'Heute abgebucht: 20,00\u00a0€\u00a0zzgl.\u00a0MwSt.',
    ]);
  },
};

/** Autoliquidation, en français : aucune TVA ajoutée, la mention est sur la facture. */
export const ReverseChargeFrench: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { billingDetails: demoBillingDetails.germanBusiness } },
  play: async () => {
    await screen.findByRole('dialog');
    expect((await rowsOf('today')).slice(-3)).toEqual([
      'Total HT: 20,00\u00a0€',
      'Autoliquidation de la TVA: 0,00\u00a0€',
      'Prélevé aujourd’hui: 20,00\u00a0€\u00a0HT',
    ]);
  },
};

/** Reverse charge in English. */
export const ReverseChargeEnglish: Story = {
  parameters: { tarif: { billingDetails: demoBillingDetails.germanBusiness } },
  play: async () => {
    await screen.findByRole('dialog');
    expect((await rowsOf('recurring')).slice(-2)).toEqual([
      'Reverse charge: €0.00',
      'Next renewal on April 1, 2026: €99.00\u00a0excl.\u00a0tax\u00a0/\u00a0month',
    ]);
  },
};

/** A US company: no VAT collected, so no tax rows; the figures are the amounts as they are. */
export const NoVatCollected: Story = {
  parameters: { tarif: { billingDetails: demoBillingDetails.usCompany } },
  play: async () => {
    await screen.findByRole('dialog');
    const confirm = screen.getByRole('button', { name: 'Confirm purchase' });
    await waitFor(() => expect(confirm).toHaveAttribute('aria-disabled', 'false'));
    expect(document.querySelector('[data-slot$="-subtotal"]')).toBeNull();
    expect(
      document.querySelector('[data-slot="review-purchase-modal-due-today"] dd'),
    ).toHaveTextContent('€20.00');
  },
};

export const TaxLinesDark: Story = {
  ...FrenchBusinessFrench,
  globals: { locale: 'fr', theme: 'dark' },
};

export const ReverseChargeDark: Story = {
  ...ReverseChargeGerman,
  globals: { locale: 'de', theme: 'dark' },
};

/** The server is slow: the estimate already shows the tax, marked as an estimate, until it answers. */
export const EstimateWithTax: Story = {
  globals: { locale: 'fr' },
  parameters: { tarif: { hold: ['previewChange'] } },
  play: async () => {
    await screen.findByRole('dialog', { name: 'Récapitulatif de l’achat' });
    await expect(screen.getByText('Estimation')).toBeVisible();
    const today = document.querySelector('[data-slot="review-purchase-modal-today"]');
    await waitFor(() =>
      expect(today?.querySelector('[data-slot="review-purchase-modal-today-tax"]')).not.toBeNull(),
    );
    expect(
      today?.querySelector('[data-slot="review-purchase-modal-due-today"] dd')?.textContent,
    ).toBe('24,00\u00a0€\u00a0TTC');
    await expect(screen.getByRole('button', { name: 'Confirmer l’achat' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};
