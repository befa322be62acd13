import { forwardRef, useId, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, RefObject } from 'react';
import { findProduct } from '@tarif/core';
import type { Catalog } from '@tarif/core';
import {
  useBillingAccount,
  useDraftActions,
  useDraftChange,
  useDraftValue,
  useMessages,
  usePurchaseFlow,
} from '@tarif/react';
import type { CommitResult } from '@tarif/react';
import { AddOnCard } from '../add-on-card/add-on-card.js';
import { ChangeRequestDialog } from '../change-request-dialog/change-request-dialog.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { PlanTierPicker } from '../plan-tier-picker/plan-tier-picker.js';
import { ReviewPurchaseModal } from '../review-purchase-modal/review-purchase-modal.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { cx } from '../internal/cx.js';
import { ReadOnlyNoticeShownContext } from '../internal/read-only-notice.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { BillingRow, PlanSummary } from './billing-summary.js';
import { BundleConfigurator } from './bundle-configurator.js';
import { FieldDialog } from './field-dialog.js';
import type { FieldDialogProps } from './field-dialog.js';

/* -------------------------------------------------------------------------------------------------
 * BillingPage
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'BillingPage';

export interface BillingPageProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Called once per successful purchase or scheduled change. */
  onPurchaseComplete?: (result: CommitResult) => void;
}

/** The part of the page the flow under way started from: its dialog, and focus, go back there. */
type Origin = 'contacts' | 'seats' | 'plans' | 'add-on' | 'bundle' | 'contact-us';

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
    const draft = useDraftActions();
    const hasDraft = useDraftValue((state) => state.selection !== null);
    // Which screen of the flow shows (the review, the request form) is the provider's flow.
    const flow = usePurchaseFlow();
    const { t: hookT } = useMessages();
    const { t } = useUiMessages();
    const id = useId();
    const readOnlyId = `${id}-read-only`;
    const titleId = `${id}-title`;

    const [origin, setOrigin] = useState<Origin | null>(null);
    const [view, setView] = useState<'overview' | 'bundle'>('overview');
    // The element that started the flow: focus goes back there when the flow ends.
    const returnFocus = useRef<HTMLElement | null>(null);
    const contactsEdit = useRef<HTMLButtonElement>(null);
    const seatsEdit = useRef<HTMLButtonElement>(null);
    const bundleButton = useRef<HTMLButtonElement>(null);

    /** A flow starts from `from`: on the subscription as it is, unless `keepDraft` (the draft is the work). */
    const start = (next: Origin, from: HTMLElement | null, keepDraft = false) => {
      returnFocus.current = from;
      if (!keepDraft) draft.reset();
      setOrigin(next);
    };
    const focused = () =>
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Set by the review when a commit succeeds; read when the flow ends. A ref, not the purchase
    // hook: the page does not re-render on every store change just to know this.
    const purchased = useRef(false);

    const endFlow = () => {
      const succeeded = purchased.current;
      purchased.current = false;
      // Back to the subscription as it is, except inside the bundle screen where the draft is the work.
      if (view !== 'bundle' || succeeded) draft.reset();
      if (succeeded && view === 'bundle') {
        setView('overview');
        returnFocus.current = bundleButton.current;
      }
      setOrigin(null);
    };
    const closeFlow = (open: boolean) => {
      if (open) return;
      flow.close();
      endFlow();
    };
    const completePurchase = (result: CommitResult) => {
      purchased.current = true;
      onPurchaseComplete?.(result);
    };

    if (account.status === 'loading') {
      return (
        <section
          ref={forwardedRef}
          aria-label={t('ui.billing.title')}
          data-slot="billing-page"
          data-state="loading"
          aria-busy="true"
          className={cx('tarif tarif-bp', className)}
          {...rootProps}
        >
          <output className="tarif-sr-only">{t('ui.common.loading')}</output>
          <div className="tarif-skeleton" style={{ blockSize: 28, inlineSize: 280 }} />
          <div className="tarif-card tarif-bp-skeleton-card">
            <div className="tarif-skeleton" style={{ blockSize: 16, inlineSize: '30%' }} />
            <div className="tarif-skeleton" style={{ blockSize: 24, inlineSize: '45%' }} />
            <div className="tarif-skeleton" style={{ blockSize: 16, inlineSize: '70%' }} />
          </div>
          <div className="tarif-card tarif-bp-skeleton-card">
            <div className="tarif-skeleton" style={{ blockSize: 20, inlineSize: '40%' }} />
            <div className="tarif-skeleton" style={{ blockSize: 20, inlineSize: '55%' }} />
          </div>
        </section>
      );
    }

    if (account.status === 'error' || !account.catalog || !account.subscription || !hasDraft) {
      const code =
        account.error && 'code' in account.error && typeof account.error.code === 'string'
          ? account.error.code
          : 'internal';
      return (
        <section
          ref={forwardedRef}
          aria-labelledby={titleId}
          data-slot="billing-page"
          data-state="error"
          className={cx('tarif tarif-bp', className)}
          {...rootProps}
        >
          <h2 id={titleId} className="tarif-bp-title">
            {t('ui.billing.title')}
          </h2>
          <div role="alert" className="tarif-note tarif-note--danger tarif-bp-error">
            <div>
              <p className="tarif-rpm-alert-title">{t('ui.billing.loadError')}</p>
              <p>{hookT(`error.${code}`)}</p>
            </div>
            <button
              type="button"
              className="tarif-button tarif-button--secondary"
              onClick={() => void account.reload()}
            >
              {t('ui.common.retry')}
            </button>
          </div>
        </section>
      );
    }

    const catalog = account.catalog;
    const subscription = account.subscription;
    const current = subscription.selection;
    const readOnly = !account.canManageBilling;
    const bundle = bundleFor(catalog, current.product);
    const addOnIds = catalog.addOns
      .filter((addOn) => addOn.plans.includes(current.plan) && !current.addOns.includes(addOn.id))
      .map((a) => a.id);
    const focusTarget: RefObject<HTMLElement | null> = returnFocus;
    // The picker behind a flow started elsewhere keeps showing the subscription.
    const pickerSource = origin === null || origin === 'plans' ? 'draft' : 'subscription';
    const noticeShown = readOnly && account.primaryAdmin !== null;
    const inBundle = view === 'bundle' && bundle !== undefined;
    const editing = flow.status === 'editing';

    const review = (from: Origin, element: HTMLElement | null, keepDraft = true) => {
      start(from, element, keepDraft);
      flow.review();
    };
    const request = (from: Origin, element: HTMLElement | null, keepDraft = true) => {
      start(from, element, keepDraft);
      flow.requestChange();
    };

    const dialogs = (
      <>
        <FieldStep
          slot="billing-page-contacts-dialog"
          open={origin === 'contacts' && editing}
          onOpenChange={(open) => {
            if (!open) endFlow();
          }}
          title={t('ui.contactLimit.title')}
          submitLabel={t('ui.billing.contacts.submit')}
          onSubmit={flow.review}
          returnFocusRef={focusTarget}
          handingOff={!editing}
        >
          <ContactLimitSlider className="tarif-bp-embedded" onContactSales={flow.requestChange} />
        </FieldStep>
        <FieldStep
          slot="billing-page-seats-dialog"
          open={origin === 'seats' && editing}
          onOpenChange={(open) => {
            if (!open) endFlow();
          }}
          title={t('ui.seats.title')}
          submitLabel={t('ui.billing.seats.submit')}
          onSubmit={flow.review}
          returnFocusRef={focusTarget}
          handingOff={!editing}
        >
          <SeatStepper className="tarif-bp-embedded" />
        </FieldStep>
        {/* Mounted only while in use: closed, their hooks would still recompute the review and
            the request's subject on every change of the draft. */}
        {flow.reviewOpen && (
          <ReviewPurchaseModal
            onOpenChange={closeFlow}
            returnFocusRef={focusTarget}
            onRequestChange={flow.requestChange}
            onPurchaseComplete={completePurchase}
          />
        )}
        {flow.status === 'requesting' && (
          <ChangeRequestDialog open onOpenChange={closeFlow} returnFocusRef={focusTarget} />
        )}
      </>
    );

    const limit = current.contactLimit;
    // Core's usageStatus, through the account hook: the slider and the hook read the same rule,
    // so the badge cannot show at 8 950 of 10 000 (89 %) while they say it is not near.
    const nearLimit = account.usage?.nearLimit ?? false;
    const percent = Math.min(100, account.usage?.contactsShare ?? 0);

    // One element for both screens, so the dialogs keep their place (and state) when a purchase
    // of the bundle ends the bundle screen under the open review.
    return (
      <section
        ref={forwardedRef}
        {...(inBundle ? { 'aria-label': t('ui.billing.title') } : { 'aria-labelledby': titleId })}
        data-slot="billing-page"
        data-view={inBundle ? 'bundle' : 'overview'}
        className={cx('tarif tarif-bp', className)}
        {...rootProps}
      >
        <ReadOnlyNoticeShownContext.Provider value={!inBundle && noticeShown}>
          {inBundle ? (
            <BundleConfigurator
              bundleId={bundle.id}
              onBack={() => {
                draft.reset();
                setView('overview');
                // The overview mounts again; its button takes the focus back.
                requestAnimationFrame(() => bundleButton.current?.focus());
              }}
              onSubmit={() => review('bundle', focused())}
              onRequestChange={() => request('bundle', focused())}
            />
          ) : (
            <>
              <header className="tarif-bp-header">
                <h2 id={titleId} className="tarif-bp-title">
                  {t('ui.billing.title')}
                </h2>
                <p className="tarif-muted">{t('ui.billing.subtitle')}</p>
              </header>

              {readOnly && account.primaryAdmin && (
                <p
                  id={readOnlyId}
                  data-slot="billing-page-read-only"
                  className="tarif-note tarif-note--info"
                >
                  {t('ui.common.readOnly', { name: account.primaryAdmin.name })}
                </p>
              )}

              <PlanSummary readOnlyId={readOnlyId} />

              <div className="tarif-card tarif-bp-rows">
                <BillingRow
                  slot="billing-page-contacts"
                  title={t('ui.billing.contacts.title')}
                  value={t('ui.contactLimit.contacts', { count: limit })}
                  detail={
                    <div className="tarif-bp-usage">
                      <div className="tarif-bp-usage-text">
                        <span className="tarif-muted tarif-amount">
                          {t('ui.contactLimit.usageValue', {
                            used: subscription.contactsInUse,
                            count: limit,
                          })}
                        </span>
                        {nearLimit && (
                          <span className="tarif-badge tarif-badge--warning">
                            {t('ui.billing.contacts.nearLimit')}
                          </span>
                        )}
                      </div>
                      <div
                        // A styled div like the slider's: a native <meter> cannot be themed alike everywhere.
                        // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
                        role="meter"
                        aria-label={t('ui.contactLimit.usageLabel')}
                        aria-valuemin={0}
                        aria-valuemax={limit}
                        aria-valuenow={Math.min(subscription.contactsInUse, limit)}
                        aria-valuetext={t('ui.contactLimit.usageValue', {
                          used: subscription.contactsInUse,
                          count: limit,
                        })}
                        className="tarif-meter"
                        data-state={nearLimit ? 'near' : undefined}
                      >
                        <div className="tarif-meter-fill" style={{ inlineSize: `${percent}%` }} />
                      </div>
                    </div>
                  }
                  editText={t('ui.billing.edit')}
                  editLabel={t('ui.billing.contacts.edit')}
                  editDisabled={readOnly}
                  disabledReasonId={readOnlyId}
                  editRef={contactsEdit}
                  onEdit={() => start('contacts', contactsEdit.current)}
                />
                <BillingRow
                  slot="billing-page-seats"
                  title={t('ui.billing.seats.title')}
                  value={t('ui.seats.count', { count: current.seats })}
                  detail={
                    <p className="tarif-muted tarif-amount">
                      {t('ui.seats.inUse', { count: subscription.seatsInUse })}
                    </p>
                  }
                  editText={t('ui.billing.edit')}
                  editLabel={t('ui.billing.seats.edit')}
                  editDisabled={readOnly}
                  disabledReasonId={readOnlyId}
                  editRef={seatsEdit}
                  onEdit={() => start('seats', seatsEdit.current)}
                />
              </div>

              <section
                aria-labelledby={`${id}-plans`}
                data-slot="billing-page-plans"
                className="tarif-bp-section"
              >
                <div className="tarif-bp-section-head">
                  <h3 id={`${id}-plans`} className="tarif-bp-section-title">
                    {t('ui.billing.plans.title')}
                  </h3>
                  <p className="tarif-muted">{t('ui.billing.plans.description')}</p>
                </div>
                <PlanTierPicker
                  source={pickerSource}
                  onRequestChange={() => request('plans', focused())}
                />
                {/* Actions appear once another tier or interval is picked, while no flow runs. */}
                {origin === null && (
                  <PlanActions
                    readOnly={readOnly}
                    readOnlyId={readOnlyId}
                    onCancel={draft.reset}
                    onRequest={(from) => request('plans', from)}
                    onUpgrade={(from) => review('plans', from)}
                  />
                )}
              </section>

              {bundle && (
                <section
                  aria-labelledby={`${id}-bundle`}
                  data-slot="billing-page-bundle-offer"
                  className="tarif-card tarif-bp-offer"
                >
                  <div>
                    <h3 id={`${id}-bundle`} className="tarif-bp-offer-title">
                      {t('ui.billing.bundle.title')}
                    </h3>
                    <p className="tarif-muted">
                      {t('ui.billing.bundle.body', { bundle: bundle.name })}
                    </p>
                  </div>
                  <button
                    ref={bundleButton}
                    type="button"
                    className="tarif-button tarif-button--primary"
                    disabled={readOnly}
                    aria-describedby={readOnly ? readOnlyId : undefined}
                    onClick={() => {
                      draft.reset();
                      draft.setProduct(bundle.id);
                      setView('bundle');
                    }}
                  >
                    {t('ui.billing.bundle.configure', { bundle: bundle.name })}
                  </button>
                </section>
              )}

              {addOnIds.length > 0 && (
                <section
                  aria-labelledby={`${id}-addons`}
                  data-slot="billing-page-add-ons"
                  className="tarif-bp-section"
                >
                  <h3 id={`${id}-addons`} className="tarif-bp-section-title">
                    {t('ui.billing.addOns.title')}
                  </h3>
                  <div className="tarif-bp-addons">
                    {addOnIds.map((addOnId) => (
                      <AddOnCard
                        key={addOnId}
                        addOnId={addOnId}
                        // The section lists what the subscription's plan can add, whatever tier the picker holds.
                        source="subscription"
                        onAdd={() => {
                          // Only this add-on: drop whatever else the draft held (e.g. a tier picked above).
                          start('add-on', focused());
                          draft.addAddOn(addOnId);
                          flow.review();
                        }}
                      />
                    ))}
                  </div>
                </section>
              )}

              <p data-slot="billing-page-contact-us" className="tarif-bp-contact-us">
                <span className="tarif-muted">{t('ui.billing.contactUs.text')}</span>{' '}
                <button
                  type="button"
                  className="tarif-bp-link"
                  disabled={readOnly}
                  onClick={(event) => request('contact-us', event.currentTarget, false)}
                >
                  {t('ui.billing.contactUs.action')}
                </button>
              </p>
            </>
          )}

          {dialogs}
        </ReadOnlyNoticeShownContext.Provider>
      </section>
    );
  },
);
BillingPage.displayName = NAME;

/* -------------------------------------------------------------------------------------------------
 * FieldStep: a row's dialog, whose submit waits for a change of the draft
 * -----------------------------------------------------------------------------------------------*/

function FieldStep(props: Omit<FieldDialogProps, 'submitDisabled'>) {
  // Subscribed here, not in the page: the first step of a slider re-renders the dialog, not the page.
  const dirty = useDraftValue((state) => state.dirty);
  return <FieldDialog {...props} submitDisabled={!dirty} />;
}

/* -------------------------------------------------------------------------------------------------
 * PlanActions: Cancel and Upgrade (or « Get in touch ») under the picker once another tier is picked
 * -----------------------------------------------------------------------------------------------*/

interface PlanActionsProps {
  readOnly: boolean;
  readOnlyId: string;
  onCancel: () => void;
  /** The button pressed, for focus to return to. */
  onRequest: (from: HTMLElement) => void;
  onUpgrade: (from: HTMLElement) => void;
}

function PlanActions({ readOnly, readOnlyId, onCancel, onRequest, onUpgrade }: PlanActionsProps) {
  const { nextStep, planDirection } = useDraftChange();
  const { t } = useUiMessages();
  // A lower tier is explained, with its own request button, by the picker itself.
  if (nextStep === null || planDirection === 'down') return null;
  return (
    <div className="tarif-bp-actions">
      <button type="button" className="tarif-button tarif-button--ghost" onClick={onCancel}>
        {t('ui.common.cancel')}
      </button>
      {nextStep === 'request' ? (
        <button
          type="button"
          data-slot="billing-page-plans-request"
          className="tarif-button tarif-button--primary"
          disabled={readOnly}
          onClick={(event) => onRequest(event.currentTarget)}
        >
          {t('ui.review.request.action')}
        </button>
      ) : (
        <button
          type="button"
          data-slot="billing-page-plans-upgrade"
          className="tarif-button tarif-button--primary"
          aria-describedby={readOnly ? readOnlyId : undefined}
          disabled={readOnly || nextStep === 'blocked'}
          onClick={(event) => onUpgrade(event.currentTarget)}
        >
          {t('ui.billing.plans.upgrade')}
        </button>
      )}
    </div>
  );
}

/** The bundle that contains the current product, if the catalog has one and the account is not on it. */
function bundleFor(catalog: Catalog, productId: string) {
  const product = findProduct(catalog, productId);
  if (!product || product.bundleOf) return undefined;
  return catalog.products.find((candidate) => candidate.bundleOf?.includes(productId));
}

export { BillingPage };
