import { formatDate as formatCalendarDate } from '@tarif/core';
import type {
  BlockingCode,
  Catalog,
  ChangeMode,
  ChangePreview,
  DimensionChange,
  Feature,
  Money,
} from '@tarif/core';
import type { AdapterError } from '../adapter/adapter-error.js';
import type { ServerPreview } from '../adapter/adapter-types.js';
import { describeChanges, describeRequest } from '../flow/describe-change.js';
import type { ChangeDescription } from '../flow/describe-change.js';
import { needsSales, reviewNextStep } from '../flow/select-next-step.js';
import type { ReviewNextStep } from '../flow/select-next-step.js';
import { isReviewOpen, reviewStatusOf, serverPreviewOf } from '../flow/select-review.js';
import { useBillingStore } from '../provider/billing-context.js';
import {
  selectAccount,
  selectContactsBeyond,
  selectDraft,
  selectFlow,
} from '../provider/selectors.js';
import { useStoreSelector } from '../provider/use-store-selector.js';
import { useMessages } from '../i18n/use-messages.js';
import { lastDayOfPeriod } from './last-day.js';
import { estimateTax, reviewTaxOf } from './review-tax.js';
import type { ReviewTax } from './review-tax.js';
import type { MessagesValue } from '../i18n/locale-context.js';
import { errorMessageKey } from '../i18n/error-message-key.js';

export type { ChangeDescription, ReviewNextStep };
export type { ReviewTax, ReviewTaxRow, ReviewTaxTotals } from './review-tax.js';

/** Where the review's figures come from: core's local estimate, or the server's preview. */
export type ReviewSource = 'estimate' | 'server';

/** One priced line of the review, labelled in the viewer's language. */
export interface ReviewLine {
  readonly id: string;
  readonly code: 'plan' | 'seats' | 'addOn' | 'credit' | 'charge';
  readonly label: string;
  readonly amount: Money;
  readonly amountText: string;
}

/** Why the change cannot be made as asked, in words. */
export interface ReviewBlocking {
  readonly code: BlockingCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** The review of the draft: its figures, what changes, what needs sales, and its events. */
export interface Review {
  readonly isOpen: boolean;
  /** Starts reviewing the draft: the estimate shows at once, the server preview follows. */
  readonly open: () => void;
  readonly close: () => void;
  /** 'estimate' until the server's preview for this exact draft arrives. */
  readonly source: ReviewSource | null;
  /** A server preview request is waiting (debounced or in flight). */
  readonly pending: boolean;
  readonly preview: ChangePreview | null;
  readonly serverPreview: ServerPreview | null;
  readonly mode: ChangeMode;
  /** What today's charge is made of (credit and charge). */
  readonly lines: readonly ReviewLine[];
  /** The recurring price from the next renewal. */
  readonly recurringLines: readonly ReviewLine[];
  readonly dueToday: Money | null;
  readonly dueTodayText: string | null;
  readonly balanceCredit: Money | null;
  readonly balanceCreditText: string | null;
  readonly nextRenewal: {
    readonly date: string;
    readonly dateText: string;
    readonly total: Money;
    readonly totalText: string;
  } | null;
  /**
   * The backend's tax on the change, today and at renewal (subtotal, each tax, total), once the
   * server has priced it; null for an estimate, a backend without tax, or no tax collected.
   */
  readonly tax: ReviewTax | null;
  readonly blocking: readonly ReviewBlocking[];
  /** Every part of the change, in words (« Contact limit · 10,000 → 20,000 contacts »). */
  readonly changes: readonly ChangeDescription[];
  /** Only sales can make this change: it goes to the change request, not to a commit. */
  readonly needsSales: boolean;
  /** The review's main action: 'confirm', 'acknowledge' a new price first, or 'request' it from sales. */
  readonly nextStep: ReviewNextStep;
  readonly requestFor: readonly DimensionChange[];
  /** One sentence per requested part, e.g. "Downgrade from Pro to Plus". */
  readonly requestSummary: readonly string[];
  readonly featuresLost: readonly Feature[];
  /** The server re-priced at commit time; the numbers shown are the new ones. */
  readonly priceChanged: boolean;
  readonly acknowledgePriceChange: () => void;
  readonly error: AdapterError | null;
  readonly errorText: string | null;
  readonly retry: () => void;
}

/** The review of the draft: local estimate first, replaced by the newest server preview. */
export function useReview(): Review {
  const store = useBillingStore('useReview');
  // The server preview and the estimate are read at render: they follow these four slices.
  const { catalog, snapshot } = useStoreSelector(store, selectAccount);
  const draft = useStoreSelector(store, selectDraft);
  const beyond = useStoreSelector(store, selectContactsBeyond);
  const flow = useStoreSelector(store, selectFlow);
  const messages = useMessages();
  const { t } = messages;
  const state = store.getState();
  const server = serverPreviewOf(state);
  const estimate = store.getEstimate(state).preview;
  const preview = server?.preview ?? estimate;
  const source: ReviewSource | null = server ? 'server' : estimate ? 'estimate' : null;
  const { pending, error, priceChanged } = reviewStatusOf(flow);
  const sales = needsSales(preview, beyond);
  const send = (type: 'REVIEW' | 'CLOSE' | 'ACKNOWLEDGE_PRICE' | 'RETRY_PREVIEW') => () =>
    store.send({ type });

  return {
    isOpen: isReviewOpen(flow.status),
    open: send('REVIEW'),
    close: send('CLOSE'),
    source,
    pending,
    preview,
    serverPreview: server,
    // Past the last band only sales can quote; the draft keeps the last band meanwhile.
    mode: beyond ? 'request' : (preview?.mode ?? 'none'),
    lines: preview ? prorationLines(preview, messages) : [],
    recurringLines: preview?.target ? quoteLines(preview.target.lines, catalog, messages) : [],
    dueToday: preview?.dueToday ?? null,
    dueTodayText: preview ? messages.formatMoney(preview.dueToday) : null,
    balanceCredit: preview?.balanceCredit ?? null,
    balanceCreditText: preview ? messages.formatMoney(preview.balanceCredit) : null,
    nextRenewal: preview
      ? {
          date: preview.nextRenewal.date,
          dateText: messages.formatDate(preview.nextRenewal.date),
          total: preview.nextRenewal.total,
          totalText: messages.formatMoney(preview.nextRenewal.total),
        }
      : null,
    // The server's tax; before it answers, the estimate taxed as the server said it taxes this account.
    tax: reviewTaxOf(server ? server.tax : estimateTax(estimate, snapshot?.taxDecision), messages),
    blocking: (preview?.blocking ?? []).map((reason) => ({
      ...reason,
      message: t(`blocking.${reason.code}`, blockingParams(reason.params)),
    })),
    changes: catalog && preview ? describeChanges(catalog, preview, t) : [],
    needsSales: sales,
    nextStep: reviewNextStep(sales, priceChanged),
    requestFor: preview?.requestFor ?? [],
    requestSummary: catalog && draft ? describeRequest(catalog, draft, preview, beyond, t) : [],
    featuresLost: (preview?.featuresLost ?? []).map(
      (id) => catalog?.features.find((f) => f.id === id) ?? { id, name: id },
    ),
    priceChanged,
    acknowledgePriceChange: send('ACKNOWLEDGE_PRICE'),
    error,
    errorText: error ? t(errorMessageKey(error.code)) : null,
    retry: send('RETRY_PREVIEW'),
  };
}

function prorationLines(
  preview: ChangePreview,
  { t, formatMoney, formatDate, locale, timeZone }: MessagesValue,
): ReviewLine[] {
  return preview.proration.map((line, index) => ({
    id: `${line.code}-${index}`,
    code: line.code,
    // The end is exclusive (the renewal instant): the label names the last day covered, in the
    // viewer's time zone, then formatted as that calendar day (hence UTC).
    label: t(`line.${line.code}`, {
      from: formatDate(line.from),
      to: formatCalendarDate(lastDayOfPeriod(line.from, line.to, timeZone), locale, {
        timeZone: 'UTC',
      }),
    }),
    amount: line.amount,
    amountText: formatMoney(line.amount),
  }));
}

function quoteLines(
  lines: ChangePreview['current']['lines'],
  catalog: Catalog | null,
  { t, formatMoney }: MessagesValue,
): ReviewLine[] {
  return lines.map((line, index) => ({
    id: `${line.code}-${index}`,
    code: line.code,
    label: t(`line.${line.code}`, {
      ...line.params,
      ...catalogNames(catalog, line.params),
      count: line.quantity,
    }),
    amount: line.amount,
    amountText: formatMoney(line.amount),
  }));
}

/** Names by id from the localized catalog: a server preview's params carry the server's names, in its language. */
function catalogNames(
  catalog: Catalog | null,
  { productId, planId, addOnId }: Readonly<Record<string, string | number>>,
): Record<string, string> {
  const product = catalog?.products.find((candidate) => candidate.id === productId);
  const plan = product?.plans.find((candidate) => candidate.id === planId);
  const addOn = catalog?.addOns.find((candidate) => candidate.id === addOnId);
  return {
    ...(product && { product: product.name }),
    ...(plan && { plan: plan.name }),
    ...(addOn && { addOn: addOn.name }),
  };
}

/** Plural messages choose their form from `count`: the number the sentence is about. */
function blockingParams(
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const count = params['contactsInUse'] ?? params['seatsInUse'] ?? params['min'] ?? params['max'];
  return count === undefined ? { ...params } : { ...params, count };
}
