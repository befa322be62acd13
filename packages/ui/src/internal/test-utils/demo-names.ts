// Test helper (excluded from the build): names of the demo catalog as the provider shows them in
// a locale (« SMS », « Marketing + Ventes »), so expected text is built rather than typed per language.
import { localizeCatalog } from '@tarif/core';
import { demoCatalogEUR } from '@tarif/core/demo';
import { localeChain } from '@tarif/react/i18n';

interface Named {
  readonly id: string;
  readonly name: string;
}

function nameOf(items: readonly Named[], id: string): string {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`The demo catalog has no "${id}"`);
  return item.name;
}

/** Looks up demo product, feature and add-on names along `locale`'s chain, as BillingProvider does. */
export function demoNames(locale: string) {
  const catalog = localizeCatalog(demoCatalogEUR, localeChain(locale));
  return {
    product: (id: string) => nameOf(catalog.products, id),
    feature: (id: string) => nameOf(catalog.features, id),
    addOn: (id: string) => nameOf(catalog.addOns, id),
  };
}
