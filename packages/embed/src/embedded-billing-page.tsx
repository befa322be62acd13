import { useMemo } from 'react';
import { BillingProvider, createHttpAdapter } from '@tarif/react';
import type { LocalePack } from '@tarif/react/i18n';
import { BillingPage, PortalContainer } from '@tarif/ui';
import { adapterWithEvents } from './adapter-with-events.js';
import { dispatch } from './dispatch.js';
import type { BillingPageHeaders } from './types.js';

export interface EmbeddedBillingPageProps {
  apiBase: string;
  locale: string;
  locales: readonly LocalePack[];
  timeZone: string | undefined;
  /** Read before each call, so a new token never rebuilds the adapter (nor resets the draft). */
  headers: { current: BillingPageHeaders | undefined };
  /** The host element: events are fired on it. */
  target: HTMLElement;
  /** Where the dialogs render: inside the host element, under its theme. */
  dialogs: HTMLElement;
}

/** The billing page as the custom element and `mountBillingPage` render it. */
export function EmbeddedBillingPage(props: EmbeddedBillingPageProps) {
  const { apiBase, locale, locales, timeZone, headers, target, dialogs } = props;
  const adapter = useMemo(
    () =>
      adapterWithEvents(
        createHttpAdapter({
          baseUrl: apiBase,
          headers: async () => {
            const given = headers.current;
            return typeof given === 'function' ? await given() : (given ?? {});
          },
        }),
        target,
      ),
    [apiBase, headers, target],
  );
  return (
    <PortalContainer container={dialogs}>
      {/* Another backend is another session: no draft carries over from one API to the next. */}
      <BillingProvider
        key={apiBase}
        adapter={adapter}
        locale={locale}
        locales={locales}
        {...(timeZone ? { timeZone } : {})}
      >
        <BillingPage
          onPurchaseComplete={(result) =>
            dispatch(target, 'tarif:purchase', { result: { ...result } })
          }
        />
      </BillingProvider>
    </PortalContainer>
  );
}
