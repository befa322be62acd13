import { useState } from 'react';
import type { PaymentMethodSummary } from '@tarif/core';
import { useMessages } from '../i18n/use-messages.js';
import type { MessagesValue } from '../i18n/locale-context.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { isExpired } from './card-expiry.js';

/** Where putting another payment method on file stands. */
export type PaymentMethodUpdateStatus = 'idle' | 'updating' | 'failed';

/** The payment method a purchase is charged to, as the backend reports it, and its update. */
export interface PaymentMethod {
  /** False until loaded, and when the backend does not say (then show nothing about it). */
  readonly known: boolean;
  /** The method on file; null when there is none (or it is not known). */
  readonly method: PaymentMethodSummary | null;
  /** « Visa •••• 4242, expire 08/2028 », « Prélèvement SEPA •••• 3000 », or that none is on file. */
  readonly text: string | null;
  /** The card expired before today: a purchase would be declined. */
  readonly expired: boolean;
  readonly expiredText: string | null;
  /** The host can put another method on file (`adapter.updatePaymentMethod`); offer it only then. */
  readonly canUpdate: boolean;
  readonly updateStatus: PaymentMethodUpdateStatus;
  readonly updateErrorText: string | null;
  /** Hands over to the host's dialog, then shows the method the backend has on file. */
  readonly update: () => Promise<void>;
}

// Brand names are the networks' own, the same in every language.
const brandNames: Readonly<Record<string, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  cartes_bancaires: 'CB',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** The payment method on file, in the viewer's language, with a warning when the card expired. */
export function usePaymentMethod(): PaymentMethod {
  const store = useBillingStore('usePaymentMethod');
  const account = useStoreSelector(store, selectAccount);
  const messages = useMessages();
  const [updateStatus, setUpdateStatus] = useState<PaymentMethodUpdateStatus>('idle');
  const snapshot = account.status === 'ready' ? account.snapshot : null;
  const known = snapshot !== null && snapshot.paymentMethod !== undefined;
  const method = snapshot?.paymentMethod ?? null;
  const expired = isExpired(method, store.config.now());
  const { adapter } = store.config;

  const update = async () => {
    if (!adapter.updatePaymentMethod || updateStatus === 'updating') return;
    setUpdateStatus('updating');
    try {
      if ((await adapter.updatePaymentMethod()) === 'updated') {
        // The backend is the authority on what is on file: read it back rather than trust the dialog.
        const fresh = await adapter.loadAccount();
        store.send({ type: 'PAYMENT_METHOD_CHANGED', paymentMethod: fresh.paymentMethod ?? null });
      }
      setUpdateStatus('idle');
    } catch {
      // The method on file is unchanged; the page says the update failed and offers it again.
      setUpdateStatus('failed');
    }
  };

  return {
    known,
    method,
    text: known ? describe(method, messages) : null,
    expired,
    expiredText: expired ? messages.t('paymentMethod.expired') : null,
    canUpdate: known && adapter.updatePaymentMethod !== undefined,
    updateStatus,
    updateErrorText: updateStatus === 'failed' ? messages.t('paymentMethod.updateFailed') : null,
    update,
  };
}

function describe(method: PaymentMethodSummary | null, messages: MessagesValue): string {
  const { t, locale } = messages;
  if (!method) return t('paymentMethod.none');
  if (method.type === 'sepa_debit') return t('paymentMethod.sepa', { last4: method.last4 });
  // Month and year through Intl, in the viewer's locale (08/2028 in en, fr and de).
  const expiry = new Intl.DateTimeFormat(locale, {
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(method.expYear, method.expMonth - 1, 1));
  const brand = brandNames[method.brand] ?? t('paymentMethod.brand.other');
  return t('paymentMethod.card', { brand, last4: method.last4, expiry });
}
