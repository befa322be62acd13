import { useId } from 'react';
import {
  useBillingAccount,
  useMessages,
  usePurchaseFlow,
  useSubscriptionOffer,
} from '@tarif/react';
import { PlanEditor } from './plan-editor.js';
import { RequestForm } from './request-form.js';
import { ReviewPanel } from './review-panel.js';

/**
 * A whole billing page on @tarif/react alone, in plain HTML: what a team with its own design
 * system writes. Which screen shows is `usePurchaseFlow().status`; each screen renders what its
 * hook returns and sends the hook's events. No billing rule is decided here.
 */
export function HeadlessBillingPage() {
  const account = useBillingAccount();
  const offer = useSubscriptionOffer();
  const flow = usePurchaseFlow();
  const { t, formatMoney } = useMessages();
  const titleId = useId();

  if (account.status === 'loading') return <output>{t('example.loading')}</output>;
  const { catalog, subscription } = account;
  if (account.status === 'error' || !catalog || !subscription)
    return (
      <div role="alert">
        <p>{t('example.loadError')}</p>
        <button type="button" onClick={() => void account.reload()}>
          {t('example.retry')}
        </button>
      </div>
    );

  const { product: productId, plan: planId } = subscription.selection;
  const product = catalog.products.find((candidate) => candidate.id === productId);
  const plan = product?.plans.find((candidate) => candidate.id === planId);
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('example.title')}</h2>
      <p>
        {t('example.current', {
          product: product?.name ?? productId,
          plan: plan?.name ?? planId,
          total: offer.total ? formatMoney(offer.total) : '',
        })}
      </p>
      {account.readOnlyReason && <p>{t('purchase.disabled.read-only')}</p>}
      {flow.status === 'requesting' ? (
        <RequestForm />
      ) : flow.reviewOpen ? (
        <ReviewPanel />
      ) : (
        <PlanEditor />
      )}
    </section>
  );
}
