import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from './translate.js';
import { localeChain } from './resolve-locale.js';
import { builtInMessages } from '../messages/index.js';
import { fr as frPack } from '../locales/fr.js';
import { resetWarnings } from '../internal/warn-once.js';
import { formatNumber } from '@tarif/core';

const translator = (
  locale: string,
  overrides: Parameters<typeof createTranslator>[0]['layers'] = [],
) =>
  createTranslator({
    locale,
    layers: [builtInMessages, frPack, ...overrides],
    formatNumber: (n) => formatNumber(n, locale),
  });

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('localeChain', () => {
  it('falls back from a region to its language, then to English', () => {
    expect(localeChain('fr-CA')).toEqual(['fr-CA', 'fr', 'en']);
    expect(localeChain('en-GB')).toEqual(['en-GB', 'en']);
    expect(localeChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
  });

  it('treats an invalid tag as English instead of throwing', () => {
    expect(localeChain('not a tag!')).toEqual(['en']);
  });
});

describe('createTranslator', () => {
  it('uses French for fr-CA', () => {
    expect(translator('fr-CA')('seats.label')).toBe('Sièges');
  });

  it('counts 0 and 1 as singular in French but not in English', () => {
    const fr = translator('fr');
    const en = translator('en');
    expect(fr('seats.valueText', { count: 0 })).toBe('0 siège');
    expect(fr('seats.valueText', { count: 1 })).toBe('1 siège');
    expect(fr('seats.valueText', { count: 2 })).toBe('2 sièges');
    expect(en('seats.valueText', { count: 0 })).toBe('0 seats');
    expect(en('seats.valueText', { count: 1 })).toBe('1 seat');
  });

  it("falls back from French 'many' (a million) to 'other'", () => {
    // CLDR gives French 1 000 000 the 'many' category; our catalogs only write one/other.
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(translator('fr')('contacts.valueText', { count: 1_000_000 })).toBe(
      '1\u202f000\u202f000 contacts',
    );
  });

  it('formats numeric parameters for the locale', () => {
    expect(translator('fr')('contacts.blocked.inUse', { count: 8700 })).toBe(
      'Vous utilisez déjà 8\u202f700 contacts',
    );
    expect(translator('en')('contacts.blocked.inUse', { count: 8700 })).toBe(
      'You already use 8,700 contacts',
    );
  });

  it('lets the host override one key for one locale without touching the others', () => {
    const t = translator('fr-CA', [{ 'fr-CA': { 'seats.label': 'Places' } }]);
    expect(t('seats.label')).toBe('Places');
    expect(t('plans.label')).toBe('Plan');
    expect(translator('fr', [{ 'fr-CA': { 'seats.label': 'Places' } }])('seats.label')).toBe(
      'Sièges',
    );
  });

  it('accepts extra catalogs with new keys (how @tarif/ui adds its own)', () => {
    const t = translator('fr', [{ en: { 'ui.close': 'Close' }, fr: { 'ui.close': 'Fermer' } }]);
    expect(t('ui.close')).toBe('Fermer');
  });

  it('shows English and warns once when a French key is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = translator('fr', [{ en: { 'ui.only-en': 'Only English' }, fr: {} }]);
    expect(t('ui.only-en')).toBe('Only English');
    expect(t('ui.only-en')).toBe('Only English');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('ui.only-en');
  });

  it('returns the key itself for a key no catalog has', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(translator('en')('nope.nothing')).toBe('nope.nothing');
  });

  it('leaves unknown placeholders visible so a missing parameter is noticed', () => {
    expect(translator('en')('request.addOn.add')).toBe('Add {name}');
  });
});
