// The French copy read as one text, as a French customer reads it: the hooks' catalog
// (@tarif/react), the widgets' catalog (@tarif/ui) and the demo catalog's French translations.
// One vocabulary (the reference article's), and French typography written with its real
// characters, so a regression fails here rather than in a customer's browser.
import { describe, expect, it } from 'vitest';
import { fr as hooksFr } from '@tarif/react/locales/fr';
import type { Message } from '@tarif/react/i18n';
import { demoCatalogEUR } from '@tarif/core/demo';
import { fr as uiFr } from './fr.js';

interface FrenchText {
  readonly where: string;
  readonly text: string;
}

function catalogTexts(source: string, catalog: Readonly<Record<string, Message>>): FrenchText[] {
  return Object.entries(catalog).flatMap(([key, message]) =>
    (typeof message === 'string' ? [message] : Object.values(message))
      .filter((text): text is string => typeof text === 'string')
      .map((text) => ({ where: `${source} ${key}`, text })),
  );
}

/** Every string of a translation object (names and descriptions), with its path. */
function translationTexts(where: string, value: unknown): FrenchText[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    translationTexts(`${where}.${key}`, child),
  );
}

const hooks = catalogTexts('@tarif/react', hooksFr.fr);
const widgets = catalogTexts('@tarif/ui', uiFr);
const demo = translationTexts('demo catalog fr', demoCatalogEUR.translations?.['fr']);
const everything = [...hooks, ...widgets, ...demo];

/** The texts in which `pattern` matches, so a failure names each offending message. */
const offending = (texts: readonly FrenchText[], pattern: RegExp) =>
  texts.filter(({ text }) => pattern.test(text));

describe('the French copy', () => {
  it('is not empty where it should not be', () => {
    expect(hooks.length).toBeGreaterThan(50);
    expect(widgets.length).toBeGreaterThan(100);
    expect(demo.length).toBeGreaterThan(10);
  });

  // The reference article's words; a word is matched whole, whatever its case or number.
  const word = (stem: string) => new RegExp(`(?<!\\p{L})${stem}s?(?!\\p{L})`, 'iu');
  it.each([
    ['formule', 'plan'],
    ['option', 'module complémentaire'],
    ['périodicité', 'cycle de facturation'],
    ['aperçu', 'prix, calcul du prix'],
  ])('says « %s » nowhere in the hooks and widgets (the word is « %s »)', (rejected) => {
    expect(offending([...hooks, ...widgets], word(rejected))).toEqual([]);
  });

  it('calls a change to the subscription « changement » (« modification » only names the request form)', () => {
    const form = /demande(r une| de) modification( du compte)?/giu;
    const withoutForm = everything.map((t) => ({ ...t, text: t.text.replace(form, '') }));
    expect(offending(withoutForm, /modification/iu)).toEqual([]);
  });

  it('calls the account’s money « crédit », and a plan for sales « s’obtient auprès de » them', () => {
    expect(offending(everything, /(?<!\p{L})solde du compte/iu)).toEqual([]);
    expect(offending(everything, /vendu par/iu)).toEqual([]);
  });

  it('puts no comma before « et » in a count of further changes', () => {
    expect(offending(hooks, /, et \{count\}/u)).toEqual([]);
  });

  it('writes apostrophes as ’, never as the ASCII sign', () => {
    expect(offending(everything, /'/)).toEqual([]);
  });

  it('puts no ordinary space before : ; ? ! » % nor after «', () => {
    expect(offending(everything, / [:;?!»%]|« /u)).toEqual([]);
  });

  it('puts a no-break space (U+00A0 or U+202F) before : ; ? ! » % and after «, never none', () => {
    // A missing space is English typography; an ordinary one lets the sign wrap to a line alone.
    expect(offending(everything, /(?<![\u00a0\u202f])[:;?!»%]|«(?![\u00a0\u202f])/u)).toEqual([]);
  });
});
