// The failures a Stripe-backed commit answers with (packages/stripe/src/payments/
// customer-failures.test.ts: a declined card 402 payment-declined, 3-D Secure 402
// payment-requires-action, Stripe rate limiting, an outage or a timeout 503 provider-unavailable),
// and a fault of the server's own (500 internal), shown in the review modal in en and fr: the
// catalog's own words, the subscription the page shows is still the old one, and Confirm is still
// there. The memory adapter answers with the same wire codes; the last test carries them over
// HTTP through createHttpAdapter, to show that the retry after a 503 sends the same key.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { isWireErrorCode, wireErrorStatus } from '@tarif/core';
import type { Selection } from '@tarif/core';
import { createHttpAdapter, isAdapterError } from '@tarif/react';
import type { AdapterErrorCode, BillingAdapter } from '@tarif/react';
import type { MemoryAdapter } from '@tarif/react/testing';
import { cleanup, renderWithBilling } from '../billing-page/test-utils/render-billing.js';
import { errorMessageKey } from '@tarif/react/i18n';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import { ReviewHarness } from './test-utils/review-harness.js';

const catalogs = { en: en.en, fr: fr.fr } as const;

/** Opens the review for five seats, and shows the account's seats as the host page would. */
afterEach(() => cleanup());

const failures: ReadonlyArray<readonly [string, AdapterErrorCode]> = [
  ['a declined card', 'payment-declined'],
  ['3-D Secure required', 'payment-requires-action'],
  ['Stripe rate limiting (429)', 'provider-unavailable'],
  ['a Stripe outage (500) or timeout', 'provider-unavailable'],
  ['a fault of the server’s own', 'internal'],
];

describe.each(['en', 'fr'] as const)('a payment failure in the review modal (%s)', (locale) => {
  const messages = catalogs[locale];

  it.each(failures)(
    '%s (%s): says so in the catalog’s words and keeps the old subscription',
    async (_, code) => {
      const { adapter } = await renderWithBilling(<ReviewHarness />, { locale });
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

interface RequestBody {
  readonly selection?: Selection;
  readonly previewId?: string;
}

/**
 * An HTTP adapter whose fetch answers from the memory adapter, as a server speaking the wire
 * contract would: its failures become their status and error body. Keeps every commit's
 * Idempotency-Key header.
 */
function httpOver(memory: MemoryAdapter, commitKeys: string[]): BillingAdapter {
  const reply = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  async function answer(method: string, path: string, headers: Headers, body: RequestBody) {
    if (method === 'GET' && path === '/account') return memory.loadAccount();
    if (method === 'POST' && path === '/previews') {
      return memory.previewChange({ selection: body.selection! });
    }
    if (method === 'POST' && path === '/commits') {
      const idempotencyKey = headers.get('idempotency-key') ?? '';
      commitKeys.push(idempotencyKey);
      return memory.commitChange({ previewId: body.previewId!, idempotencyKey });
    }
    throw new Error(`No route for ${method} ${path}`);
  }
  return createHttpAdapter({
    baseUrl: 'https://billing.test/api/billing',
    fetch: async (input, init = {}) => {
      const path = new URL(String(input)).pathname.replace('/api/billing', '');
      const body: RequestBody = typeof init.body === 'string' ? JSON.parse(init.body) : {};
      try {
        return reply(
          200,
          await answer(init.method ?? 'GET', path, new Headers(init.headers), body),
        );
      } catch (error) {
        if (!isAdapterError(error) || !isWireErrorCode(error.code)) throw error;
        const { code, message } = error;
        return reply(wireErrorStatus[code], { error: { code, message } });
      }
    },
  });
}

describe.each(['en', 'fr'] as const)('a payment provider outage over HTTP (%s)', (locale) => {
  const messages = catalogs[locale];

  it('answers 503, keeps the old subscription and Confirm, and the retry sends the same key once', async () => {
    const commitKeys: string[] = [];
    const { adapter } = await renderWithBilling(<ReviewHarness />, {
      locale,
      adapterFor: (memory) => httpOver(memory, commitKeys),
    });
    const seats = page.getByTestId('seats');
    await expect.element(seats).toHaveTextContent('3');
    adapter.rejectNext('commitChange', 'provider-unavailable');

    await page.getByRole('button', { name: messages['ui.review.title'] }).click();
    const confirm = page.getByRole('button', { name: messages['ui.review.confirm'] });
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await confirm.click();

    const alert = page.getByRole('alert');
    await expect.element(alert).toBeVisible();
    expect(alert.element().querySelector('.tarif-note-title')?.textContent).toBe(
      messages['error.provider-unavailable'],
    );
    await expect.element(seats).toHaveTextContent('3');
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);
    expect(commitKeys).toHaveLength(1);

    // The provider is back: Confirm again is the same purchase, under the same key.
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await confirm.click();
    await expect.element(seats).toHaveTextContent('5');
    expect(adapter.snapshot().subscription.selection.seats).toBe(5);
    expect(commitKeys).toHaveLength(2);
    expect(commitKeys[1]).toBe(commitKeys[0]);
    expect(commitKeys[0]!.length).toBeGreaterThanOrEqual(8);
  });
});
