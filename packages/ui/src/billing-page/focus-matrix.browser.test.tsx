// Where focus lands after every way every dialog of BillingPage opens and closes (WCAG 2.4.3):
// never on <body>, and on the opener when it is still there, else on a stable place standing
// for the same part of the page (the checked plan, the add-ons, the page's heading).
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

afterEach(() => cleanup());

const ui = new BillingPageModel('en');
const c = ui.copy;

/** Closes the open dialog one way; resolves once no dialog is left. */
async function close(how: 'Escape' | 'Cancel' | 'Done') {
  if (how === 'Escape') await userEvent.keyboard('{Escape}');
  else await ui.click(how === 'Cancel' ? 'Cancel' : c.done);
  await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
}

async function expectFocusOn(element: Element | null) {
  await expect.poll(() => document.activeElement).toBe(element);
  expect(document.activeElement).not.toBe(document.body);
}

const checkedPlan = () =>
  document.querySelector('[data-slot="billing-page-plans"] [role="radio"][aria-checked="true"]');

describe('BillingPage focus matrix', () => {
  it.each(['Escape', 'Cancel'] as const)(
    'contacts dialog closed with %s: back to its Edit',
    async (how) => {
      await renderWithBilling(<BillingPage />);
      await ui.click(c.editContacts);
      await ui.focusSlider();
      await close(how);
      await expectFocusOn(ui.button(c.editContacts).element());
    },
  );

  it.each(['Escape', 'Done'] as const)(
    'contacts → review closed with %s: back to its Edit',
    async (how) => {
      await renderWithBilling(<BillingPage />);
      await ui.click(c.editContacts);
      await ui.focusSlider();
      await ui.pressKey('ArrowRight');
      await ui.click(c.updateContacts);
      await ui.seeReview();
      if (how === 'Done') {
        await ui.confirm();
        await ui.seeSuccess();
      }
      await close(how);
      await expectFocusOn(ui.button(c.editContacts).element());
    },
  );

  it.each(['Escape', 'Cancel'] as const)(
    'seats dialog closed with %s: back to its Edit',
    async (how) => {
      await renderWithBilling(<BillingPage />);
      await ui.click(c.editSeats);
      await expect.element(ui.button(c.addSeat)).toBeVisible();
      await close(how);
      await expectFocusOn(ui.button(c.editSeats).element());
    },
  );

  it('review closed with its ×: back to Edit', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.editSeats);
    await ui.click(c.addSeat);
    await ui.click(c.continue);
    await ui.seeReview();
    await ui.click('Close');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expectFocusOn(ui.button(c.editSeats).element());
  });

  it('seats → review → Confirm → Done: back to its Edit', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.editSeats);
    await ui.click(c.addSeat);
    await ui.click(c.continue);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    await close('Done');
    await expectFocusOn(ui.button(c.editSeats).element());
  });

  it('plan → Upgrade → review → Escape: the Upgrade button is gone, the checked plan takes focus', async () => {
    await renderWithBilling(<BillingPage />);
    await page.getByRole('radio', { name: /Pro/ }).click();
    await ui.click(c.upgrade);
    await ui.seeReview();
    await close('Escape');
    await expect.element(ui.button(c.upgrade)).not.toBeInTheDocument();
    await expectFocusOn(checkedPlan());
    expect(checkedPlan()?.textContent).toContain('Plus');
  });

  it('plan → Upgrade → Confirm → Done: the new plan takes focus', async () => {
    await renderWithBilling(<BillingPage />);
    await page.getByRole('radio', { name: /Pro/ }).click();
    await ui.click(c.upgrade);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    await close('Done');
    await expectFocusOn(checkedPlan());
    expect(checkedPlan()?.textContent).toContain('Pro');
  });

  it('Starter → Request an account change → Escape: the checked plan takes focus', async () => {
    await renderWithBilling(<BillingPage />, { seatsInUse: 1 });
    await page.getByRole('radio', { name: /Starter/ }).click();
    await ui.click(c.request);
    await expect.element(page.getByRole('dialog', { name: c.request })).toBeVisible();
    await close('Escape');
    await expectFocusOn(checkedPlan());
  });

  it('add-on → review → Escape: back to its « Add to plan »', async () => {
    await renderWithBilling(<BillingPage />);
    const add = page.getByRole('button', { name: c.addToPlan }).first();
    const opener = add.element();
    await add.click();
    await ui.seeReview();
    await close('Escape');
    await expectFocusOn(opener);
  });

  it('add-on → Confirm → Done: its card is gone, the add-ons take focus', async () => {
    await renderWithBilling(<BillingPage />);
    await page.getByRole('button', { name: c.addToPlan }).first().click();
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    await close('Done');
    const section = document.querySelector('[data-slot="billing-page-add-ons"]');
    await expect.poll(() => section?.contains(document.activeElement) ?? false).toBe(true);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('bundle → review → Escape: back to « Update my plan » in the bundle screen', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.configureBundle);
    await ui.click(c.updatePlan);
    await ui.seeReview();
    await close('Escape');
    await expectFocusOn(ui.button(c.updatePlan).element());
  });

  it('bundle → Confirm → Done: the bundle screen is gone, the page’s heading takes focus', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.configureBundle);
    await ui.click(c.updatePlan);
    await ui.seeReview();
    await ui.confirm();
    await ui.seeSuccess();
    await close('Done');
    await expectFocusOn(page.getByRole('heading', { name: c.title }).element());
  });

  it.each(['Escape', 'Cancel'] as const)(
    '« Get in touch » closed with %s: back to it',
    async (how) => {
      await renderWithBilling(<BillingPage />);
      await ui.click(c.getInTouch);
      await expect.element(page.getByRole('dialog', { name: c.request })).toBeVisible();
      await close(how);
      await expectFocusOn(ui.button(c.getInTouch).element());
    },
  );

  it('« Get in touch » → Send → Done: back to it', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.getInTouch);
    const dialog = page.getByRole('dialog', { name: c.request });
    await expect.element(dialog).toBeVisible();
    await page.getByRole('textbox', { name: 'Subject' }).fill('More seats');
    await page.getByRole('textbox', { name: 'Message' }).fill('Ten more seats from May.');
    await page.getByRole('textbox', { name: 'Contact email' }).fill('alex@example.com');
    await ui.click('Send request');
    await expect.element(ui.button(c.done)).toHaveFocus();
    await close('Done');
    await expectFocusOn(ui.button(c.getInTouch).element());
  });

  it('« Add to plan » in the bundle screen keeps focus once added', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.click(c.configureBundle);
    const button = page.getByRole('button', { name: c.addToPlan }).first().element() as HTMLElement;
    button.focus();
    await userEvent.keyboard('{Enter}');
    // Its name is « Added » now: held by the element, not by the name.
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('true');
    await expectFocusOn(button);
  });
});
