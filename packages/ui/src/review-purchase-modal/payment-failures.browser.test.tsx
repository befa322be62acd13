// The failures a Stripe-backed commit answers with (packages/stripe/src/payments/
// customer-failures.test.ts: a declined card 402 payment-declined, 3-D Secure 402
// payment-requires-action, Stripe rate limiting and a Stripe outage 500 internal), shown in the
// review modal in en and fr: the catalog's own words, and the subscription the page shows is
// still the old one. The memory adapter answers with the same wire codes.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { useBillingAccount, useDraftChange, useReview } from '@tarif/react';
import type { AdapterErrorCode } from '@tarif/react';
import { cleanup, renderWithBilling } from '../billing-page/test-utils/render-billing.js';
import { errorMessageKey } from '@tarif/react/i18n';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import { ReviewPurchaseModal } from './review-purchase-modal.js';

const catalogs = { en: en.en, fr: fr.fr } as const;

/** Opens the review for five seats, and shows the account's seats as the host page would. */
function Harness() {
  const draft = useDraftChange();
  const review = useReview();
  const account = useBillingAccount();
  const { t } = useUiMessages();
  return (
    <>
      <output data-testid="seats">{account.subscription?.selection.seats}</output>
      <button
        type="button"
        disabled={draft.selection === null}
        onClick={() => {
          draft.setSelection((previous) => ({ ...previous, seats: 5 }));
          review.open();
        }}
      >
        {t('ui.review.title')}
      </button>
      <ReviewPurchaseModal />
    </>
  );
}

afterEach(() => cleanup());

const failures: ReadonlyArray<readonly [string, AdapterErrorCode]> = [
  ['a declined card', 'payment-declined'],
  ['3-D Secure required', 'payment-requires-action'],
  ['Stripe rate limiting', 'internal'],
  ['a Stripe outage', 'internal'],
];

describe.each(['en', 'fr'] as const)('a payment failure in the review modal (%s)', (locale) => {
  const messages = catalogs[locale];

  it.each(failures)(
    '%s (%s): says so in the catalog’s words and keeps the old subscription',
    async (_, code) => {
      const { adapter } = await renderWithBilling(<Harness />, { locale });
      const seats = page.getByTestId('seats');
      await expect.element(seats).toHaveTextContent('3');
      adapter.rejectNext('commitChange', code);

      const trigger = page.getByRole('button', { name: messages['ui.review.title'] });
      await expect.element(trigger).toBeEnabled();
      await trigger.click();
      const confirm = page.getByRole('button', { name: messages['ui.review.confirm'] });
      await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
      await confirm.click();

      const alert = page.getByRole('alert');
      await expect.element(alert).toBeVisible();
      const note = alert.element();
      expect(note.querySelector('.tarif-note-title')?.textContent).toBe(
        messages[errorMessageKey(code)],
      );
      expect(note.querySelector('.tarif-note-title + p')?.textContent).toBe(
        messages['ui.review.purchaseError'],
      );
      // Nothing changed: the page still shows three seats, and the dialog still offers the purchase.
      await expect.element(seats).toHaveTextContent('3');
      expect(adapter.snapshot().subscription.selection.seats).toBe(3);
      await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    },
  );
});
