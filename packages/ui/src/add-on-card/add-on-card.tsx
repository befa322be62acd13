import { forwardRef, useId } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { findProduct } from '@tarif/core';
import type { Catalog } from '@tarif/core';
import { useAddOn, useSubscriptionOffer } from '@tarif/react';
import type { AddOnState } from '@tarif/react';
import { cx } from '../internal/cx.js';
import { useLang } from '../internal/use-lang.js';
import { PriceText } from '../internal/price-text.js';
import { Skeleton } from '../internal/skeleton.js';
import { loadingRootProps } from '../internal/widget-loading.js';
import { useFieldWidget } from '../internal/use-field-widget.js';
import type { DraftPlan } from '../internal/use-field-widget.js';
import type { UiMessages } from '../internal/use-ui-messages.js';

/* -------------------------------------------------------------------------------------------------
 * AddOnCard
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'AddOnCard';

/** The add-on to show, from the draft or the subscription, over the card's attributes. */
export interface AddOnCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The catalog id of the add-on. */
  addOnId: string;
  /** Called after the add-on is added to the draft, e.g. to open the review. */
  onAdd?: (addOnId: string) => void;
  /**
   * Whose plan and interval decide availability and price: the draft's (default), or the
   * subscription's, for a list of what the account can add while the draft is edited elsewhere.
   */
  source?: 'draft' | 'subscription';
  /**
   * The level of the card's title, one below the heading of the list it is in. Default 3;
   * BillingPage's add-ons, under its « Add-ons » h3, use 4.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

const stateKeys = {
  included: 'ui.addOn.state.included',
  active: 'ui.addOn.state.active',
  available: 'ui.addOn.state.available',
  'not-allowed': 'ui.addOn.state.unavailable',
} as const satisfies Record<AddOnState, string>;

const badgeClass: Record<AddOnState, string> = {
  included: 'tarif-badge--success',
  active: 'tarif-badge--accent',
  available: '',
  'not-allowed': '',
};

/** One add-on: what it does, its price for the draft's interval, and whether it can be added to the plan. */
const AddOnCard = forwardRef<HTMLElement, AddOnCardProps>(function AddOnCard(props, forwardedRef) {
  const { addOnId, onAdd, source = 'draft', headingLevel = 3, className, ...rootProps } = props;
  const Heading = `h${headingLevel}` as const;
  const field = useAddOn(addOnId);
  const offer = useSubscriptionOffer();
  const addOn = source === 'subscription' ? { ...field, ...offer.addOn(addOnId) } : field;
  const { account, messages, readOnly, draftPlan } = useFieldWidget();
  const lang = useLang();
  const { t, formatMoney } = messages;
  const id = useId();
  const titleId = `${id}-title`;
  const reasonId = `${id}-reason`;
  const buttonId = `${id}-add`;

  if (account.status !== 'ready' || !account.catalog || !draftPlan) {
    return (
      <article
        ref={forwardedRef}
        {...loadingRootProps('add-on-card')}
        className={cx('tarif tarif-card tarif-addon', className)}
        lang={lang}
        {...rootProps}
      >
        <Skeleton
          label={t('ui.common.loading')}
          blocks={[{ blockSize: 20, inlineSize: '50%' }, { blockSize: 40 }]}
        />
      </article>
    );
  }

  const selection =
    source === 'subscription' && account.subscription ? account.subscription.selection : draftPlan;
  const reason = reasonText(addOn.state, account.catalog, selection, addOnId, t);
  const canAdd = addOn.state === 'available' && !addOn.inDraft;

  return (
    <article
      ref={forwardedRef}
      aria-labelledby={titleId}
      data-slot="add-on-card"
      data-state={addOn.state}
      className={cx('tarif tarif-card tarif-addon', className)}
      lang={lang}
      {...rootProps}
    >
      <div data-slot="add-on-card-header" className="tarif-addon-header">
        <Heading id={titleId} data-slot="add-on-card-title" className="tarif-addon-title">
          {addOn.name}
        </Heading>
        <span data-slot="add-on-card-state" className={cx('tarif-badge', badgeClass[addOn.state])}>
          {t(stateKeys[addOn.state])}
        </span>
      </div>
      <p data-slot="add-on-card-description" className="tarif-addon-description tarif-muted">
        {addOn.description}
      </p>
      <div data-slot="add-on-card-footer" className="tarif-addon-footer">
        <p data-slot="add-on-card-price" className="tarif-addon-price">
          {addOn.state === 'included' ? (
            <span className="tarif-muted">{t('ui.addOn.state.included')}</span>
          ) : addOn.price ? (
            <PriceText
              amount={formatMoney(addOn.price)}
              interval={selection.interval}
              amountClassName="tarif-addon-amount"
            />
          ) : null}
        </p>
        {(addOn.state === 'available' || addOn.state === 'not-allowed') && (
          <button
            type="button"
            data-slot="add-on-card-add"
            className={cx(
              'tarif-button',
              canAdd ? 'tarif-button--primary' : 'tarif-button--secondary',
            )}
            id={buttonId}
            // "Add to plan, SMS campaigns": the visible words first, then which add-on.
            aria-labelledby={`${buttonId} ${titleId}`}
            aria-describedby={reason ? reasonId : undefined}
            data-added={addOn.inDraft ? '' : undefined}
            // Added to the draft, the pressed button keeps focus: aria-disabled, not disabled.
            disabled={addOn.state !== 'available' || readOnly}
            aria-disabled={addOn.inDraft && !readOnly ? true : undefined}
            onClick={() => {
              if (!canAdd) return;
              addOn.add();
              onAdd?.(addOnId);
            }}
          >
            {addOn.inDraft ? t('ui.addOn.added') : t('ui.addOn.add')}
          </button>
        )}
      </div>
      {reason && (
        <p id={reasonId} data-slot="add-on-card-reason" className="tarif-addon-reason tarif-muted">
          {reason}
        </p>
      )}
    </article>
  );
});
AddOnCard.displayName = NAME;

/* -----------------------------------------------------------------------------------------------*/

function reasonText(
  state: AddOnState,
  catalog: Catalog,
  selection: DraftPlan,
  addOnId: string,
  t: UiMessages['t'],
): string | null {
  const plans = findProduct(catalog, selection.product)?.plans ?? [];
  const planName = (planId: string) => plans.find((plan) => plan.id === planId)?.name ?? planId;
  if (state === 'included') return t('ui.addOn.includedIn', { plan: planName(selection.plan) });
  if (state !== 'not-allowed') return null;
  // The first tier (tiers are in ascending order) that offers the add-on, for « Disponible à partir du plan Plus ».
  const addOn = catalog.addOns.find((a) => a.id === addOnId);
  const from = plans.find(
    (plan) => addOn?.plans.includes(plan.id) || addOn?.includedIn?.includes(plan.id),
  );
  return from ? t('ui.addOn.availableFrom', { plan: from.name }) : t('ui.addOn.notOnPlan');
}

export { AddOnCard };
