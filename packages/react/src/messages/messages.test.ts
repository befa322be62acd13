import { describe, expect, it } from 'vitest';
import type { BlockingCode } from '@tarif/core';
import { en } from './en.js';
import { fr } from './fr.js';
import { messageArguments } from '../i18n/translate.js';
import { adapterErrorCodes } from '../adapter/adapter-error.js';
import { errorMessageKey } from '../i18n/error-message-key.js';

const blockingCodes: readonly BlockingCode[] = [
  'unknown-product',
  'unknown-plan',
  'unknown-contact-band',
  'unknown-add-on',
  'interval-not-offered',
  'contact-sales',
  'contacts-below-usage',
  'seats-below-usage',
  'seats-below-min',
  'seats-above-max',
  'add-on-not-allowed',
];

describe('message catalogs', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('use the same {arguments} in both languages: %s', (key) => {
    const english = en[key as keyof typeof en];
    const french = fr[key as keyof typeof fr];
    expect(messageArguments(french)).toEqual(messageArguments(english));
    expect(typeof french).toBe(typeof english);
  });

  it('use typographic apostrophes in French', () => {
    const texts = Object.values(fr).flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    );
    expect(texts.filter((text) => text.includes("'"))).toEqual([]);
  });

  it('put a no-break space before ; : ! ? in French, as French typography does', () => {
    const texts = Object.values(fr).flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    );
    // A plain space would let the mark wrap to the next line alone; no space at all is English.
    expect(texts.filter((text) => /(?<![\u00a0\u202f])[;:!?]/u.test(text))).toEqual([]);
  });

  it('say which way a plan change goes, each direction in its own whole sentence', () => {
    expect(fr['request.plan.up']).not.toBe(fr['request.plan.down']);
    expect(en['request.plan.up']).not.toBe(en['request.plan.down']);
    expect(fr['request.plan.down'].replace('{from}', 'Pro').replace('{to}', 'Plus')).toBe(
      'Passer du plan Pro au plan inférieur Plus',
    );
    expect(fr['request.plan.up'].replace('{from}', 'Plus').replace('{to}', 'Pro')).toBe(
      'Passer du plan Plus au plan supérieur Pro',
    );
  });

  it('have a message for every adapter error code', () => {
    for (const code of adapterErrorCodes) expect(en).toHaveProperty([errorMessageKey(code)]);
  });

  it('have a message for every blocking code', () => {
    for (const code of blockingCodes) expect(en).toHaveProperty([`blocking.${code}`]);
  });

  it('have a label for every quote and proration line', () => {
    for (const code of ['plan', 'seats', 'addOn', 'credit', 'charge'])
      expect(en).toHaveProperty([`line.${code}`]);
  });
});
