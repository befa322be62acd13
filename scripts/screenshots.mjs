// Regenerates docs/screenshots/ from the built Storybook: the billing page (Flows/BillingPage,
// 1024 px wide, full page) and the review of 10 000 → 15 000 contacts opened from it (1024 × 840),
// in every language we ship, light and dark. Run after `pnpm run build && pnpm run build-storybook`:
// `node scripts/screenshots.mjs [de …]` (no argument: every language).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
// The builds, by path: the workspace root does not depend on our packages.
import { createTranslator } from '../packages/react/dist/i18n.js';
import { en } from '../packages/ui/dist/locales/en.js';
import { fr } from '../packages/ui/dist/locales/fr.js';
import { de } from '../packages/ui/dist/locales/de.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const storybook = path.join(root, 'storybook-static');
const out = path.join(root, 'docs', 'screenshots');
const packs = { en, fr, de };
const langs = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(packs);
const themes = ['light', 'dark'];

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves the static Storybook on a free port; answers its base URL and a close function. */
async function serve() {
  const server = createServer(async (req, res) => {
    const file = path.join(storybook, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(storybook)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file.endsWith(path.sep) ? path.join(file, 'index.html') : file);
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** The names the page gives its controls in `lang`, from the same packs the widgets use. */
function copyFor(lang) {
  const t = createTranslator({
    locale: lang,
    layers: [en, packs[lang]],
    formatNumber: (n) => new Intl.NumberFormat(lang).format(n),
  });
  return (key) => t(key);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
  ],
});
const { base, close } = await serve();
try {
  for (const lang of langs) {
    const t = copyFor(lang);
    for (const theme of themes) {
      const page = await browser.newPage({ viewport: { width: 1024, height: 840 } });
      page.setDefaultTimeout(30_000);
      await page.goto(
        `${base}/iframe.html?id=flows-billingpage--default&viewMode=story&globals=locale:${lang};theme:${theme}`,
      );
      await page.getByRole('heading', { name: t('ui.billing.title') }).waitFor();
      await page.getByRole('radiogroup', { name: t('plans.label') }).waitFor();
      const name = (state) => path.join(out, `${state}-${lang}-${theme}.png`);
      await page.screenshot({ path: name('billing-page'), fullPage: true });

      // The review: one step up the contact slider (10 000 → 15 000 contacts), then the final price.
      await page.getByRole('button', { name: t('ui.billing.contacts.edit'), exact: true }).click();
      await page.getByRole('slider').press('ArrowRight');
      await page
        .getByRole('button', { name: t('ui.billing.contacts.submit'), exact: true })
        .click();
      await page.getByRole('dialog', { name: t('ui.review.title') }).waitFor();
      const confirm = page.getByRole('button', { name: t('ui.review.confirm'), exact: true });
      await page.waitForFunction(
        (el) => el?.getAttribute('aria-disabled') === 'false',
        await confirm.elementHandle(),
      );
      await page.mouse.move(0, 0);
      await page.screenshot({ path: name('review-purchase-modal') });
      await page.close();
      console.log(`${lang} ${theme}: billing-page, review-purchase-modal`);
    }
  }
} finally {
  close();
  await browser.close();
}
