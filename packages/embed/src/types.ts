// The public types of @tarif/embed. Self-contained on purpose: a host without React or our other
// packages type-checks against these alone.

/** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
export type BillingPageTheme = 'light' | 'dark' | 'auto';

/** Headers for every API call, or a function giving them before each call (fresh bearer tokens). */
export type BillingPageHeaders =
  Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** A language of the host's own: `{ es: { 'ui.billing.title': 'Facturación', … } }` (docs/localization.md). */
export type BillingPageLocalePack = { readonly [locale: string]: Readonly<Record<string, string>> };

export interface BillingPageOptions {
  /** Base URL of the billing API (`@tarif/server`'s handler), e.g. '/api/billing'. */
  apiBase: string;
  /**
   * BCP 47 tag. 'en' is built in, 'fr' and 'de' load on first use; others need `locales`, or the
   * page shows English and fires `tarif:error` (operation 'locale'). Default 'en'.
   */
  locale?: string;
  /** Default 'auto'. */
  theme?: BillingPageTheme;
  /** IANA time zone for dates. Default 'UTC'. */
  timeZone?: string;
  /** Auth for the API. Never an attribute: secrets stay out of the DOM. */
  headers?: BillingPageHeaders;
  /** Languages the host registers besides the shipped English, French and German. */
  locales?: readonly BillingPageLocalePack[];
}

/** What `mountBillingPage` returns. */
export interface MountedBillingPage {
  /** Changes some options; the draft the user is editing survives (unless `apiBase` changes). */
  update(options: Partial<BillingPageOptions>): void;
  /** Removes the page and its dialogs from the element. */
  unmount(): void;
}

/** An amount in minor units of an ISO 4217 currency (cents for EUR): `{ amount: 5900, currency: 'EUR' }`. */
export interface BillingMoney {
  readonly amount: number;
  readonly currency: string;
}

/** What a subscription is made of (docs/openapi.yaml, `Selection`). */
export interface BillingSelection {
  readonly product: string;
  readonly plan: string;
  readonly interval: 'month' | 'year';
  readonly contactLimit: number;
  readonly seats: number;
  readonly addOns: readonly string[];
}

/** The commit result of the wire contract (docs/openapi.yaml, `CommitResult`). */
export interface BillingCommitResult {
  readonly id: string;
  readonly status: 'succeeded';
  /** `purchase`: charged now; `scheduled`: takes effect at the renewal, nothing charged. */
  readonly mode: 'purchase' | 'scheduled';
  readonly charged: BillingMoney;
  readonly subscription: {
    readonly selection: BillingSelection;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly contactsInUse: number;
    readonly seatsInUse: number;
  };
  readonly scheduled: { readonly selection: BillingSelection; readonly effectiveAt: string } | null;
  /** Credit left on the account. */
  readonly balance: BillingMoney;
}

/** `tarif:purchase`: a purchase or a scheduled change went through. */
export interface BillingPurchaseDetail {
  readonly result: BillingCommitResult;
}

/** `tarif:change-request`: a change request was sent to the account's team. */
export interface BillingChangeRequestDetail {
  /** What the user sent (subject, message, contact email, selection). */
  readonly request: Readonly<Record<string, unknown>>;
  /** The server's receipt (`ChangeRequestReceipt`, with its id). */
  readonly receipt: Readonly<Record<string, unknown>>;
}

/**
 * `tarif:error`: an API call failed (cancelled calls are not reported), or the page cannot show
 * the locale asked for (operation 'locale').
 */
export interface BillingErrorDetail {
  /** The adapter operation, e.g. 'loadAccount', 'commitChange'; or 'locale'. */
  readonly operation: string;
  /**
   * The error code ('network', 'forbidden', 'price-changed', …), or 'unknown'. For 'locale':
   * 'locale-unsupported' (no messages for it: English is shown) or 'locale-unavailable' (a
   * shipped language's file did not load: the page keeps its current language).
   */
  readonly code: string;
  readonly message: string;
}

export interface BillingPageEventMap {
  'tarif:purchase': CustomEvent<BillingPurchaseDetail>;
  'tarif:change-request': CustomEvent<BillingChangeRequestDetail>;
  'tarif:error': CustomEvent<BillingErrorDetail>;
}

// The events bubble, so `page.addEventListener('tarif:purchase', (e) => e.detail.result …)` is
// typed on the element and on any ancestor a host listens on.
declare global {
  interface HTMLElementEventMap {
    'tarif:purchase': CustomEvent<BillingPurchaseDetail>;
    'tarif:change-request': CustomEvent<BillingChangeRequestDetail>;
    'tarif:error': CustomEvent<BillingErrorDetail>;
  }
}
