import type { AdapterErrorCode } from '../adapter/adapter-error.js';
import type { MessageKey } from '../messages/en.js';

/*
 * Codes a customer cannot tell apart, and could do nothing different about, share one message:
 * each language pack then carries it once. A 408 from the server reads like the client's own
 * timeout; a 405, 415, 417 or 431 all mean our page sent something the service refuses.
 */
const sharedMessages = {
  'request-timeout': 'timeout',
  'method-not-allowed': 'refused',
  'unsupported-media-type': 'refused',
  'headers-too-large': 'refused',
  'expectation-failed': 'refused',
} as const satisfies Partial<Record<AdapterErrorCode, string>>;

type SharedCode = keyof typeof sharedMessages;

/** The key of the message that explains an adapter error: `error.<code>`, or the message its code shares. */
export function errorMessageKey(code: AdapterErrorCode): MessageKey {
  const name: Exclude<AdapterErrorCode, SharedCode> | (typeof sharedMessages)[SharedCode] =
    Object.hasOwn(sharedMessages, code)
      ? sharedMessages[code as SharedCode]
      : (code as Exclude<AdapterErrorCode, SharedCode>);
  return `error.${name}`;
}
