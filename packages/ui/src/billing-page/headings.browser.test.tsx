import { afterEach, describe, expect, it } from 'vitest';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

afterEach(() => cleanup());

const levelOf = (heading: Element) => Number(heading.tagName.slice(1));

// WCAG 1.3.1: an add-on's title sits one level under the « Add-ons » heading it is listed under.
describe('BillingPage heading levels', () => {
  it('nests the add-on titles under the add-ons heading, on the overview and the bundle screen', async () => {
    const ui = new BillingPageModel('en');
    await renderWithBilling(<BillingPage />);
    await ui.seePage();
    for (const screen of ['overview', 'bundle'] as const) {
      if (screen === 'bundle') await ui.click(ui.copy.configureBundle);
      const titles = [...document.querySelectorAll('[data-slot="add-on-card-title"]')];
      expect(titles.length, screen).toBeGreaterThan(0);
      for (const title of titles) {
        const section = title.closest('section:not([data-slot="add-on-card"])');
        const heading = section?.querySelector('h2, h3, h4, h5, h6');
        expect(heading, screen).toBeTruthy();
        expect(levelOf(title), `${screen}: ${title.textContent}`).toBe(levelOf(heading!) + 1);
      }
    }
  });
});
