export { demoCatalogEUR, demoCatalogUSD, demoCatalogJPY } from './demo-catalogs.js';
export { createDemoSubscription } from './demo-subscription.js';
export { buildDemoCatalog, demoContactBands } from './demo-structure.js';
export type { DemoPriceSheet } from './demo-structure.js';
export { demoPricesEUR } from './prices-eur.js';
export { demoPricesUSD } from './prices-usd.js';
export { demoPricesJPY } from './prices-jpy.js';
export { raisePrices } from './raise-prices.js';
export { demoTaxRates, demoBillingDetails, euMemberStates } from './demo-tax-rates.js';
