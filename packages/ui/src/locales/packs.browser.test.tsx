// Every language pack we ship against the English built in: the same keys (the widgets' and the
// hooks'), the same {arguments} and the same shape (plural or not). A language is added here when
// its pack is: one line in `shipped`.
import { describe, expect, it } from 'vitest';
import { createTranslator, messageArguments } from '@tarif/react/i18n';
import type { Message } from '@tarif/react/i18n';
import { en } from './en.js';
import { de } from './de.js';
import { fr } from './fr.js';

const shipped: Record<string, Readonly<Record<string, Message>>> = {
  fr: fr.fr,
  de: de.de,
};
const english: Readonly<Record<string, Message>> = en.en;
const keys = Object.keys(english).sort();

describe.each(Object.entries(shipped))('the %s pack', (tag, pack) => {
  it('has every key of the English built in, and no other', () => {
    expect(Object.keys(pack).sort()).toEqual(keys);
  });

  it('uses the same {arguments} and the same shape as English, key by key', () => {
    const differences = keys.flatMap((key) => {
      const theirs = pack[key];
      const ours = english[key];
      if (theirs === undefined || ours === undefined) return [];
      const sameArgs = messageArguments(theirs).join() === messageArguments(ours).join();
      const sameShape = typeof theirs === typeof ours;
      return sameArgs && sameShape ? [] : [`${tag} ${key}`];
    });
    expect(differences).toEqual([]);
  });

  it('gives every plural message its `other` form', () => {
    const missing = keys.filter((key) => {
      const message = pack[key];
      return typeof message === 'object' && typeof message.other !== 'string';
    });
    expect(missing).toEqual([]);
  });
});

describe('German, the third language', () => {
  const t = createTranslator({
    locale: 'de-AT',
    layers: [en, de],
    formatNumber: (n) => new Intl.NumberFormat('de-AT').format(n),
  });

  it('counts 0 as plural, as CLDR says for German, and 1 as singular', () => {
    expect(t('seats.valueText', { count: 0 })).toBe('0 Plätze');
    expect(t('seats.valueText', { count: 1 })).toBe('1 Platz');
  });

  it('writes a price with its VAT mention and unit as one unbreakable message', () => {
    expect(t('ui.common.price.month.exclusive', { amount: '59,00\u00a0€' })).toBe(
      '59,00\u00a0€\u00a0/\u00a0Monat\u00a0zzgl.\u00a0MwSt.',
    );
  });

  it('turns monthly into yearly billing as one German sentence', () => {
    expect(t('request.interval', { from: t('interval.month'), to: t('interval.year') })).toBe(
      'Abrechnung von monatlich auf jährlich umstellen',
    );
  });
});
