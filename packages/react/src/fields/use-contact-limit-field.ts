import { bandIndex } from '@tarif/core';
import type { Money, Selection, UsageStatus } from '@tarif/core';
import { useMemo } from 'react';
import type { ChangeEvent } from 'react';
import { usageOf } from '../flow/select-usage.js';
import { useBillingStore } from '../provider/billing-context.js';
import { selectAccount, selectContactsBeyond, selectDraft } from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { safePlanPrice } from '../internal/safe-pricing.js';

/** One contact band of the catalog, priced for the draft's plan. */
export interface ContactBand {
  readonly index: number;
  readonly limit: number;
  /** The draft plan's price at this band for the draft interval; null when the plan has none. */
  readonly price: Money | null;
  /** The account already uses more contacts than this band allows. */
  readonly blocked: boolean;
  /** Localized reason when blocked, e.g. « Vous utilisez déjà 8 700 contacts ». */
  readonly blockedReason: string | null;
  /** « 10 000 contacts ». */
  readonly label: string;
}

/** A suggestion to raise the limit, when usage is near it. */
export interface ContactLimitNudge {
  readonly message: string;
  /** The next band up, to offer as a one-click suggestion; the hook never applies it by itself. */
  readonly suggestedIndex: number | null;
}

/** Props for an `<input type="range">` over the bands. */
export interface SliderProps {
  readonly type: 'range';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  readonly disabled: boolean;
  readonly 'aria-label': string;
  readonly 'aria-valuemin': number;
  readonly 'aria-valuemax': number;
  readonly 'aria-valuenow': number;
  readonly 'aria-valuetext': string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** The draft's contact limit as a slider over the bands, with usage and prop getters. */
export interface ContactLimitField {
  readonly bands: readonly ContactBand[];
  /** Index into `bands`; `bands.length` means "more than the last band" (contact sales). */
  readonly selectedIndex: number;
  /** The slider's last position: one past the last band, for contact sales. */
  readonly maxIndex: number;
  readonly contactsInUse: number;
  /** contactsInUse / draft contact limit (0.87 for 8 700 of 10 000), exact: for drawing a meter. */
  readonly usageShare: number;
  /**
   * Core's `usageStatus` against the draft's limit (the subscription's until the draft moves):
   * the whole percent to quote, near, at and over the limit. The one definition the page's badge
   * (`useBillingAccount().usage`) shares.
   */
  readonly usage: UsageStatus;
  /** `usage.nearLimit`: the draft's limit is nearly used up. Nothing is ever changed for it. */
  readonly nearLimit: boolean;
  readonly nudge: ContactLimitNudge | null;
  readonly isContactSalesBeyond: boolean;
  readonly disabled: boolean;
  /** Text for the slider's value, for any index. */
  readonly valueText: (index: number) => string;
  readonly setIndex: (index: number) => void;
  readonly increment: () => void;
  readonly decrement: () => void;
  /** Props for an `<input type="range">` (or any slider taking min/max/step/value). */
  readonly getSliderProps: () => SliderProps;
}

/** Before the account loads: nothing in use, nothing near. */
const noUsage: UsageStatus = {
  contactsShare: 0,
  nearLimit: false,
  atLimit: false,
  overLimit: false,
};

/** The contact-limit slider: bands, prices per band, usage, and the "contact sales" step. */
export function useContactLimitField(): ContactLimitField {
  const store = useBillingStore('useContactLimitField');
  const account = useStoreSelector(store, selectAccount);
  const { catalog, snapshot } = account;
  // Seats and add-ons are left out: a seat step does not render a contact slider beside it.
  const draft = useStoreSelector(store, selectDraft, sameForContacts);
  const beyond = useStoreSelector(store, selectContactsBeyond);
  const { t } = useMessages();
  const contactsInUse = snapshot?.subscription.contactsInUse ?? 0;
  const limits = catalog?.contactBands ?? [];
  const product = draft?.product;
  const plan = draft?.plan;
  const interval = draft?.interval;

  // A step of the slider moves only the draft's limit: the bands, priced for its plan and interval, stay.
  const bands = useMemo(
    () =>
      (catalog?.contactBands ?? []).map((limit, index): ContactBand => {
        const blocked = limit < contactsInUse;
        return {
          index,
          limit,
          price:
            catalog && product && plan && interval
              ? safePlanPrice(catalog, product, plan, interval, limit)
              : null,
          blocked,
          blockedReason: blocked ? t('contacts.blocked.inUse', { count: contactsInUse }) : null,
          label: t('contacts.valueText', { count: limit }),
        };
      }),
    [catalog, product, plan, interval, contactsInUse, t],
  );

  const maxIndex = bands.length;
  const draftIndex = catalog && draft ? bandIndex(catalog, draft.contactLimit) : -1;
  const selectedIndex = beyond ? maxIndex : Math.max(0, draftIndex);
  const limit = draft?.contactLimit ?? 0;
  const usageShare = limit > 0 ? contactsInUse / limit : 0;
  // Core's rule against the limit being edited: raising it in the draft answers the nudge.
  const usage = useMemo(() => usageOf(account, draft) ?? noUsage, [account, draft]);
  const nearLimit = usage.nearLimit;
  const next = draftIndex >= 0 && draftIndex + 1 < bands.length ? draftIndex + 1 : null;
  const nudge: ContactLimitNudge | null =
    nearLimit && !beyond
      ? {
          message: t('contacts.nudge.nearLimit', { count: contactsInUse, limit }),
          suggestedIndex: next,
        }
      : null;

  const valueText = (index: number) => {
    const band = bands[index];
    if (band) return band.label;
    return t('contacts.valueText.beyond', { count: limits[limits.length - 1] ?? 0 });
  };

  const setIndex = (index: number) => {
    const clamped = Math.min(Math.max(0, Math.round(index)), maxIndex);
    if (clamped === maxIndex) {
      store.send({ type: 'CONTACTS_BEYOND', beyond: true });
      return;
    }
    const band = bands[clamped];
    // Bands below usage can't be bought; stop at the lowest allowed band.
    const target = band && band.blocked ? bands.find((b) => !b.blocked) : band;
    if (!target) return;
    store.setDraft((previous) =>
      previous.contactLimit === target.limit
        ? previous
        : { ...previous, contactLimit: target.limit },
    );
    store.send({ type: 'CONTACTS_BEYOND', beyond: false });
  };

  const disabled = !catalog || !draft;
  return {
    bands,
    selectedIndex,
    maxIndex,
    contactsInUse,
    usageShare,
    usage,
    nearLimit,
    nudge,
    isContactSalesBeyond: beyond,
    disabled,
    valueText,
    setIndex,
    increment: () => setIndex(selectedIndex + 1),
    decrement: () => setIndex(selectedIndex - 1),
    getSliderProps: () => ({
      type: 'range',
      min: 0,
      max: maxIndex,
      step: 1,
      value: selectedIndex,
      disabled,
      'aria-label': t('contacts.label'),
      'aria-valuemin': 0,
      'aria-valuemax': maxIndex,
      'aria-valuenow': selectedIndex,
      'aria-valuetext': valueText(selectedIndex),
      onChange: (event) => setIndex(Number(event.currentTarget.value)),
    }),
  };
}

/**
 * The draft fields the slider shows or prices with: its band, and the plan and interval the band
 * prices come from. Core's `usageStatus` reads only the contact limit of the draft.
 */
const sameForContacts = (a: Selection | null, b: Selection | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.contactLimit === b.contactLimit &&
    a.product === b.product &&
    a.plan === b.plan &&
    a.interval === b.interval);
