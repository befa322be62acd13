import type { Catalog, CatalogTranslation } from './catalog-types.js';

/**
 * The catalog with product, plan, feature and add-on text taken from `translations`, looked up
 * string by string along `locales` (e.g. `['fr-CA', 'fr', 'en']`, first match wins). Ids, prices
 * and every other field are untouched. Returns `catalog` itself when no string changes, so
 * memoising on it stays cheap.
 */
export function localizeCatalog(catalog: Catalog, locales: readonly string[]): Catalog {
  const layers = locales.flatMap((locale) => catalog.translations?.[locale] ?? []);
  if (layers.length === 0) return catalog;
  let changed = false;
  const text = (pick: (layer: CatalogTranslation) => unknown, original: string): string => {
    for (const layer of layers) {
      const found = pick(layer);
      // A typeof check, not `!== undefined`: an id such as "constructor" reaches Object.prototype.
      if (typeof found === 'string') {
        changed ||= found !== original;
        return found;
      }
    }
    return original;
  };
  const localized: Catalog = {
    ...catalog,
    products: catalog.products.map((product) => ({
      ...product,
      name: text((layer) => layer.products?.[product.id], product.name),
      plans: product.plans.map((plan) => ({
        ...plan,
        name: text((layer) => layer.plans?.[plan.id], plan.name),
      })),
    })),
    features: catalog.features.map((feature) => ({
      ...feature,
      name: text((layer) => layer.features?.[feature.id], feature.name),
    })),
    addOns: catalog.addOns.map((addOn) => ({
      ...addOn,
      name: text((layer) => layer.addOns?.[addOn.id]?.name, addOn.name),
      description: text((layer) => layer.addOns?.[addOn.id]?.description, addOn.description),
    })),
  };
  return changed ? localized : catalog;
}
