// A payment that needs the customer's authentication (3-D Secure), finished inside the review: the
// adapter hands the next action to the bank's step, the commit is sent again with the same key and
// succeeds once; a step that fails or is left gives the commit up and keeps the review open.
import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { demoAdapter } from '../test-utils/billing-wrapper.js';
import type { MemoryAdapter } from '../adapter/create-memory-adapter.js';
import { reviewedUpgrade } from '../test-utils/reviewed-upgrade.js';

const keysOf = (adapter: MemoryAdapter, operation: 'commitChange' | 'abandonCommit') =>
  adapter.log
    .filter((call) => call.operation === operation)
    .map((call) => (call.input as { idempotencyKey: string }).idempotencyKey);

describe('usePurchase with a payment that needs authentication', () => {
  it.each([
    ['en', 'Confirm this payment with your bank.'],
    ['fr', 'Confirmez ce paiement auprès de votre banque.'],
  ])(
    'shows the bank step, then commits again with the same key, once (%s)',
    async (locale, text) => {
      const adapter = demoAdapter({ faults: { authentication: 'succeeded' } });
      adapter.hold('handleNextAction');
      const { result } = await reviewedUpgrade(adapter, locale);
      let confirmed!: Promise<void>;
      act(() => {
        confirmed = result.current.purchase.confirm();
      });
      await waitFor(() => expect(adapter.held('handleNextAction')).toBe(1));
      expect(result.current.purchase.status).toBe('submitting');
      expect(result.current.purchase.authenticating).toBe(true);
      expect(result.current.purchase.authenticatingText).toBe(text);
      expect(result.current.account.subscription?.selection.plan).toBe('plus');
      await act(async () => {
        adapter.release('handleNextAction');
        await confirmed;
      });
      expect(result.current.purchase.status).toBe('succeeded');
      expect(result.current.purchase.authenticating).toBe(false);
      expect(result.current.purchase.result?.charged).toEqual({ amount: 2065, currency: 'EUR' });
      expect(result.current.account.subscription?.selection.plan).toBe('pro');
      const keys = keysOf(adapter, 'commitChange');
      expect(keys).toHaveLength(2);
      expect(new Set(keys).size).toBe(1);
      expect(adapter.calls.abandonCommit).toBe(0);
    },
  );

  it.each(['failed', 'abandoned'] as const)(
    'gives the commit up when the bank step is %s, and lets the same review be confirmed again',
    async (outcome) => {
      const adapter = demoAdapter({ faults: { authentication: outcome } });
      const { result } = await reviewedUpgrade(adapter, 'fr');
      await act(() => result.current.purchase.confirm());
      expect(result.current.purchase.status).toBe('failed');
      expect(result.current.purchase.failureReason).toBe('authentication-failed');
      expect(result.current.purchase.failureText).toBe(
        'Votre banque n’a pas confirmé ce paiement\u00a0: rien n’a été prélevé et votre abonnement reste inchangé. Vous pouvez réessayer.',
      );
      expect(keysOf(adapter, 'abandonCommit')).toEqual(keysOf(adapter, 'commitChange'));
      expect(result.current.account.subscription?.selection.plan).toBe('plus');
      expect(result.current.review.isOpen).toBe(true);

      adapter.faults.authentication = 'succeeded';
      await act(() => result.current.purchase.confirm());
      expect(result.current.purchase.status).toBe('succeeded');
      expect(result.current.account.subscription?.selection.plan).toBe('pro');
    },
  );

  it('takes the result when the payment went through before the give-up arrived', async () => {
    const adapter = demoAdapter({ faults: { authentication: 'succeeded' } });
    // The bank said yes to the provider, but the browser's step ended in an error.
    const bank = adapter.handleNextAction!.bind(adapter);
    adapter.handleNextAction = async (request) => {
      await bank(request);
      throw new Error('The bank window closed');
    };
    const { result } = await reviewedUpgrade(adapter);
    await act(() => result.current.purchase.confirm());
    expect(result.current.purchase.status).toBe('succeeded');
    expect(adapter.calls.abandonCommit).toBe(1);
    expect(adapter.calls.commitChange).toBe(1);
    expect(result.current.account.subscription?.selection.plan).toBe('pro');
  });

  it('ends with the message when the host cannot hand the payment over', async () => {
    const adapter = demoAdapter({ faults: { authentication: 'succeeded' } });
    const { handleNextAction: _unused, ...withoutHandoff } = adapter;
    void _unused;
    const { result } = await reviewedUpgrade(withoutHandoff as MemoryAdapter);
    await act(() => result.current.purchase.confirm());
    expect(result.current.purchase.status).toBe('failed');
    expect(result.current.purchase.failureReason).toBe('payment-requires-action');
    expect(adapter.calls.handleNextAction).toBe(0);
  });
});
