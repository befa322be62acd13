import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useMessages } from '../i18n/use-messages.js';
import { billingWrapper, demoAdapter, locales, plain } from '../test-utils/billing-wrapper.js';
import type { BillingAdapter } from '../adapter/adapter-types.js';

describe('BillingProvider', () => {
  it.each(locales)('loads the account through the adapter (%s)', async (locale) => {
    const adapter = demoAdapter();
    const { result } = renderHook(() => useBillingAccount(), {
      wrapper: billingWrapper({ adapter, locale }),
    });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(adapter.calls.loadAccount).toBe(1);
    expect(result.current.subscription?.selection.plan).toBe('plus');
  });

  it('aborts the account load when it unmounts', async () => {
    let seen: AbortSignal | undefined;
    const adapter: BillingAdapter = {
      ...demoAdapter(),
      loadAccount: ({ signal } = {}) => {
        seen = signal;
        return new Promise(() => {});
      },
    };
    const { unmount } = renderHook(() => useBillingAccount(), {
      wrapper: billingWrapper({ adapter }),
    });
    await waitFor(() => expect(seen).toBeInstanceOf(AbortSignal));
    expect(seen?.aborted).toBe(false);
    unmount();
    expect(seen?.aborted).toBe(true);
  });

  it('falls back from fr-CA to French messages but formats with fr-CA', async () => {
    const { result } = renderHook(() => useMessages(), {
      wrapper: billingWrapper({ locale: 'fr-CA' }),
    });
    expect(result.current.messagesLocale).toBe('fr');
    expect(result.current.t('seats.label')).toBe('Sièges');
    expect(plain(result.current.formatMoney({ amount: 5900, currency: 'EUR' }))).toBe('59,00 €');
  });

  it('formats dates in the explicit time zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris.
    const utc = renderHook(() => useMessages(), { wrapper: billingWrapper({ locale: 'en' }) });
    const paris = renderHook(() => useMessages(), {
      wrapper: billingWrapper({ locale: 'en', timeZone: 'Europe/Paris' }),
    });
    expect(utc.result.current.formatDate('2025-03-31T23:30:00Z')).toBe('March 31, 2025');
    expect(paris.result.current.formatDate('2025-03-31T23:30:00Z')).toBe('April 1, 2025');
  });

  it('applies host message overrides per key', () => {
    const { result } = renderHook(() => useMessages(), {
      wrapper: billingWrapper({
        locale: 'fr',
        messages: { fr: { 'seats.label': 'Utilisateurs' } },
      }),
    });
    expect(result.current.t('seats.label')).toBe('Utilisateurs');
    expect(result.current.t('plans.label')).toBe('Formule');
  });

  it('turns a catalog that fails validation into an error state, not a crash', async () => {
    const adapter = demoAdapter({
      catalog: { version: 'broken', currency: 'XXX', products: 'nope' },
    });
    const { result } = renderHook(() => useBillingAccount(), {
      wrapper: billingWrapper({ adapter }),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.name).toBe('CatalogValidationError');
    expect(result.current.catalog).toBeNull();
  });

  it('shows an adapter failure as an error and recovers on reload', async () => {
    const adapter = demoAdapter();
    adapter.rejectNext('loadAccount', 'internal');
    const { result } = renderHook(() => useBillingAccount(), {
      wrapper: billingWrapper({ adapter }),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ name: 'AdapterError', code: 'internal' });
    await act(() => result.current.reload());
    expect(result.current.status).toBe('ready');
  });

  it('throws a clear error when a hook is used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useBillingAccount())).toThrow(
      'useBillingAccount must be used inside <BillingProvider>.',
    );
    vi.restoreAllMocks();
  });
});
