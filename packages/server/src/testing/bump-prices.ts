import { validateCatalog } from '@tarif/core';
import type { Catalog } from '@tarif/core';
import { raisePrices } from '@tarif/core/demo';

/** Raises every price by 10 %, rounded to whole minor units, under a new version. Test controls only. */
export function bumpPrices(catalog: Catalog): Catalog {
  return validateCatalog(
    raisePrices(catalog, 10, `${catalog.version}+bumped.${Date.now().toString(36)}`),
  );
}
