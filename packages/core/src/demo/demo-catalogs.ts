import type { Catalog } from '../catalog/catalog-types.js';
import { buildDemoCatalog } from './demo-structure.js';
import { demoPricesEUR } from './prices-eur.js';
import { demoPricesJPY } from './prices-jpy.js';
import { demoPricesUSD } from './prices-usd.js';

/** The demo catalog in euros: Marketing, Sales and their bundle; Starter, Plus, Pro, Enterprise. */
export const demoCatalogEUR: Catalog = buildDemoCatalog(demoPricesEUR);

/** The demo catalog in US dollars, with its own price points. */
export const demoCatalogUSD: Catalog = buildDemoCatalog(demoPricesUSD);

/** The demo catalog in yen, a zero-decimal currency. */
export const demoCatalogJPY: Catalog = buildDemoCatalog(demoPricesJPY);
