import { describe, expect, it } from 'vitest';
import { createTranslator, messageArguments } from '@tarif/react/i18n';
import { en } from './en.js';
import { enXA } from './en-XA.js';
import { pseudoText } from '../internal/pseudo-localize.js';

describe('the en-XA pseudo-locale', () => {
  it('accents letters, brackets the text and makes it about 40 % longer', () => {
    // 'Add to plan' has 11 characters: 40 % more is 5 tildes (rounded up).
    expect(pseudoText('Add to plan')).toBe('[Áðð ţö þĺáñ ~~~~~]');
  });

  it('pads in words of at most 10 tildes, so a long message still wraps', () => {
    // 30 letters: 12 tildes, as a word of 10 and a word of 2.
    expect(pseudoText('abcde abcde abcde abcde abcde.')).toBe(
      '[áƀçðé áƀçðé áƀçðé áƀçðé áƀçðé. ~~~~~~~~~~ ~~]',
    );
  });

  it('leaves placeholders untouched so parameters still fill in', () => {
    // 'Save  a year' without its placeholder is 12 characters: 4.8, so 5 tildes.
    expect(pseudoText('Save {amount} a year')).toBe('[Šáṽé {amount} á ýéáŕ ~~~~~]');
  });

  it('has every English key, with the same {arguments} and plural forms', () => {
    const pseudo = enXA['en-XA'] as Record<string, unknown>;
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(en.en).sort());
    for (const [key, message] of Object.entries(en.en)) {
      const theirs = pseudo[key] as typeof message;
      expect({ key, args: messageArguments(theirs) }).toEqual({
        key,
        args: messageArguments(message),
      });
      expect({ key, type: typeof theirs }).toEqual({ key, type: typeof message });
    }
  });

  it('is what a provider registering it shows for locale en-XA, plurals included', () => {
    const t = createTranslator({ locale: 'en-XA', layers: [en, enXA], formatNumber: String });
    // ' seat' is 5 characters (2 tildes), ' seats' 6 (2.4, so 3).
    expect(t('seats.valueText', { count: 1 })).toBe('[1 šéáţ ~~]');
    expect(t('seats.valueText', { count: 3 })).toBe('[3 šéáţš ~~~]');
  });
});
