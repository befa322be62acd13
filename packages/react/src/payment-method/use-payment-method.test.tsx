import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { PaymentMethodSummary } from '@tarif/core';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useReview } from '../review/use-review.js';
import { de } from '../locales/de.js';
import { fr } from '../locales/fr.js';
import { usePaymentMethod } from './use-payment-method.js';
import { billingWrapper, demoAdapter } from '../test-utils/billing-wrapper.js';
import type { MemoryAdapterOptions } from '../adapter/create-memory-adapter.js';

async function rendered(options: MemoryAdapterOptions = {}, locale = 'en') {
  const adapter = demoAdapter(options);
  const view = renderHook(
    () => ({ account: useBillingAccount(), method: usePaymentMethod(), review: useReview() }),
    { wrapper: billingWrapper({ adapter, locale, locales: [fr, de], previewDebounceMs: 0 }) },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  return { ...view, adapter };
}

const card = (expMonth: number, expYear: number): PaymentMethodSummary => ({
  type: 'card',
  brand: 'visa',
  last4: '4242',
  expMonth,
  expYear,
});

describe('usePaymentMethod', () => {
  it.each([
    ['en', 'Visa •••• 4242, expires 08/2028'],
    ['fr', 'Visa •••• 4242, expire 08/2028'],
    ['de', 'Visa •••• 4242, gültig bis 08/2028'],
  ])('says which card is charged (%s)', async (locale, text) => {
    const { result } = await rendered({}, locale);
    expect(result.current.method.known).toBe(true);
    expect(result.current.method.text).toBe(text);
    expect(result.current.method.expired).toBe(false);
    expect(result.current.method.expiredText).toBeNull();
  });

  it.each([
    ['en', 'SEPA Direct Debit •••• 3000'],
    ['fr', 'Prélèvement SEPA •••• 3000'],
    ['de', 'SEPA-Lastschrift •••• 3000'],
  ])('says which mandate is debited (%s)', async (locale, text) => {
    const { result } = await rendered(
      { paymentMethod: { type: 'sepa_debit', last4: '3000' } },
      locale,
    );
    expect(result.current.method.text).toBe(text);
  });

  it('warns when the card expired before today (the clock is 16 March 2025)', async () => {
    const { result } = await rendered({ paymentMethod: card(2, 2025) }, 'fr');
    expect(result.current.method.expired).toBe(true);
    expect(result.current.method.expiredText).toBe(
      'Cette carte a expiré. Mettez à jour votre moyen de paiement avant de confirmer, sinon le paiement sera refusé.',
    );
    const current = await rendered({ paymentMethod: card(3, 2025) });
    expect(current.result.current.method.expired).toBe(false);
  });

  it('says when nothing is on file, and nothing when the backend does not say', async () => {
    const none = await rendered({ paymentMethod: null });
    expect(none.result.current.method.text).toBe('No payment method on file.');
    const adapter = demoAdapter();
    const silent = renderHook(
      () => ({ account: useBillingAccount(), method: usePaymentMethod() }),
      {
        wrapper: billingWrapper({
          adapter: {
            ...adapter,
            loadAccount: async () => {
              const { paymentMethod: _unused, ...rest } = await adapter.loadAccount();
              void _unused;
              return rest;
            },
          },
        }),
      },
    );
    await waitFor(() => expect(silent.result.current.account.status).toBe('ready'));
    expect(silent.result.current.method).toMatchObject({
      known: false,
      text: null,
      canUpdate: false,
    });
  });

  it('updates through the host, keeps the open review, and shows what the backend has on file', async () => {
    const { result, adapter } = await rendered({ paymentMethod: card(2, 2025) });
    act(() => result.current.review.open());
    expect(result.current.method.canUpdate).toBe(true);
    adapter.hold('updatePaymentMethod');
    let done!: Promise<void>;
    act(() => {
      done = result.current.method.update();
    });
    expect(result.current.method.updateStatus).toBe('updating');
    await act(async () => {
      adapter.release('updatePaymentMethod');
      await done;
    });
    expect(result.current.method.updateStatus).toBe('idle');
    expect(result.current.method.text).toBe('Visa •••• 4242, expires 08/2030');
    expect(result.current.method.expired).toBe(false);
    expect(result.current.review.isOpen).toBe(true);
  });

  it('hides the update without the capability, and keeps the method when the host fails', async () => {
    const without = await rendered({ paymentMethodUpdate: false });
    expect(without.result.current.method.canUpdate).toBe(false);
    const { result, adapter } = await rendered({ paymentMethod: card(2, 2025) });
    adapter.rejectNext('updatePaymentMethod', 'network');
    await act(() => result.current.method.update());
    expect(result.current.method.updateStatus).toBe('failed');
    expect(result.current.method.updateErrorText).toBe(
      'We could not update your payment method. Try again.',
    );
    expect(result.current.method.expired).toBe(true);
  });
});
