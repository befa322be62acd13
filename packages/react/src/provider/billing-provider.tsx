import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AccountSnapshot, BillingAdapter } from '../adapter/adapter-types.js';
import { BillingStore } from './billing-store.js';
import { BillingStoreContext, MessagesContext } from './billing-context.js';
import { bindFormatters } from '../i18n/bind-formatters.js';
import type { LocaleMessages, MessageCatalog } from '../i18n/message-types.js';
import type { MessagesValue } from '../i18n/locale-context.js';
import { createTranslator } from '../i18n/translate.js';
import { localeChain, resolveMessagesLocale } from '../i18n/resolve-locale.js';
import { builtInMessages } from '../messages/index.js';

/** The backend, the viewer's locale and the provider's options. */
export interface BillingProviderProps {
  /** Talks to your backend; see docs/adapter.md. */
  adapter: BillingAdapter;
  /** Any BCP 47 tag. Messages fall back along 'fr-CA' → 'fr' → 'en'; Intl formats with the tag itself. */
  locale: string;
  /** Extra or overriding messages per locale, merged over the built-in catalogs key by key. */
  messages?: LocaleMessages | readonly LocaleMessages[];
  /** IANA time zone for dates. Default 'UTC', so server and client render the same text. */
  timeZone?: string;
  /** The clock local estimates use. Inject one in tests and stories. */
  now?: () => Date;
  /** How long the draft must stay still before a server preview is requested. Default 200 ms. */
  previewDebounceMs?: number;
  /** An account already loaded (e.g. on the server); skips the first load. */
  initialAccount?: AccountSnapshot;
  children?: ReactNode;
}

const systemClock = () => new Date();

/** Loads the account, holds the draft and the review, and provides messages and formatters. */
export function BillingProvider(props: BillingProviderProps) {
  const {
    adapter,
    locale,
    messages,
    timeZone = 'UTC',
    now = systemClock,
    previewDebounceMs = 200,
    initialAccount,
    children,
  } = props;
  const locales = useMemo(() => localeChain(locale), [locale]);
  const [store] = useState(
    () => new BillingStore({ adapter, now, previewDebounceMs }, initialAccount, locales),
  );
  // Config is read when work starts, so a new adapter or clock applies to the next call.
  store.config = { adapter, now, previewDebounceMs };
  // Before paint, so a new locale never shows a frame of catalog names in the old one.
  useIsomorphicLayoutEffect(() => store.setLocales(locales), [store, locales]);

  useEffect(() => {
    if (!initialAccount || store.getState().account.status !== 'ready') void store.loadAccount();
    return () => store.dispose();
    // Reload only when the backend changes, not when an inline object prop is re-created.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, adapter]);

  const value = useMessagesValue(locale, timeZone, messages);

  return (
    <BillingStoreContext.Provider value={store}>
      <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>
    </BillingStoreContext.Provider>
  );
}

function useMessagesValue(
  locale: string,
  timeZone: string,
  messages: BillingProviderProps['messages'],
): MessagesValue {
  return useMemo(() => {
    const hostLayers: readonly LocaleMessages[] =
      messages === undefined
        ? []
        : Array.isArray(messages)
          ? messages
          : [messages as LocaleMessages];
    const layers = [builtInMessages, ...hostLayers];
    const available = layers.flatMap((layer) =>
      Object.keys(layer).filter((tag) => (layer[tag] as MessageCatalog | undefined) !== undefined),
    );
    const messagesLocale = resolveMessagesLocale(locale, available);
    const formatters = bindFormatters(locale, messagesLocale, timeZone);
    const t = createTranslator({ locale, layers, formatNumber: formatters.formatNumber });
    return { ...formatters, t };
    // Hosts often pass `messages` inline; compare by content so each render doesn't rebuild the translator.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, timeZone, stableKey(messages)]);
}

function stableKey(messages: BillingProviderProps['messages']): string {
  return messages === undefined ? '' : JSON.stringify(messages);
}

// React 18 warns when useLayoutEffect runs in a server render; the store was built with the right
// locales there anyway, so the server needs no effect at all.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
