import { describe, expect, it } from 'vitest';
import { createTranslator, messageArguments } from '@tarif/react/i18n';
import { en } from './en.js';
import { fr } from './fr.js';
import { en as enPack } from '../locales/en.js';
import { fr as frPack } from '../locales/fr.js';

// The layers a host's provider holds with French registered: English built in, then the pack.
const uiMessages = [enPack, frPack];

describe('the @tarif/ui catalogs', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same {arguments} in both languages, key by key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, args: messageArguments(fr[key]) }).toEqual({
        key,
        args: messageArguments(en[key]),
      });
    }
  });

  it('never collide with the hooks’ own keys', () => {
    for (const key of Object.keys(en)) expect(key.startsWith('ui.')).toBe(true);
  });

  it('write 0 and 1 in the singular in French, and 2 in the plural', () => {
    const t = createTranslator({
      locale: 'fr',
      layers: uiMessages,
      formatNumber: (n) => new Intl.NumberFormat('fr').format(n),
    });
    expect(t('seats.valueText', { count: 0 })).toBe('0 siège');
    expect(t('seats.valueText', { count: 1 })).toBe('1 siège');
    expect(t('seats.valueText', { count: 2 })).toBe('2 sièges');
    expect(t('ui.seats.max', { plan: 'Starter', count: 1 })).toBe(
      'Le plan Starter est limité à 1 siège.',
    );
  });

  it('name the account’s primary admin without assuming who they are', () => {
    const t = createTranslator({ locale: 'fr', layers: uiMessages, formatNumber: String });
    expect(t('ui.common.readOnly', { name: 'Camille Martin' })).toBe(
      'Seule la personne ayant le rôle d’administrateur principal, Camille Martin, peut modifier la facturation.',
    );
  });

  it('say HT or TTC with every price, as one message that does not wrap apart', () => {
    const t = createTranslator({ locale: 'fr', layers: uiMessages, formatNumber: String });
    const en = createTranslator({ locale: 'en', layers: uiMessages, formatNumber: String });
    // Amounts come formatted by Intl: U+00A0 before « € ». The catalog adds no-break spaces only.
    expect(t('ui.common.price.month.exclusive', { amount: '59,00\u00a0€' })).toBe(
      '59,00\u00a0€\u00a0HT\u00a0/\u00a0mois',
    );
    expect(t('ui.common.price.year.inclusive', { amount: '590,00\u00a0€' })).toBe(
      '590,00\u00a0€\u00a0TTC\u00a0/\u00a0an',
    );
    expect(t('ui.common.amount.exclusive', { amount: '20,65\u00a0€' })).toBe(
      '20,65\u00a0€\u00a0HT',
    );
    expect(en('ui.common.price.month.exclusive', { amount: '€59.00' })).toBe(
      '€59.00\u00a0excl.\u00a0tax\u00a0/\u00a0month',
    );
    expect(en('ui.common.amount.inclusive', { amount: '€20.65' })).toBe(
      '€20.65\u00a0incl.\u00a0tax',
    );
  });

  it('let a host override one key while keeping the rest', () => {
    const layers = [...uiMessages, { fr: { 'ui.addOn.add': 'Ajouter' } }];
    const t = createTranslator({ locale: 'fr-CA', layers, formatNumber: String });
    expect(t('ui.addOn.add')).toBe('Ajouter');
    expect(t('ui.plans.current')).toBe('Plan actuel');
  });
});
