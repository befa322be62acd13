import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createDemoSubscription } from '@tarif/core/demo';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { axeViolations, cleanup, renderWithBilling, testNow } from './test-utils/render-billing.js';

afterEach(() => cleanup());

// The demo account (Marketing Plus, 3 seats, renewing on 1 April 2026) with 2 seats waiting for
// the renewal, as a commit of fewer seats leaves it.
const subscription = createDemoSubscription(testNow);
const fewerSeats = {
  selection: { ...subscription.selection, seats: 2 },
  effectiveAt: subscription.periodEnd,
};

const slot = (name: string) => document.querySelector(`[data-slot="${name}"]`);
const status = () => slot('billing-page-summary-cancelled');

describe.each(['en', 'fr'] as const)(
  'BillingPage: cancelling the scheduled change (%s)',
  (locale) => {
    const ui = new BillingPageModel(locale);
    const c = ui.copy;

    it('asks first, keeps the change on Escape, then cancels it from the keyboard', async () => {
      const { adapter } = await renderWithBilling(<BillingPage />, {
        locale,
        scheduled: fewerSeats,
        hold: ['cancelScheduledChange'],
      });
      await ui.seePage();
      expect(slot('billing-page-summary-scheduled')?.querySelector('p')?.textContent).toBe(
        c.scheduledOn,
      );
      expect(await axeViolations()).toEqual([]);

      // « Cancel this change » asks: the question names the group, focus on the safe answer.
      const open = ui.button(c.cancelChange);
      (open.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      const group = page.getByRole('group', { name: c.cancelQuestion });
      await expect.element(group).toBeVisible();
      // The question as written, U+00A0 before « ? » in French.
      expect(group.element().querySelector('legend')?.textContent).toBe(c.cancelQuestion);
      await expect.element(ui.button(c.keepChange)).toHaveFocus();
      expect(await axeViolations()).toEqual([]);

      // Escape keeps it, and gives the focus back to the button that asked.
      await userEvent.keyboard('{Escape}');
      await expect.element(group).not.toBeInTheDocument();
      await expect.element(ui.button(c.cancelChange)).toHaveFocus();
      expect(adapter.calls.cancelScheduledChange).toBe(0);

      // Again, and this time Tab to « Yes, cancel the change » and press Enter.
      await userEvent.keyboard('{Enter}');
      await expect.element(ui.button(c.keepChange)).toHaveFocus();
      await userEvent.tab();
      await expect.element(ui.button(c.confirmCancel)).toHaveFocus();
      await userEvent.keyboard('{Enter}');

      // In flight (held): busy, still focused, neither button does anything, nothing said yet.
      const busy = ui.button(c.cancelling);
      await expect.element(busy).toHaveAttribute('aria-busy', 'true');
      await expect.element(busy).toHaveAttribute('aria-disabled', 'true');
      await expect.element(busy).toHaveFocus();
      await expect.element(ui.button(c.keepChange)).toHaveAttribute('aria-disabled', 'true');
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('{Escape}');
      await expect.element(busy).toBeInTheDocument();
      expect(adapter.held('cancelScheduledChange')).toBe(1);
      expect(adapter.calls.cancelScheduledChange).toBe(1);
      expect(status()?.textContent).toBe('');
      expect(adapter.snapshot().scheduled).not.toBeNull();
      expect(await axeViolations()).toEqual([]);

      adapter.release('cancelScheduledChange');
      // Said politely, where the notice was; the focus lands on the summary's heading.
      await expect.element(page.getByRole('status')).toHaveTextContent(c.cancelled);
      expect(status()?.textContent).toBe(c.cancelled);
      expect(slot('billing-page-summary-scheduled')).toBeNull();
      await expect
        .element(page.getByRole('heading', { name: c.currentPlan, exact: true }))
        .toHaveFocus();
      expect(adapter.calls.cancelScheduledChange).toBe(1);
      expect(adapter.snapshot().scheduled).toBeNull();
      expect(adapter.snapshot().subscription.selection.seats).toBe(3);
      expect(adapter.calls.commitChange).toBe(0);
      expect(await axeViolations()).toEqual([]);
    });

    it('shows why it failed and cancels on « Try again »', async () => {
      const { adapter } = await renderWithBilling(<BillingPage />, {
        locale,
        scheduled: fewerSeats,
        faults: { reject: { cancelScheduledChange: { code: 'network', times: 1 } } },
      });
      await ui.click(c.cancelChange);
      await ui.click(c.confirmCancel);

      const alert = page.getByRole('alert');
      await expect.element(alert).toBeVisible();
      expect(alert.element().textContent).toBe(`${c.cancelError}${c.networkError}`);
      // The same button, still focused, now retries; the change is still there.
      const retry = ui.button(c.retry);
      await expect.element(retry).toHaveFocus();
      await expect.element(retry).toHaveAttribute('aria-disabled', 'false');
      expect(slot('billing-page-summary-scheduled')).not.toBeNull();
      expect(adapter.snapshot().scheduled).not.toBeNull();
      expect(await axeViolations()).toEqual([]);

      await retry.click();
      await expect.element(page.getByRole('status')).toHaveTextContent(c.cancelled);
      expect(status()?.textContent).toBe(c.cancelled);
      await expect.element(alert).not.toBeInTheDocument();
      expect(adapter.calls.cancelScheduledChange).toBe(2);
      expect(adapter.snapshot().scheduled).toBeNull();
    });

    it('forgets the failure when the change is kept', async () => {
      const { adapter } = await renderWithBilling(<BillingPage />, {
        locale,
        scheduled: fewerSeats,
        faults: { reject: { cancelScheduledChange: { code: 'network' } } },
      });
      await ui.click(c.cancelChange);
      await ui.click(c.confirmCancel);
      await expect.element(page.getByRole('alert')).toBeVisible();
      await ui.click(c.keepChange);
      await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
      await expect.element(ui.button(c.cancelChange)).toHaveFocus();
      await ui.click(c.cancelChange);
      await expect.element(ui.button(c.confirmCancel)).toBeVisible();
      expect(adapter.calls.cancelScheduledChange).toBe(1);
    });
  },
);

describe('BillingPage: the scheduled change for a read-only viewer', () => {
  it('cannot be cancelled, and says who can', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, {
      scheduled: fewerSeats,
      faults: { forbidden: true },
      primaryAdmin: { name: 'Alex Admin', email: 'alex@example.com' },
    });
    const c = new BillingPageModel('en').copy;
    const cancel = page.getByRole('button', { name: c.cancelChange });
    await expect.element(cancel).toBeDisabled();
    await expect
      .element(cancel)
      .toHaveAccessibleDescription(
        'Only Alex Admin, the primary admin of this account, can change billing.',
      );
    expect(adapter.calls.cancelScheduledChange).toBe(0);
    expect(await axeViolations()).toEqual([]);
  });
});
