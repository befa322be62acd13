// Every language pack we ship against the English built in: the same keys (the widgets' and the
// hooks'), the same {arguments} and the same shape (plural or not). A language is added here when
// its pack is: one line in `shipped`.
import { describe, expect, it } from 'vitest';
import { messageArguments } from '@tarif/react/i18n';
import type { Message } from '@tarif/react/i18n';
import { en } from './en.js';
import { fr } from './fr.js';

const shipped: Record<string, Readonly<Record<string, Message>>> = {
  fr: fr.fr,
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
