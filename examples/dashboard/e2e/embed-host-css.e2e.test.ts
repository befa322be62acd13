import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { billingPageSession } from './billing-page-session.js';
import { assembleEmbedHosts } from './embed-host.js';
import { hostStylesheets, installStyleSnapshots } from './host-stylesheets.js';
import { freshDatabasePath, startServer } from './server-process.js';

// A host embeds the billing page to get our page, not a mix: its stylesheet may restyle its own
// markup as broadly as it likes, and the element must compute, element by element, the styles and
// boxes it computes on a bare page (as the React widgets' host-CSS test checks for them).

type Snapshots = {
  snapshotStyles(root: Element): unknown;
  styleDifferences(expected: unknown, actual: unknown): string[];
};
type Window = { tarifStyles: Snapshots; kept?: unknown };

/** Keeps a snapshot of the element's subtree (the page and its open dialogs) as it computes now. */
const keepSnapshot = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Window;
    w.kept = w.tarifStyles.snapshotStyles(
      document.querySelector('tarif-billing-page .tarif-embed')!,
    );
  });

/** Every property of every element that computes differently now from the kept snapshot. */
const differencesFromKept = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Window;
    const now = w.tarifStyles.snapshotStyles(
      document.querySelector('tarif-billing-page .tarif-embed')!,
    );
    return w.tarifStyles.styleDifferences(w.kept, now);
  });

const hostHeading = (page: Page) =>
  page.locator('main > h1').evaluate((h1) => getComputedStyle(h1).fontSize);

describe('<tarif-billing-page> under a host stylesheet', () => {
  const t = billingPageSession(() =>
    startServer(freshDatabasePath(), undefined, assembleEmbedHosts()),
  );
  // No colour caught halfway through a transition when a stylesheet comes or goes: the widgets
  // drop their transitions under reduced motion.
  beforeEach(() => t.billing.page.emulateMedia({ reducedMotion: 'reduce' }));

  it.each(hostStylesheets)(
    '$name: the page and its dialog compute as on a bare host',
    async ({ css }) => {
      const page = t.billing.page;
      await t.billing.open({ lang: 'en', path: '/index.html', theme: 'light' });
      // A fixed width, so that a host reset of the body's margin changes no box inside.
      await page.addStyleTag({
        content: 'tarif-billing-page { display: block; inline-size: 720px }',
      });
      await installStyleSnapshots(page);
      const bareHeading = await hostHeading(page);

      await keepSnapshot(page);
      const host = await page.addStyleTag({ content: css });
      // The stylesheet is in force: the host's own heading changed.
      expect(await hostHeading(page)).not.toBe(bareHeading);
      expect(await differencesFromKept(page)).toEqual([]);

      // A dialog, portalled inside the element: the same under the host's stylesheet as without it.
      // From the keyboard: a pointer left on the button would hover it.
      await t.billing.editSeatsButton.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: t.billing.t('ui.seats.title') }).waitFor();
      await keepSnapshot(page);
      await host.evaluate((style) => (style as Element).remove());
      expect(await hostHeading(page)).toBe(bareHeading);
      expect(await differencesFromKept(page)).toEqual([]);
    },
  );

  it('takes the host’s --tarif-* overrides, as docs/embedding.md gives them', async () => {
    const page = t.billing.page;
    await t.billing.open({ lang: 'en', path: '/index.html', theme: 'dark' });
    await page.addStyleTag({
      content: [
        // Colours are declared by the element's theme, on its wrapper: set them there.
        'tarif-billing-page [data-tarif-theme] { --tarif-accent: rgb(10, 125, 90); }',
        // Sizes and fonts are declared on :root only: the element or any ancestor will do.
        'tarif-billing-page { --tarif-font-size: 20px; --tarif-font: Georgia, serif; }',
      ].join('\n'),
    });
    const styles = await page.locator('tarif-billing-page .tarif-embed').evaluate((el) => {
      const primary = el.querySelector('.tarif-button--primary');
      const title = el.querySelector('.tarif-bp-title');
      return {
        accent: primary && getComputedStyle(primary).backgroundColor,
        title: title && getComputedStyle(title).fontSize,
        font: title && getComputedStyle(title).fontFamily,
      };
    });
    expect(styles).toEqual({ accent: 'rgb(10, 125, 90)', title: '30px', font: 'Georgia, serif' });
  });
});
