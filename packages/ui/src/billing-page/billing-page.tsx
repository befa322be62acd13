import { forwardRef, useId, useRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { useBillingAccount, useDraftValue, useSubscriptionOffer } from '@tarif/react';
import type { CommitResult } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { useLang } from '../internal/use-lang.js';
import { useComposedRefs } from '../internal/use-composed-refs.js';
import { ReadOnlyNoticeShownContext } from '../internal/read-only-notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { BundleConfigurator } from './bundle-configurator.js';
import { FlowDialogs } from './flow-dialogs.js';
import { Overview } from './overview.js';
import { PageError } from './page-error.js';
import { PageSkeleton } from './page-skeleton.js';
import { usePageFlow } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * BillingPage
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'BillingPage';

/** The whole billing page: any attribute of its `<section>`, and the purchase callback. */
export interface BillingPageProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Called once per successful purchase or scheduled change. */
  onPurchaseComplete?: (result: CommitResult) => void;
}

/**
 * « Facturation et mise à niveau »: the subscription at a glance and every self-serve change,
 * each ending in the review. Nothing changes until the user confirms there.
 */
const BillingPage = forwardRef<HTMLElement, BillingPageProps>(
  function BillingPage(props, forwardedRef) {
    const { onPurchaseComplete, className, ...rootProps } = props;
    const account = useBillingAccount();
    // Only what the page itself needs of the draft: a step of a slider in one of its dialogs
    // renders that slider, not the page (nor the open dialog around it).
    const hasDraft = useDraftValue((state) => state.selection !== null);
    const rootRef = useRef<HTMLElement>(null);
    const ref = useComposedRefs(rootRef, forwardedRef);
    const page = usePageFlow(onPurchaseComplete, rootRef);
    const { bundle } = useSubscriptionOffer();
    const { t } = useUiMessages();
    const lang = useLang();
    const titleId = `${useId()}-title`;

    const { catalog, subscription } = account;
    const ready = account.status === 'ready' && catalog && subscription && hasDraft;
    const inBundle = ready && page.view === 'bundle' && bundle !== null;

    // One element whatever shows (skeleton, error, overview, bundle screen), so a host's ref keeps
    // it and the open dialogs keep their place when a bundle purchase ends the bundle screen under
    // the review (remounted, it would report the purchase again).
    return (
      <section
        ref={ref}
        {...(account.status === 'loading'
          ? { 'aria-label': t('ui.billing.title'), 'data-state': 'loading', 'aria-busy': true }
          : !ready
            ? { 'aria-labelledby': titleId, 'data-state': 'error' }
            : inBundle
              ? { 'aria-label': t('ui.billing.title'), 'data-view': 'bundle' }
              : { 'aria-labelledby': titleId, 'data-view': 'overview' })}
        data-slot="billing-page"
        className={cx('tarif tarif-bp', className)}
        lang={lang}
        {...rootProps}
      >
        {account.status === 'loading' ? (
          <PageSkeleton />
        ) : !ready ? (
          <PageError titleId={titleId} />
        ) : (
          // The overview says once who can change billing; its widgets do not say it again.
          <ReadOnlyNoticeShownContext.Provider
            value={!inBundle && !account.canManageBilling && account.primaryAdmin !== null}
          >
            {inBundle ? (
              <BundleConfigurator
                bundleId={bundle.id}
                onBack={page.leaveBundle}
                onSubmit={() => page.review('bundle')}
                onRequestChange={() => page.request('bundle')}
              />
            ) : (
              <Overview page={page} bundle={bundle} titleId={titleId} />
            )}
            <FlowDialogs page={page} />
          </ReadOnlyNoticeShownContext.Provider>
        )}
      </section>
    );
  },
);
BillingPage.displayName = NAME;

export { BillingPage };
