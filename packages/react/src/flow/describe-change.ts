import { findPlan, findProduct } from '@tarif/core';
import type {
  Catalog,
  ChangeEffect,
  ChangePreview,
  Dimension,
  DimensionChange,
  Direction,
  Selection,
} from '@tarif/core';
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from '../messages/en.js';

/** One part of a change, in words: « Contact limit · 10,000 → 20,000 contacts ». */
export interface ChangeDescription {
  /** Stable per part: the dimension, and the add-on for add-on parts. */
  readonly id: string;
  readonly dimension: Dimension;
  readonly direction: Direction;
  /** When it applies: 'now' (charged today) or at the 'renewal'; null when the policy said nothing. */
  readonly effect: ChangeEffect | null;
  /** What changes: « Contact limit », « Plan », or the add-on's name. */
  readonly label: string;
  /** How: « Plus → Pro », « 3 → 4 seats », « Added ». */
  readonly value: string;
}

/** Every part of the previewed change, in words, with names from the localized catalog. */
export function describeChanges(
  catalog: Catalog,
  preview: ChangePreview,
  t: Translate,
): ChangeDescription[] {
  const product = preview.effectiveNow.product;
  return preview.changes.map((change) => {
    const names = namesOf(catalog, product, change, t);
    const { dimension } = change;
    const label = dimension === 'addOn' ? String(names.to) : t(dimensionLabels[dimension]);
    const value =
      dimension === 'addOn'
        ? t(change.direction === 'down' ? 'change.removed' : 'change.added')
        : dimension === 'contacts' || dimension === 'seats'
          ? t(`change.${dimension}Value`, { from: names.from, count: Number(change.to) })
          : t('change.fromTo', names);
    return {
      id: `${dimension}-${change.addOn ?? ''}`,
      dimension,
      direction: change.direction,
      effect: change.effect ?? null,
      label,
      value,
    };
  });
}

/**
 * What a change request asks sales for, one sentence per part (« Downgrade from Pro to Plus »),
 * led by « More than 100,000 contacts » when the draft sits past the last band.
 */
export function describeRequest(
  catalog: Catalog,
  draft: Selection,
  preview: ChangePreview | null,
  contactsBeyond: boolean,
  t: Translate,
): string[] {
  const parts = (preview?.requestFor ?? []).map((change) => {
    const names = namesOf(catalog, draft.product, change, t);
    const way = change.direction === 'down' ? 'down' : 'up';
    switch (change.dimension) {
      case 'plan':
        return t(`request.plan.${way}`, names);
      case 'addOn':
        return t(way === 'down' ? 'request.addOn.remove' : 'request.addOn.add', {
          name: names.to,
        });
      case 'interval':
        return t('request.interval', {
          from: t(`interval.${change.from}`),
          to: t(`interval.${change.to}`),
        });
      default:
        return t(`request.${change.dimension}`, names);
    }
  });
  if (contactsBeyond)
    parts.unshift(t('contacts.valueText.beyond', { count: catalog.contactBands.at(-1) ?? 0 }));
  return parts;
}

/** A part's label is the name its field has everywhere else (« Contact limit »), so it is one message. */
const dimensionLabels = {
  contacts: 'contacts.label',
  seats: 'seats.label',
  plan: 'plans.label',
  product: 'change.product',
  interval: 'change.interval',
} as const satisfies Record<Exclude<Dimension, 'addOn'>, MessageKey>;

/** The two ends of a change as shown: catalog names for plans, products and add-ons, numbers as numbers. */
function namesOf(
  catalog: Catalog,
  productId: string,
  change: DimensionChange,
  t: Translate,
): { from: string | number; to: string | number } {
  const from = String(change.from);
  const to = String(change.to);
  switch (change.dimension) {
    case 'plan':
      return {
        from: findPlan(catalog, productId, from)?.name ?? from,
        to: findPlan(catalog, productId, to)?.name ?? to,
      };
    case 'product':
      return {
        from: findProduct(catalog, from)?.name ?? from,
        to: findProduct(catalog, to)?.name ?? to,
      };
    case 'interval':
      return { from: t(`change.interval.${from}`), to: t(`change.interval.${to}`) };
    case 'addOn': {
      const name = catalog.addOns.find((a) => a.id === change.addOn)?.name ?? change.addOn ?? '';
      return { from: name, to: name };
    }
    default:
      return { from: Number(change.from), to: Number(change.to) };
  }
}
