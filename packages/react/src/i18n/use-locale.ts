import type { LocaleValue } from './locale-context.js';
import { useMessages } from './use-messages.js';

/** The active locale, time zone and bound formatters (no messages). */
export function useLocale(): LocaleValue {
  return useMessages();
}
