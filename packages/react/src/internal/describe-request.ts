import { findPlan, findProduct } from '@tarif/core';
import type { Catalog, DimensionChange } from '@tarif/core';
import type { Translate } from '../i18n/translate.js';

/** One sentence per part of the change that needs sales, e.g. "Downgrade from Pro to Plus". */
export function describeRequest(
  catalog: Catalog,
  productId: string,
  changes: readonly DimensionChange[],
  t: Translate,
): string[] {
  return changes.map((change) => {
    const from = String(change.from);
    const to = String(change.to);
    switch (change.dimension) {
      case 'plan':
        return t(change.direction === 'down' ? 'request.plan.down' : 'request.plan.up', {
          from: findPlan(catalog, productId, from)?.name ?? from,
          to: findPlan(catalog, productId, to)?.name ?? to,
        });
      case 'product':
        return t('request.product', {
          from: findProduct(catalog, from)?.name ?? from,
          to: findProduct(catalog, to)?.name ?? to,
        });
      case 'interval':
        return t('request.interval', { from: t(`interval.${from}`), to: t(`interval.${to}`) });
      case 'contacts':
        return t('request.contacts', { from: Number(change.from), to: Number(change.to) });
      case 'seats':
        return t('request.seats', { from: Number(change.from), to: Number(change.to) });
      case 'addOn': {
        const name = catalog.addOns.find((a) => a.id === change.addOn)?.name ?? change.addOn ?? '';
        return t(change.direction === 'down' ? 'request.addOn.remove' : 'request.addOn.add', {
          name,
        });
      }
    }
  });
}
