import {
  divideRoundHalfAwayFromZero,
  findProduct,
  multiply,
  planRank,
  subtract,
} from '@tarif/core';
import type { Catalog, Plan, Selection } from '@tarif/core';
import type { PlanTier, PlanTierUnavailable, YearlySaving } from '../fields/use-plan-tier-field.js';
import type { Translate } from '../i18n/translate.js';
import { safeQuote } from './safe-pricing.js';

/**
 * The tiers of `selection`'s product, each priced at its contacts, seats and interval (add-ons
 * left out) and compared with the subscription's `current` selection, plus the yearly saving of
 * `selection`. The tier picker passes the draft; the subscription's offer passes `current` twice.
 * `seatsInUse` (the account's users) tells which tiers cannot hold the account as it is.
 */
export function describeTiers(
  catalog: Catalog | null,
  current: Selection | null,
  selection: Selection | null,
  seatsInUse: number,
  t: Translate,
): { tiers: PlanTier[]; yearlySaving: YearlySaving | null } {
  if (!catalog || !selection) return { tiers: [], yearlySaving: null };
  const product = findProduct(catalog, selection.product);
  const currentPlan = current
    ? findProduct(catalog, current.product)?.plans.find((p) => p.id === current.plan)
    : undefined;
  const currentRank = current ? planRank(catalog, current.product, current.plan) : -1;

  const tiers: PlanTier[] = (product?.plans ?? []).map((plan, rank) => {
    const pricedSeats = nearestSeats(plan, selection.seats);
    const unavailable = unavailableFor(plan, seatsInUse);
    return {
      id: plan.id,
      name: plan.name,
      price: plan.contactSales
        ? null
        : (safeQuote(catalog, { ...selection, plan: plan.id, seats: pricedSeats, addOns: [] })
            ?.total ?? null),
      pricedSeats,
      unavailable,
      unavailableReason: unavailable
        ? t('plans.unavailable.seatsInUse', {
            count: unavailable.max,
            seatsInUse: unavailable.seatsInUse,
          })
        : null,
      contactSales: plan.contactSales === true,
      current: current?.product === product?.id && current?.plan === plan.id,
      selected: selection.plan === plan.id,
      direction:
        currentRank < 0 || rank === currentRank ? 'unchanged' : rank > currentRank ? 'up' : 'down',
      featuresLost: (currentPlan?.features ?? [])
        .filter((id) => !plan.features.includes(id))
        .map((id) => catalog.features.find((f) => f.id === id) ?? { id, name: id }),
    };
  });

  const monthly = safeQuote(catalog, { ...selection, interval: 'month' })?.total;
  const yearly = safeQuote(catalog, { ...selection, interval: 'year' })?.total;
  let yearlySaving: YearlySaving | null = null;
  if (monthly && yearly && monthly.amount > 0) {
    const twelveMonths = multiply(monthly, 12);
    const saving = subtract(twelveMonths, yearly);
    yearlySaving = {
      amount: saving,
      // A whole percent, rounded like every amount: half away from zero, in integers.
      percent: Number(
        divideRoundHalfAwayFromZero(BigInt(saving.amount) * 100n, BigInt(twelveMonths.amount)),
      ),
    };
  }
  return { tiers, yearlySaving };
}

/**
 * The seat count a tier is priced at: the selection's, moved into the tier's range. A customer
 * comparing plans must see every plan's price, and core rightly refuses to quote Starter at 3
 * seats (it sells one). Of the two prices we could show, the nearest selection the tier sells,
 * not its bare base price: it is what that tier would cost this account with as many users as it
 * allows (included seats and any extra seats priced by core's own quote), and for a tier that
 * does fit the account it is simply the selection's price. The draft is never changed by it.
 */
function nearestSeats(plan: Plan, seats: number): number {
  return Math.min(plan.seats.max, Math.max(plan.seats.min, seats));
}

/**
 * A tier cannot hold the account as it is when it has more users than the tier allows: they would
 * have to remove users first. Fewer seats bought than the tier needs is no obstacle (seats can be
 * added), nor more seats bought than in use (they can be dropped in the same change).
 */
function unavailableFor(plan: Plan, seatsInUse: number): PlanTierUnavailable | null {
  if (plan.contactSales === true || seatsInUse <= plan.seats.max) return null;
  return { reason: 'seats-in-use', max: plan.seats.max, seatsInUse };
}
