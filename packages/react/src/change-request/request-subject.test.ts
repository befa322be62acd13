import { describe, expect, it } from 'vitest';
import { formatNumber } from '@tarif/core';
import { createTranslator } from '../i18n/translate.js';
import { builtInMessages } from '../messages/index.js';
import { fr as frPack } from '../locales/fr.js';
import { requestSubject } from './request-subject.js';

const translator = (locale: string) =>
  createTranslator({
    locale,
    layers: [builtInMessages, frPack],
    formatNumber: (n) => formatNumber(n, locale),
  });

describe('requestSubject', () => {
  it('is the change itself when there is one', () => {
    expect(
      requestSubject(['Passer du plan Pro au plan inférieur Plus'], 200, translator('fr')),
    ).toBe('Passer du plan Pro au plan inférieur Plus');
  });

  it('names the first change and counts the others in one message, not clauses joined with " ; "', () => {
    const parts = [
      'Plus de 50\u202f000 contacts',
      'Retirer le module complémentaire SMS',
      'Ajouter X',
    ];
    expect(requestSubject(parts, 200, translator('fr'))).toBe(
      'Plus de 50\u202f000 contacts et 2 autres changements',
    );
    expect(requestSubject(parts.slice(0, 2), 200, translator('fr'))).toBe(
      'Plus de 50\u202f000 contacts et 1 autre changement',
    );
    expect(requestSubject(['More than 50,000 contacts', 'Remove SMS'], 200, translator('en'))).toBe(
      'More than 50,000 contacts, and 1 other change',
    );
  });

  it('cuts a subject over the limit at a word boundary and ends it with the catalog’s ellipsis', () => {
    // 'Add ' + a 30-letter name: the whole subject is 34 characters, the limit 20.
    const name = 'Supercalifragilistic Expialidocious';
    const subject = requestSubject([`Add ${name}`], 20, translator('en'));
    // Room for 19 characters before « … »: 'Add Supercalifragil' would cut the word, so it stops after 'Add'.
    expect(subject).toBe('Add…');
    expect([...subject].length).toBeLessThanOrEqual(20);
  });

  it('keeps whole words up to the limit and never leaves a comma before the ellipsis', () => {
    const subject = requestSubject(
      ['Passer du plan Pro au plan inférieur Plus', 'Retirer SMS'],
      50,
      translator('fr'),
    );
    // 'Passer du plan Pro au plan inférieur Plus et 1 autre changement' is 63 characters.
    expect(subject).toBe('Passer du plan Pro au plan inférieur Plus et 1…');
    expect([...subject].length).toBeLessThanOrEqual(50);
  });

  it('does not break inside « 50 000 » (its narrow no-break space is not a word boundary)', () => {
    // Room for 12 characters before « … »: 'Plus de 50\u202f00' would split the number, so it stops after 'de'.
    const subject = requestSubject(['Plus de 50\u202f000 contacts'], 13, translator('fr'));
    expect(subject).toBe('Plus de…');
  });

  it('is empty when nothing needs sales', () => {
    expect(requestSubject([], 200, translator('en'))).toBe('');
  });
});
