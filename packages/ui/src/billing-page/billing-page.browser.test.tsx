import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import {
  axeViolations,
  cleanup,
  normalizeSpaces,
  renderWithBilling,
} from './test-utils/render-billing.js';

afterEach(() => cleanup());

// The demo account: Marketing Plus, monthly, 10 000 contacts (8 700 in use), 3 seats (2 in use).
describe.each(['en', 'fr'] as const)('BillingPage (%s)', (locale) => {
  const ui = new BillingPageModel(locale);
  const c = ui.copy;

  it('raises the contact limit: Edit → slider → update → review → confirm', async () => {
    const onPurchaseComplete = vi.fn();
    const { adapter } = await renderWithBilling(
      <BillingPage onPurchaseComplete={onPurchaseComplete} />,
      { locale },
    );
    await ui.seePage();
    await ui.click(c.editContacts);
    await ui.focusSlider();
    await ui.pressKey('ArrowRight');
    await ui.click(c.updateContacts);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    expect(onPurchaseComplete).toHaveBeenCalledOnce();
    expect(adapter.snapshot().subscription.selection.contactLimit).toBe(15000);
    await ui.finish();
    // Focus goes back to where the flow started, and the row shows the new limit.
    await expect.element(ui.button(c.editContacts)).toHaveFocus();
    const value = document.querySelector('[data-slot="billing-page-contacts-value"]')?.textContent;
    expect(value).toBe(c.contacts15000);
  });

  it('adds a seat: Edit → + → Continue → review → confirm', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale });
    await ui.click(c.editSeats);
    await ui.click(c.addSeat);
    await ui.click(c.continue);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    expect(adapter.snapshot().subscription.selection.seats).toBe(4);
  });

  it('reviews fewer seats as a change at renewal and shows it scheduled on the page', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale });
    await ui.click(c.editSeats);
    await ui.click(c.removeSeat);
    await ui.click(c.continue);
    await ui.seeReview();
    await ui.confirm(true);
    await ui.seeSuccess(true);
    await ui.finish();
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);
    expect(adapter.snapshot().scheduled?.selection.seats).toBe(2);
    await expect.element(page.getByText(c.scheduledNote)).toBeVisible();
  });

  it('upgrades the tier from the plan picker', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale });
    await page.getByRole('radio', { name: /Pro/ }).click();
    await ui.click(c.upgrade);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    expect(adapter.snapshot().subscription.selection.plan).toBe('pro');
  });

  it('routes a downgrade to the change request without pricing or buying anything', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale, seatsInUse: 1 });
    await page.getByRole('radio', { name: /Starter/ }).click();
    await expect.element(ui.button(c.upgrade)).not.toBeInTheDocument();
    await ui.click(c.request);
    await expect.element(page.getByRole('dialog', { name: c.request })).toBeVisible();
    expect(adapter.calls.previewChange).toBe(0);
    expect(adapter.calls.commitChange).toBe(0);
  });

  it('configures the bundle and charges the prorated difference', async () => {
    const onPurchaseComplete = vi.fn();
    const { adapter } = await renderWithBilling(
      <BillingPage onPurchaseComplete={onPurchaseComplete} />,
      { locale },
    );
    await ui.click(c.configureBundle);
    await expect.element(page.getByRole('heading', { name: c.configureBundle })).toHaveFocus();
    await ui.click(c.updatePlan);
    await ui.seeReview();
    await expect.element(page.getByText(c.chargedToday)).toBeVisible();
    await ui.confirm();
    await ui.seeSuccess();
    expect(adapter.snapshot().subscription.selection.product).toBe('marketing-sales');
    expect(adapter.calls.commitChange).toBe(1);
    // The account is on the bundle now, so the bundle screen ends under the open review.
    expect(onPurchaseComplete).toHaveBeenCalledOnce();
  });

  it('adds an add-on from its card', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale });
    const add = page.getByRole('button', { name: c.addToPlan }).first();
    await add.click();
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    expect(adapter.snapshot().subscription.selection.addOns).toHaveLength(1);
  });

  it('opens the request form from « Get in touch »', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    await ui.click(c.getInTouch);
    await expect.element(page.getByRole('dialog', { name: c.request })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(ui.button(c.getInTouch)).toHaveFocus();
  });

  it('returns focus to Edit when the review is dismissed with Escape, and buys nothing', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, { locale });
    await ui.click(c.editContacts);
    await ui.focusSlider();
    await ui.pressKey('ArrowRight');
    await ui.click(c.updateContacts);
    await ui.seeReview();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(ui.button(c.editContacts)).toHaveFocus();
    expect(adapter.calls.commitChange).toBe(0);
    expect(adapter.snapshot().subscription.selection.contactLimit).toBe(10000);
  });

  it('keeps the plan cards on the subscription while the contacts dialog edits the draft', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    const eur = (amount: 59 | 79) => c.money[amount];
    const currentCard = () =>
      normalizeSpaces(
        document.querySelector('[data-slot="plan-tier-picker-tier"][data-current]')?.textContent,
      );
    // Plus at 10 000 contacts and 3 included seats is 59 € a month; at 15 000 it would be 79 €.
    expect(currentCard()).toContain(eur(59));
    await ui.click(c.editContacts);
    await ui.focusSlider();
    await ui.pressKey('ArrowRight');
    await expect.element(ui.button(c.updateContacts)).toBeEnabled();
    expect(currentCard()).toContain(eur(59));
    expect(currentCard()).not.toContain(eur(79));
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(currentCard()).toContain(eur(59));
  });

  it('prices every plan card, Starter included, and says why Starter does not fit the account', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    await ui.seePage();
    const starter = page.getByRole('radio', { name: /Starter/ });
    // Starter at 10 000 contacts and its one seat is 39 € a month; the account has 2 users.
    expect(normalizeSpaces(starter.element().textContent)).toContain(c.money[39]);
    expect(normalizeSpaces(starter.element().textContent)).toContain(c.starterReason);
    await expect
      .element(starter)
      // The French reason keeps its no-break space before « ; » in the accessible description too.
      .toHaveAccessibleDescription(
        new RegExp(`^${c.starterReason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    for (const name of [/Plus/, /Pro/])
      expect(
        page
          .getByRole('radio', { name })
          .element()
          .querySelector('[data-slot="plan-tier-picker-amount"]'),
      ).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('sums up the subscription with labels and values that agree', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    await ui.seePage();
    const summary = document.querySelector('[data-slot="billing-page-summary"]');
    const facts = [...(summary?.querySelectorAll('dt') ?? [])].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(facts).toEqual(c.summary);
  });

  it('keeps offering the add-ons of the subscription’s plan while a lower tier is picked', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    await page.getByRole('radio', { name: /Starter/ }).click();
    const section = document.querySelector('[data-slot="billing-page-add-ons"]');
    const states = [...(section?.querySelectorAll('[data-slot="add-on-card"]') ?? [])].map((card) =>
      card.getAttribute('data-state'),
    );
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state) => state === 'available')).toBe(true);
    await expect.element(page.getByRole('button', { name: c.addToPlan }).first()).toBeEnabled();
  });

  it('has no axe violations, on the page and with the contacts modal open', async () => {
    await renderWithBilling(<BillingPage />, { locale });
    await ui.seePage();
    expect(await axeViolations()).toEqual([]);
    await ui.click(c.editContacts);
    await ui.focusSlider();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('BillingPage states', () => {
  it('never previews or buys anything by itself', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />);
    await new BillingPageModel('en').seePage();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(adapter.calls.previewChange).toBe(0);
    expect(adapter.calls.commitChange).toBe(0);
  });

  it('is read-only for a member who is not the primary admin, and says who can change billing', async () => {
    await renderWithBilling(<BillingPage />, {
      viewer: {
        userId: 'u_2',
        name: 'Camille Martin',
        canManageBilling: false,
        reason: 'not-primary-admin',
      },
      primaryAdmin: { name: 'Alex Admin', email: 'alex@example.com' },
    });
    const edit = page.getByRole('button', { name: 'Edit contact limit' });
    await expect.element(edit).toBeDisabled();
    await expect
      .element(edit)
      .toHaveAccessibleDescription(
        'Only Alex Admin, the primary admin of this account, can change billing.',
      );
    await expect.element(page.getByRole('button', { name: 'Edit user seats' })).toBeDisabled();
    await expect
      .element(page.getByRole('button', { name: new BillingPageModel('en').copy.configureBundle }))
      .toBeDisabled();
    await expect
      .element(page.getByRole('radio', { name: /Pro/ }))
      .toHaveAttribute('aria-disabled', 'true');
    // Said once, by the page: the plan picker on it does not repeat it.
    const notice = 'Only Alex Admin, the primary admin of this account, can change billing.';
    expect(page.getByText(notice, { exact: true }).elements()).toHaveLength(1);
  });

  it('shows a skeleton while loading, then an error with a retry that loads the account', async () => {
    const { adapter } = await renderWithBilling(<BillingPage />, {
      faults: { reject: { loadAccount: { code: 'network', times: 1 } } },
      hold: ['loadAccount'],
    });
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    adapter.release('loadAccount');
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(page.getByRole('alert').element().textContent).toContain(
      'We could not load your billing details.',
    );
    await page.getByRole('button', { name: 'Try again' }).click();
    await new BillingPageModel('en').seePage();
    expect(adapter.calls.loadAccount).toBe(2);
  });

  it('shows yen without decimals', async () => {
    const { demoCatalogJPY } = await import('@tarif/core/demo');
    await renderWithBilling(<BillingPage />, { catalog: demoCatalogJPY });
    await new BillingPageModel('en').seePage();
    const price =
      document.querySelector('[data-slot="billing-page-summary-price"]')?.textContent ?? '';
    expect(price).toMatch(/[¥￥]/);
    expect(price).not.toMatch(/[.,]\d{2}\b/);
  });
});
