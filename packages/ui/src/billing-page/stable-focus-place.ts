import type { FlowOrigin } from './use-page-flow.js';

/* -------------------------------------------------------------------------------------------------
 * stableFocusPlace: where focus goes when a flow ends and the button that started it is gone
 * -----------------------------------------------------------------------------------------------*/

/**
 * The button that opened a flow often does not outlive it: Upgrade and « Request an account
 * change » go with the draft, an add-on's « Add to plan » with the purchase, the bundle screen
 * with its own purchase. Focus then goes to what stands for the same part of the page: the
 * checked plan, the next add-on (else the section's heading), the page's heading.
 */
export function stableFocusPlace(root: HTMLElement | null, origin: FlowOrigin | null) {
  if (!root?.isConnected) return null;
  const find = (selector: string) =>
    [...root.querySelectorAll<HTMLElement>(selector)].find(
      (element) => !element.matches(':disabled') && element.getClientRects().length > 0,
    ) ?? null;
  const pageTitle = () =>
    find('[data-slot="billing-page-title"], [data-slot="billing-page-bundle-title"]');
  switch (origin) {
    case 'plans':
      return (
        find('[data-slot="billing-page-plans"] [role="radio"][aria-checked="true"]') ??
        find('[data-slot="billing-page-plans-title"]') ??
        pageTitle()
      );
    case 'add-on':
      return (
        find('[data-slot="billing-page-add-ons"] [data-slot="add-on-card-add"]') ??
        find('[data-slot="billing-page-add-ons-title"]') ??
        pageTitle()
      );
    case 'contacts':
      return find('[data-slot="billing-page-contacts-edit"]') ?? pageTitle();
    case 'seats':
      return find('[data-slot="billing-page-seats-edit"]') ?? pageTitle();
    default:
      return pageTitle();
  }
}
