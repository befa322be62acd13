import type { Catalog, Selection } from '../catalog/catalog-types.js';
import { resolvePolicy } from '../catalog/change-policy.js';
import { findPlan } from '../catalog/lookup.js';
import { TarifError } from '../money/errors.js';
import type { Money } from '../money/money.js';
import { applyNowParts } from './apply-now-parts.js';
import { checkSelection } from './check-selection.js';
import { classifyChanges } from './classify-change.js';
import { periodClock, prorateChange } from './prorate-change.js';
import { quote } from './quote.js';
import type { Quote } from './quote-types.js';
import type {
  BlockingReason,
  ChangeMode,
  ChangePreview,
  DimensionChange,
  Subscription,
} from './preview-types.js';

export interface PreviewChangeInput {
  readonly catalog: Catalog;
  readonly subscription: Subscription;
  readonly desired: Selection;
  /** The instant of the change: an ISO 8601 string or a Date. */
  readonly at: string | Date;
}

/**
 * What changing `subscription` to `desired` at `at` would do: which parts change and where each
 * lands (policy), whether it is blocked, and what is credited and charged today.
 * Never throws for a validated catalog: an unpriceable `desired` gives mode 'blocked'. Only an
 * invalid instant (`at`, period bounds) throws a TarifError, as that is a programming error.
 */
export function previewChange({
  catalog,
  subscription,
  desired,
  at,
}: PreviewChangeInput): ChangePreview {
  const current = subscription.selection;
  const changes = classifyChanges(catalog, resolvePolicy(catalog), current, desired);
  const blocking = blockingReasons(catalog, subscription, desired, changes);
  const requestFor = changes.filter((change) => change.effect === 'request');
  const mode = modeOf(changes, blocking, requestFor);
  const currentQuote = quoteOrEmpty(catalog, current);
  const target = mode === 'blocked' ? null : quote(catalog, desired);
  const zero: Money = { amount: 0, currency: catalog.currency };

  const base = {
    mode,
    changes,
    requestFor,
    blocking,
    featuresLost: featuresLost(catalog, current, desired),
    current: currentQuote,
    target,
  };

  if (mode !== 'purchase') {
    // Nothing happens today: a scheduled change waits for renewal, a request waits for a human.
    const renewalTotal =
      (mode === 'scheduled' || mode === 'none') && target !== null
        ? target.total
        : currentQuote.total;
    const { periodSeconds, remainingSeconds } = periodClock(subscription, at);
    return {
      ...base,
      effectiveNow: current,
      proration: [],
      proratedLines: [],
      credit: zero,
      charge: zero,
      dueToday: zero,
      balanceCredit: zero,
      nextRenewal: { date: subscription.periodEnd, total: renewalTotal },
      remainingSeconds,
      periodSeconds,
    };
  }

  const effectiveNow = applyNowParts(catalog, current, desired, changes);
  const proration = prorateChange({
    subscription,
    at,
    current: currentQuote,
    effectiveNow: quote(catalog, effectiveNow),
  });
  return {
    ...base,
    effectiveNow,
    ...proration,
    nextRenewal: { date: proration.renewalDate, total: target!.total },
  };
}

function blockingReasons(
  catalog: Catalog,
  subscription: Subscription,
  desired: Selection,
  changes: readonly DimensionChange[],
): BlockingReason[] {
  const lowered = (dimension: DimensionChange['dimension']) =>
    changes.some((change) => change.dimension === dimension && change.direction === 'down');
  const usage = { contactsInUse: subscription.contactsInUse, seatsInUse: subscription.seatsInUse };
  // Usage only blocks a part that goes down: an account already over its limit may still add seats.
  return checkSelection(catalog, desired, usage).filter(
    (reason) =>
      (reason.code !== 'contacts-below-usage' || lowered('contacts')) &&
      (reason.code !== 'seats-below-usage' || lowered('seats')),
  );
}

function modeOf(
  changes: readonly DimensionChange[],
  blocking: readonly BlockingReason[],
  requestFor: readonly DimensionChange[],
): ChangeMode {
  if (blocking.length > 0) return 'blocked';
  // A mixed change is self-serve only if every part is.
  if (requestFor.length > 0) return 'request';
  if (changes.some((change) => change.effect === 'now')) return 'purchase';
  if (changes.some((change) => change.effect === 'renewal')) return 'scheduled';
  return 'none';
}

function featuresLost(catalog: Catalog, current: Selection, desired: Selection): string[] {
  const from = findPlan(catalog, current.product, current.plan);
  const to = findPlan(catalog, desired.product, desired.plan);
  if (from === undefined || to === undefined) return [];
  return from.features.filter((feature) => !to.features.includes(feature));
}

/** The current quote, or an empty one when the subscription's own selection no longer prices. */
function quoteOrEmpty(catalog: Catalog, selection: Selection): Quote {
  try {
    return quote(catalog, selection);
  } catch (error) {
    if (!(error instanceof TarifError)) throw error;
    const total: Money = { amount: 0, currency: catalog.currency };
    return {
      interval: selection.interval,
      taxMode: catalog.taxMode,
      lines: [],
      subtotal: total,
      total,
    };
  }
}
