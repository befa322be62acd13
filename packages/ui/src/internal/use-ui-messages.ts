import { useCallback } from 'react';
import { useMessages } from '@tarif/react';
import type { MessagesValue } from '@tarif/react';
import type { MessageKey, MessageParams } from '@tarif/react/i18n';
import type { UiMessageKey } from '../messages/en.js';
import { uiEnglish } from '../messages/index.js';

export interface UiMessages extends Omit<MessagesValue, 't'> {
  /**
   * `t` limited to the @tarif/ui keys and the hooks' own, so a typo is a type error rather than a
   * key on screen. A widget shows a hooks' message (`seats.label`) rather than a `ui.*` copy of it,
   * so each language pack carries those words once.
   */
  readonly t: (key: UiMessageKey | MessageKey, params?: MessageParams) => string;
}

/** The provider's translator and formatters, typed for the UI catalogs. */
export function useUiMessages(): UiMessages {
  const messages = useMessages();
  // English is built in: the widgets' own catalog sits under the host's packs and overrides.
  const t = messages.withFallback(uiEnglish);
  const typed = useCallback(
    (key: UiMessageKey | MessageKey, params?: MessageParams) => t(key, params),
    [t],
  );
  return { ...messages, t: typed };
}
