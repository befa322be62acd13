import { afterEach, describe, expect, it } from 'vitest';
import { BillingPage } from '../billing-page/billing-page.js';
import { BillingPageModel } from '../billing-page/test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from '../billing-page/test-utils/render-billing.js';
import { licenceWording } from './licence-wording.js';

// The override example of docs/localization.md changes the term everywhere a customer meets it:
// the page, the seat dialog and the review, text and accessible names alike.

const ui = new BillingPageModel('en');

/** Every visible text and every accessible label in the document (dialogs are portalled). */
function everyWord(): string {
  const labels = [...document.body.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'aria-valuetext', 'title', 'placeholder']
      .map((name) => element.getAttribute(name))
      .filter((value): value is string => value !== null),
  );
  return [document.body.textContent ?? '', ...labels].join('\n');
}

const seat = /\bseats?\b/i;

afterEach(cleanup);

describe('the licence wording of docs/localization.md', () => {
  it('leaves "seat" nowhere on the page, in the seat dialog or in the review', async () => {
    await renderWithBilling(<BillingPage />, { messages: licenceWording });
    await ui.seePage();
    expect(everyWord()).not.toMatch(seat);
    expect(everyWord()).toMatch(/licences/);

    await ui.click('Edit licences');
    await ui.click('Add a licence');
    expect(everyWord()).not.toMatch(seat);
    await ui.click(ui.copy.continue);
    await ui.seeReview();
    // Once the server's price is in, the review shows every line of the change.
    await expect.element(ui.button(ui.copy.confirm)).toHaveAttribute('aria-disabled', 'false');
    expect(everyWord()).not.toMatch(seat);
    await ui.confirm();
    await ui.seeSuccess();
    expect(everyWord()).not.toMatch(seat);
  });

  it('is needed: without it the same flow says "seat"', async () => {
    await renderWithBilling(<BillingPage />);
    await ui.seePage();
    expect(everyWord()).toMatch(seat);
  });
});
