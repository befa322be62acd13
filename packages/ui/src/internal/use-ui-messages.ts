import { useCallback } from 'react';
import { useMessages } from '@tarif/react';
import type { MessagesValue } from '@tarif/react';
import type { MessageParams } from '@tarif/react/i18n';
import type { UiMessageKey } from '../messages/en.js';
import { uiEnglish } from '../messages/index.js';

export interface UiMessages extends Omit<MessagesValue, 't'> {
  /** `t` limited to the @tarif/ui keys, so a typo is a type error rather than a key on screen. */
  readonly t: (key: UiMessageKey, params?: MessageParams) => string;
}

/** The provider's translator and formatters, typed for the UI catalogs. */
export function useUiMessages(): UiMessages {
  const messages = useMessages();
  // English is built in: the widgets' own catalog sits under the host's packs and overrides.
  const t = messages.withFallback(uiEnglish);
  const typed = useCallback((key: UiMessageKey, params?: MessageParams) => t(key, params), [t]);
  return { ...messages, t: typed };
}
