import { describe, expect, it } from 'vitest';
import { createTranslator, messageArguments } from '@tarif/react/i18n';
import { en } from './en.js';
import { fr } from './fr.js';
import { uiMessages, withUiMessages } from './index.js';

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
      layers: [uiMessages],
      formatNumber: (n) => new Intl.NumberFormat('fr').format(n),
    });
    expect(t('ui.seats.count', { count: 0 })).toBe('0 siège');
    expect(t('ui.seats.count', { count: 1 })).toBe('1 siège');
    expect(t('ui.seats.count', { count: 2 })).toBe('2 sièges');
    expect(t('ui.seats.max', { plan: 'Starter', count: 1 })).toBe(
      'Le plan Starter inclut 1 siège au maximum.',
    );
  });

  it("use typographic apostrophes in French (« Revoir l’achat », not « Revoir l'achat »)", () => {
    const straight = Object.entries(fr)
      .flatMap(([key, message]) =>
        (typeof message === 'string' ? [message] : Object.values(message)).map((text) => ({
          key,
          text,
        })),
      )
      .filter(({ text }) => text.includes("'"));
    expect(straight).toEqual([]);
  });

  it('put a no-break space before ; : ! ? in French, as French typography does', () => {
    const texts = Object.values(fr).flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    );
    expect(texts.filter((text) => /(?<![\u00a0\u202f])[;:!?]/u.test(text))).toEqual([]);
  });

  it('name the account’s admin without assuming who they are', () => {
    const t = createTranslator({ locale: 'fr', layers: [uiMessages], formatNumber: String });
    expect(t('ui.common.readOnly', { name: 'Camille Martin' })).toBe(
      'Seule la personne qui administre ce compte, Camille Martin, peut modifier la facturation.',
    );
  });

  it('let a host override one key while keeping the rest', () => {
    const layers = withUiMessages({ fr: { 'ui.addOn.add': 'Ajouter' } });
    const t = createTranslator({ locale: 'fr-CA', layers, formatNumber: String });
    expect(t('ui.addOn.add')).toBe('Ajouter');
    expect(t('ui.plans.current')).toBe('Plan actuel');
  });
});
