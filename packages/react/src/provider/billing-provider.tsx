import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AccountSnapshot, BillingAdapter } from '../adapter/adapter-types.js';
import { BillingStore } from './billing-store.js';
import { BillingStoreContext, MessagesContext } from './billing-context.js';
import { bindFormatters } from '../i18n/bind-formatters.js';
import type {
  LocaleMessages,
  LocalePack,
  MessageCatalog,
  MessageOverrides,
} from '../i18n/message-types.js';
import type { MessagesValue } from '../i18n/locale-context.js';
import { createTranslator } from '../i18n/translate.js';
import type { Translate } from '../i18n/translate.js';
import { localeChain, resolveMessagesLocale } from '../i18n/resolve-locale.js';
import { builtInMessages } from '../messages/index.js';

/** The backend, the viewer's locale and the provider's options. */
export interface BillingProviderProps {
  /** Talks to your backend; see docs/adapter.md. */
  adapter: BillingAdapter;
  /** Any BCP 47 tag. Messages fall back along 'fr-CA' → 'fr' → 'en'; Intl formats with the tag itself. */
  locale: string;
  /**
   * The languages you ship besides English (built in): one import each, e.g.
   * `import { fr } from '@tarif/ui/locales/fr'` then `locales={[fr]}`. See docs/localization.md.
   */
  locales?: readonly LocalePack[];
  /** Your own wording, per locale, over every catalog key by key: `{ fr: { 'ui.billing.title': '…' } }`. */
  messages?: MessageOverrides;
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
    locales: packs,
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

  const value = useMessagesValue(locale, timeZone, packs, messages);

  return (
    <BillingStoreContext.Provider value={store}>
      <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>
    </BillingStoreContext.Provider>
  );
}

function useMessagesValue(
  locale: string,
  timeZone: string,
  packs: BillingProviderProps['locales'],
  messages: BillingProviderProps['messages'],
): MessagesValue {
  // Packs are module constants: compared by identity. Hosts often pass `messages` inline: compared
  // by content, so each render doesn't rebuild the translator.
  const packKey = useStableArray(packs ?? noPacks);
  return useMemo(() => {
    const layers: readonly LocaleMessages[] = [
      builtInMessages,
      ...packKey,
      ...(messages ? [messages as LocaleMessages] : []),
    ];
    const available = layers.flatMap((layer) =>
      Object.keys(layer).filter((tag) => (layer[tag] as MessageCatalog | undefined) !== undefined),
    );
    const messagesLocale = resolveMessagesLocale(locale, available);
    const formatters = bindFormatters(locale, messagesLocale, timeZone);
    const formatNumber = formatters.formatNumber;
    const t = createTranslator({ locale, layers, formatNumber });
    // One translator per fallback catalog (a package's English), kept for the provider's life.
    const extended = new WeakMap<LocaleMessages, Translate>();
    const withFallback = (fallback: LocaleMessages): Translate => {
      let translate = extended.get(fallback);
      if (!translate) {
        translate = createTranslator({ locale, layers: [fallback, ...layers], formatNumber });
        extended.set(fallback, translate);
      }
      return translate;
    };
    return { ...formatters, t, withFallback };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, timeZone, packKey, messages === undefined ? '' : JSON.stringify(messages)]);
}

const noPacks: readonly LocalePack[] = [];

/** The same array as long as its items are the same, so `locales={[fr]}` inline does not rebuild. */
function useStableArray<T>(items: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(items);
  const same = kept.length === items.length && kept.every((item, i) => item === items[i]);
  if (!same) setKept(items);
  return same ? kept : items;
}

// React 18 warns when useLayoutEffect runs in a server render; the store was built with the right
// locales there anyway, so the server needs no effect at all.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
