import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { de } from '@tarif/ui/locales/de';
import { en } from '@tarif/ui/locales/en';
import { fr } from '@tarif/ui/locales/fr';
import { billingPageSession } from './billing-page-session.js';
import { assembleEmbedHosts } from './embed-host.js';
import { freshDatabasePath, startServer } from './server-process.js';

// The element ships English inside tarif-embed.js and every other language as a file beside it,
// loaded the first time `locale` asks for it. The site is assembled by the docs' own copy step
// (embed-host.ts). A language the element cannot show falls back to English and tells the host.

interface HostEvent {
  type: string;
  detail: Record<string, any>;
}
const hostEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents);

const titles = {
  en: en.en['ui.billing.title'],
  fr: fr.fr['ui.billing.title'],
  de: de.de['ui.billing.title'],
};

describe('<tarif-billing-page> languages, from the files the docs copy', () => {
  const t = billingPageSession(() =>
    startServer(freshDatabasePath(), undefined, assembleEmbedHosts()),
  );

  /** Opens the plain host in `lang`; returns the element files the page requested. */
  async function openHost(lang: string): Promise<string[]> {
    const page = t.billing.page;
    const requested: string[] = [];
    page.on('request', (request) => {
      const file = /\/tarif\/(tarif-embed[^/?]*\.js)/.exec(request.url())?.[1];
      if (file) requested.push(file);
    });
    await page.goto(`${t.server.url}/index.html?lang=${lang}`);
    return requested;
  }

  const title = (text: string) => t.billing.page.getByRole('heading', { level: 2, name: text });
  const pageLang = () =>
    t.billing.page.locator('tarif-billing-page .tarif-embed').getAttribute('lang');

  it.each(['de', 'fr'] as const)(
    'locale="%s" shows the page in that language, loaded on demand',
    async (lang) => {
      const requested = await openHost(lang);
      await title(titles[lang]).waitFor();
      expect(await pageLang()).toBe(lang);
      expect(requested.sort()).toEqual(['tarif-embed.js', `tarif-embed.${lang}.js`].sort());
      expect(await hostEvents(t.billing.page)).toEqual([]);
    },
  );

  it('an English page downloads tarif-embed.js alone, and switches to German on demand', async () => {
    const requested = await openHost('en');
    await title(titles.en).waitFor();
    expect(requested).toEqual(['tarif-embed.js']);
    await t.billing.page
      .locator('tarif-billing-page')
      .evaluate((el) => el.setAttribute('locale', 'de-AT'));
    await title(titles.de).waitFor();
    expect(await pageLang()).toBe('de-AT');
    expect(requested).toEqual(['tarif-embed.js', 'tarif-embed.de.js']);
  });

  it('an unknown locale shows English and tells the host with tarif:error', async () => {
    await openHost('es');
    await title(titles.en).waitFor();
    expect(await pageLang()).toBe('en');
    await expect
      .poll(() => hostEvents(t.billing.page))
      .toEqual([
        expect.objectContaining({
          type: 'tarif:error',
          detail: {
            operation: 'locale',
            code: 'locale-unsupported',
            message: expect.stringContaining('No messages for locale "es"'),
          },
        }),
      ]);
  });

  it('a language the host registers through `locales` is no fallback: no tarif:error', async () => {
    await openHost('en');
    await title(titles.en).waitFor();
    await t.billing.page.locator('tarif-billing-page').evaluate((el) => {
      const page = el as HTMLElement & { locales: unknown };
      page.locales = [{ es: { 'ui.billing.title': 'Facturación y mejoras' } }];
      page.setAttribute('locale', 'es');
    });
    await title('Facturación y mejoras').waitFor();
    expect(await pageLang()).toBe('es');
    expect(await hostEvents(t.billing.page)).toEqual([]);
  });

  it('a language file that is not served leaves the page in English, and says which file to serve', async () => {
    const page = t.billing.page;
    // The host copied tarif-embed.js alone.
    await page.route(/\/tarif-embed\.fr\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    await openHost('fr');
    await title(titles.en).waitFor();
    await expect
      .poll(() => hostEvents(page))
      .toEqual([
        expect.objectContaining({
          type: 'tarif:error',
          detail: {
            operation: 'locale',
            code: 'locale-unavailable',
            message: expect.stringContaining('serve that file beside tarif-embed.js'),
          },
        }),
      ]);
    const [event] = await hostEvents(page);
    expect(event!.detail.message).toContain('tarif-embed.fr.js');
    await expect
      .poll(() =>
        logged.some((line) => line.includes('[tarif]') && line.includes('tarif-embed.fr.js')),
      )
      .toBe(true);
    expect(await pageLang()).toBe('en');
    // The page itself works in English.
    await t.billing.editSeats();
  });
});
