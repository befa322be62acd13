// 3-D Secure inside the review modal: the payment needs the customer's authentication, the modal
// says so in the catalog's words and hands over to the bank's window (a stand-in here, opened over
// the page as Stripe.js opens its frame), then shows the same success as any purchase; a window
// the customer leaves returns to the same review, with nothing changed and Confirm still there.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { BillingAdapter, NextActionOutcome } from '@tarif/react';
import type { MemoryAdapter } from '@tarif/react/testing';
import {
  axeViolations,
  cleanup,
  renderWithBilling,
} from '../billing-page/test-utils/render-billing.js';
import { de } from '../locales/de.js';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import { ReviewHarness } from './test-utils/review-harness.js';

const catalogs = { en: en.en, fr: fr.fr, de: de.de } as const;

/**
 * The memory adapter, with the bank's step played by a window appended to <body> outside the
 * dialog: « Authenticate » confirms the payment with the memory backend, « Leave » abandons.
 */
function withBankWindow(memory: MemoryAdapter): BillingAdapter {
  return {
    ...memory,
    handleNextAction: (request) =>
      new Promise<NextActionOutcome>((resolve) => {
        const bank = document.createElement('div');
        bank.setAttribute('role', 'dialog');
        bank.setAttribute('aria-label', 'Bank');
        // Over everything, as Stripe.js lays its frame out.
        bank.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff';
        const finish = (outcome: NextActionOutcome) => {
          bank.remove();
          resolve(outcome);
        };
        const yes = document.createElement('button');
        yes.textContent = 'Authenticate';
        yes.addEventListener('click', () => {
          void memory.handleNextAction!(request).then(finish);
        });
        const leave = document.createElement('button');
        leave.textContent = 'Leave';
        leave.addEventListener('click', () => finish('abandoned'));
        bank.append(yes, leave);
        document.body.append(bank);
      }),
  };
}

afterEach(() => {
  cleanup();
  for (const bank of document.querySelectorAll('[aria-label="Bank"]')) bank.remove();
});

describe.each(['en', 'fr', 'de'] as const)('3-D Secure in the review modal (%s)', (locale) => {
  const messages = catalogs[locale];

  async function confirmedUntilTheBank() {
    const rendered = await renderWithBilling(<ReviewHarness />, {
      locale,
      faults: { authentication: 'succeeded' },
      adapterFor: withBankWindow,
    });
    await expect.element(page.getByTestId('seats')).toHaveTextContent('3');
    await page.getByRole('button', { name: messages['ui.review.title'] }).click();
    const confirm = page.getByRole('button', { name: messages['ui.review.confirm'] });
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await confirm.click();
    const step = page.getByText(messages['purchase.authenticating']);
    await expect.element(step).toBeVisible();
    expect(step.element().closest('[aria-live="polite"]')).not.toBeNull();
    return { ...rendered, confirm, step };
  }

  it("shows the bank step, lets the bank's window take the pointer and focus, and succeeds once", async () => {
    const { adapter } = await confirmedUntilTheBank();
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);
    // Handed over: the dialog is not modal while the bank's window is open, so the page outside
    // takes the pointer and nothing pulls the focus back into the dialog.
    expect(document.body.style.pointerEvents).not.toBe('none');
    const authenticate = page.getByRole('button', { name: 'Authenticate' });
    (authenticate.element() as HTMLElement).focus();
    expect(document.activeElement).toBe(authenticate.element());
    expect(await axeViolations()).toEqual([]);

    await authenticate.click();
    await expect
      .element(page.getByRole('dialog', { name: messages['ui.review.success.title'] }))
      .toBeVisible();
    await expect.element(page.getByTestId('seats')).toHaveTextContent('5');
    expect(adapter.calls.commitChange).toBe(2);
    expect(adapter.calls.abandonCommit).toBe(0);
  });

  it('returns to the same review when the customer leaves the bank, and confirms again', async () => {
    const { adapter, confirm } = await confirmedUntilTheBank();
    await page.getByRole('button', { name: 'Leave' }).click();
    const alert = page.getByRole('alert');
    await expect.element(alert).toBeVisible();
    expect(alert.element().querySelector('.tarif-note-title')?.textContent).toBe(
      messages['error.authentication-failed'],
    );
    expect(adapter.calls.abandonCommit).toBe(1);
    await expect.element(page.getByTestId('seats')).toHaveTextContent('3');
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);
    // Modal again: the page outside is inert.
    expect(document.body.style.pointerEvents).toBe('none');
    expect(await axeViolations()).toEqual([]);

    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await confirm.click();
    await page.getByRole('button', { name: 'Authenticate' }).click();
    await expect.element(page.getByTestId('seats')).toHaveTextContent('5');
  });
});
