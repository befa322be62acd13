import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useReview } from './use-review.js';
import { useContactLimitField } from '../fields/use-contact-limit-field.js';
import { billingWrapper, deferred, demoAdapter, locales } from '../test-utils/billing-wrapper.js';
import type {
  BillingAdapter,
  PreviewChangeRequest,
  ServerPreview,
} from '../adapter/adapter-types.js';

afterEach(() => vi.useRealTimers());

function renderReview(
  adapter: BillingAdapter = demoAdapter(),
  locale = 'en',
  previewDebounceMs = 200,
) {
  return renderHook(
    () => ({
      account: useBillingAccount(),
      draft: useDraftChange(),
      review: useReview(),
      contacts: useContactLimitField(),
    }),
    {
      wrapper: billingWrapper({ adapter, locale, previewDebounceMs }),
    },
  );
}

describe('useReview', () => {
  it.each(locales)(
    'shows the local estimate at once, then the server preview (%s)',
    async (locale) => {
      const adapter = demoAdapter({ latencyMs: 30 });
      const { result } = renderReview(adapter, locale);
      await waitFor(() => expect(result.current.account.status).toBe('ready'));
      act(() => result.current.draft.setPlan('pro'));
      act(() => result.current.review.open());
      expect(result.current.review.source).toBe('estimate');
      expect(result.current.review.pending).toBe(true);
      expect(result.current.review.mode).toBe('purchase');
      expect(result.current.review.dueTodayText).toBe(locale === 'fr' ? '20,65\u00a0€' : '€20.65');
      await waitFor(() => expect(result.current.review.source).toBe('server'));
      expect(result.current.review.serverPreview?.id).toMatch(/^pv_/);
      expect(result.current.review.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
      expect(result.current.review.nextRenewal?.dateText).toBe(
        locale === 'fr' ? '1er avril 2025' : 'April 1, 2025',
      );
      expect(result.current.review.lines.map((line) => line.code)).toEqual(['credit', 'charge']);
      expect(result.current.review.recurringLines[0]?.label).toContain('Pro');
    },
  );

  it('waits for the slider to settle before asking the server', async () => {
    vi.useFakeTimers();
    const adapter = demoAdapter();
    const { result } = renderReview(adapter);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.account.status).toBe('ready');
    act(() => result.current.review.open());
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(adapter.calls.previewChange).toBe(0); // nothing changed yet: nothing to price
    for (let i = 0; i < 5; i++) {
      act(() => result.current.contacts.increment());
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    expect(adapter.calls.previewChange).toBe(0);
    expect(result.current.review.source).toBe('estimate');
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(adapter.calls.previewChange).toBe(1);
    expect(result.current.review.source).toBe('server');
    expect(result.current.review.serverPreview?.preview.effectiveNow.contactLimit).toBe(50000);
  });

  it('applies only the newest answer when an older one arrives late', async () => {
    const base = demoAdapter();
    const answers: {
      request: PreviewChangeRequest;
      answer: ReturnType<typeof deferred<ServerPreview>>;
    }[] = [];
    const adapter: BillingAdapter = {
      ...base,
      loadAccount: (r) => base.loadAccount(r),
      previewChange: (request) => {
        const answer = deferred<ServerPreview>();
        answers.push({ request, answer });
        return answer.promise;
      },
    };
    const { result } = renderReview(adapter, 'en', 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setPlan('pro'));
    act(() => result.current.review.open());
    act(() => result.current.draft.setSeats(6));
    await waitFor(() => expect(answers).toHaveLength(2));
    const [older, newer] = answers;
    expect(older?.request.signal?.aborted).toBe(true);
    const priced = (request: PreviewChangeRequest, id: string) =>
      base.previewChange({ selection: request.selection }).then((p) => ({ ...p, id }));
    await act(async () => newer?.answer.resolve(await priced(newer.request, 'pv_newer')));
    await act(async () => older?.answer.resolve(await priced(older.request, 'pv_older')));
    expect(result.current.review.serverPreview?.id).toBe('pv_newer');
    expect(result.current.review.preview?.effectiveNow.seats).toBe(6);
  });

  it.each(locales)('shows a failed preview with a retry (%s)', async (locale) => {
    const adapter = demoAdapter();
    adapter.rejectNext('previewChange', 'timeout');
    const { result } = renderReview(adapter, locale, 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setPlan('pro'));
    act(() => result.current.review.open());
    await waitFor(() => expect(result.current.review.error?.code).toBe('timeout'));
    expect(result.current.review.source).toBe('estimate');
    expect(result.current.review.errorText).toBe(
      locale === 'fr'
        ? 'Le service de facturation a mis trop de temps à répondre. Réessayez.'
        : 'The billing service took too long to answer. Try again.',
    );
    act(() => result.current.review.retry());
    await waitFor(() => expect(result.current.review.source).toBe('server'));
    expect(result.current.review.error).toBeNull();
    expect(adapter.calls.previewChange).toBe(2);
  });

  it.each(locales)('explains a downgrade that needs a change request (%s)', async (locale) => {
    const plus = demoAdapter().snapshot().subscription;
    const adapter = demoAdapter({
      subscription: { ...plus, selection: { ...plus.selection, plan: 'pro' } },
    });
    const { result } = renderReview(adapter, locale, 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setPlan('plus'));
    act(() => result.current.review.open());
    expect(result.current.review.mode).toBe('request');
    expect(result.current.review.requestSummary).toEqual([
      locale === 'fr' ? 'Passer du plan Pro au plan inférieur Plus' : 'Downgrade from Pro to Plus',
    ]);
    expect(result.current.review.featuresLost.map((f) => f.id)).toEqual([
      'landing-pages',
      'advanced-reporting',
      'phone-support',
    ]);
  });

  it.each(locales)('words each part of the change, as the review lists it (%s)', async (locale) => {
    const { result } = renderReview(demoAdapter(), locale, 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setSeats(2));
    act(() => result.current.review.open());
    expect(result.current.review.changes).toEqual([
      {
        id: 'seats-',
        dimension: 'seats',
        direction: 'down',
        effect: 'renewal',
        label: locale === 'fr' ? 'Sièges' : 'Seats',
        value: locale === 'fr' ? '3 → 2 sièges' : '3 → 2 seats',
      },
    ]);
    expect(result.current.review.needsSales).toBe(false);
    expect(result.current.review.nextStep).toBe('confirm');
  });

  it.each(locales)('localizes blocking reasons (%s)', async (locale) => {
    const { result } = renderReview(demoAdapter(), locale, 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setContactLimit(5000));
    expect(result.current.review.mode).toBe('blocked');
    expect(result.current.review.blocking[0]?.message).toBe(
      locale === 'fr'
        ? 'Vous utilisez déjà 8\u202f700 contacts\u00a0: une limite de 5\u202f000 ne suffit pas.'
        : 'You already use 8,700 contacts, more than 5,000.',
    );
  });

  it('asks sales, without a server preview, past the last contact band', async () => {
    const adapter = demoAdapter();
    const { result } = renderReview(adapter, 'en', 0);
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.contacts.setIndex(12));
    act(() => result.current.review.open());
    expect(result.current.review.mode).toBe('request');
    expect(result.current.review.requestSummary[0]).toBe('More than 100,000 contacts');
    expect(adapter.calls.previewChange).toBe(0);
  });
});
