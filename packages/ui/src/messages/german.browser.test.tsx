// The German copy read as one text, as a German customer reads it: the hooks' catalog
// (@tarif/react), the widgets' catalog (@tarif/ui) and the demo catalog's German names. The words a
// native review rejected stay out, so a slip fails here rather than in a customer's browser. The
// glossary these rules come from is in docs/localization.md (German vocabulary).
import { describe, expect, it } from 'vitest';
import { de as hooksDe } from '@tarif/react/locales/de';
import type { Message } from '@tarif/react/i18n';
import { demoCatalogEUR } from '@tarif/core/demo';
import { de as uiDe } from './de.js';

interface GermanText {
  readonly where: string;
  readonly text: string;
}

function catalogTexts(source: string, catalog: Readonly<Record<string, Message>>): GermanText[] {
  return Object.entries(catalog).flatMap(([key, message]) =>
    (typeof message === 'string' ? [message] : Object.values(message))
      .filter((text): text is string => typeof text === 'string')
      .map((text) => ({ where: `${source} ${key}`, text })),
  );
}

/** Every string of a translation object (names and descriptions), with its path. */
function translationTexts(where: string, value: unknown): GermanText[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    translationTexts(`${where}.${key}`, child),
  );
}

const hooks = catalogTexts('@tarif/react', hooksDe.de);
const widgets = catalogTexts('@tarif/ui', uiDe);
const demo = translationTexts('demo catalog de', demoCatalogEUR.translations?.['de']);
const everything = [...hooks, ...widgets, ...demo];

/** The texts in which `pattern` matches, so a failure names each offending message. */
const offending = (texts: readonly GermanText[], pattern: RegExp) =>
  texts.filter(({ text }) => pattern.test(text));

/** One message of the hooks' or the widgets' catalog, as a plain string. */
const message = (key: string) => {
  const found = [...hooks, ...widgets].filter(({ where }) => where.endsWith(` ${key}`));
  return found.map(({ text }) => text).join(' | ');
};

describe('the German copy', () => {
  it('is not empty where it should not be', () => {
    expect(hooks.length).toBeGreaterThan(50);
    expect(widgets.length).toBeGreaterThan(100);
    expect(demo.length).toBeGreaterThan(10);
  });

  // A word stem, matched at the start of a word whatever its case and ending.
  const stem = (word: string) => new RegExp(`(?<!\\p{L})${word}`, 'iu');
  it.each([
    ['Hauptadministration', 'Hauptadmin (a role, not a department)'],
    ['Vorschau', 'Preis (the preview is our word, not the customer’s)'],
    ['Referenz', 'Vorgangsnummer'],
    ['Abrechnungsperiode', 'Abrechnungsintervall or Abrechnungszeitraum'],
    ['Periodizität', 'Abrechnungsintervall'],
    ['Plan(?!ung)', 'Tarif'],
    ['Add-on', 'Zusatzmodul'],
  ])('says „%s“ nowhere (the word is „%s“)', (rejected) => {
    // Placeholders ({plan}) are not words a customer reads.
    const words = everything.map((t) => ({ ...t, text: t.text.replace(/\{\w+\}/gu, '') }));
    expect(offending(words, stem(rejected))).toEqual([]);
  });

  it('takes an amount with „abbuchen“; „belasten“ only has the payment method as object', () => {
    // „Heute wird nichts belastet“ debits the amount; German debits an account *with* an amount.
    expect(offending(everything, /belast(?<!mit \{amount\} belast)/u)).toEqual([]);
    expect(message('ui.review.success.charged')).toMatch(/Zahlungsmethode wurde mit \{amount\}/u);
  });

  it('calls the product a „Tarif“, never an „Angebot“ of the customer’s (a quote is the vendor’s)', () => {
    // „ein individuelles Angebot“ from the sales team is a quote, and stays.
    expect(offending(everything, /(?<!\p{L})(Ihr|Ihre|Ihren|Ihrem) Angebot/u)).toEqual([]);
  });

  it('keeps the Sie register: no „du“, „dein“, „mein“ addressed to the customer', () => {
    expect(
      offending(everything, /(?<!\p{L})(du|dich|dir|dein\p{L}*|mein\p{L}*)(?!\p{L})/iu),
    ).toEqual([]);
  });

  it('names the monthly / yearly choice „Abrechnungsintervall“ and keeps „Abrechnungszeitraum“ for the period', () => {
    expect(message('change.interval')).toBe('Abrechnungsintervall');
    expect(message('blocking.interval-not-offered')).toMatch(/Abrechnungsintervall/u);
    expect(
      offending(everything, /Abrechnungszeitraum/u).map(({ where }) => where.split(' ').at(-1)),
    ).toEqual(['ui.review.prorated']);
  });

  it('writes the unit before the tax mention: „/ Monat zzgl. MwSt.“, not VAT per month', () => {
    expect(offending(everything, /MwSt\.\s*\//u)).toEqual([]);
    expect(message('ui.common.price.month.exclusive')).toBe(
      '{amount}\u00a0/\u00a0Monat\u00a0zzgl.\u00a0MwSt.',
    );
  });

  it('says what a limit is short of in a whole clause, not a clipped „…, mehr als {n}“', () => {
    expect(offending(everything, /, mehr als \{/u)).toEqual([]);
  });

  it('names the bundle once in the sentence that offers it', () => {
    // The name („Marketing & Vertrieb“) already says which products it joins.
    expect(offending(widgets, /Marketing und Vertrieb/u)).toEqual([]);
    expect(message('ui.billing.bundle.body').match(/\{bundle\}/gu)).toHaveLength(1);
  });

  it('uses German quotation marks and no ASCII quote or apostrophe', () => {
    expect(offending(everything, /["']/u)).toEqual([]);
  });
});
