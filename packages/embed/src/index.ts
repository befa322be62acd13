// @tarif/embed: the billing page for any host. Importing it defines <tarif-billing-page>.
import { TarifBillingPageElement } from './billing-page-element.js';

export { mountBillingPage } from './mount-billing-page.js';
export { TarifBillingPageElement };
export type * from './types.js';

if (typeof customElements !== 'undefined' && !customElements.get('tarif-billing-page')) {
  customElements.define('tarif-billing-page', TarifBillingPageElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'tarif-billing-page': TarifBillingPageElement;
  }
}
