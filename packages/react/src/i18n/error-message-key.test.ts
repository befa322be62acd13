import { describe, expect, it } from 'vitest';
import { errorMessageKey } from './error-message-key.js';
import { adapterErrorCodes } from '../adapter/adapter-error.js';
import { en } from '../messages/en.js';
import { fr } from '../messages/fr.js';
import { de } from '../messages/de.js';

describe('errorMessageKey', () => {
  it('names a code’s own message when the customer can act on it differently', () => {
    expect(errorMessageKey('network')).toBe('error.network');
    expect(errorMessageKey('payment-declined')).toBe('error.payment-declined');
    expect(errorMessageKey('bad-request')).toBe('error.bad-request');
  });

  it('gives the server’s 408 the client’s own timeout message', () => {
    expect(errorMessageKey('request-timeout')).toBe('error.timeout');
  });

  it('gives 405, 415 and 431 one message: the service refused what the page sent', () => {
    expect(errorMessageKey('method-not-allowed')).toBe('error.refused');
    expect(errorMessageKey('unsupported-media-type')).toBe('error.refused');
    expect(errorMessageKey('headers-too-large')).toBe('error.refused');
  });

  it.each(adapterErrorCodes)('finds a message for %s in English, French and German', (code) => {
    const key = errorMessageKey(code);
    expect(en).toHaveProperty([key]);
    expect(fr).toHaveProperty([key]);
    expect(de).toHaveProperty([key]);
  });
});
