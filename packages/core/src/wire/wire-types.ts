// The JSON bodies of the billing API (docs/openapi.yaml), shared by @tarif/react's adapters and
// @tarif/server so the two sides cannot drift. Types only: nothing here reaches a bundle.
import type { Selection } from '../catalog/catalog-types.js';
import type { ScheduledChange } from '../commit/commit-types.js';
import type { Money } from '../money/money.js';
import type { ChangePreview, Subscription } from '../pricing/preview-types.js';
import type { BillingDetails, PreviewTax, TaxDecision, TaxedAmount } from '../tax/tax-types.js';

export type { ScheduledChange };

/** Why a viewer may look but not buy. */
export type ReadOnlyReason = 'not-primary-admin';

/** The person looking at the widgets. */
export interface Viewer {
  readonly userId: string;
  readonly name: string;
  readonly canManageBilling: boolean;
  readonly reason?: ReadOnlyReason;
}

/** Who can change billing, shown to viewers who cannot. */
export interface PrimaryAdmin {
  readonly name: string;
  readonly email: string;
}

/**
 * What the account pays with, as the payment provider has it on file: a card (its brand as the
 * provider names it, `visa`, `mastercard`, `amex`…, the last four digits and its expiry month and
 * year) or a SEPA Direct Debit mandate (the IBAN's last four).
 */
export type PaymentMethodSummary =
  | {
      readonly type: 'card';
      readonly brand: string;
      readonly last4: string;
      /** 1 to 12. */
      readonly expMonth: number;
      readonly expYear: number;
    }
  | { readonly type: 'sepa_debit'; readonly last4: string };

/**
 * `GET /account`. A client receives the catalog as untrusted JSON (`unknown`) and validates it
 * with `validateCatalog`; the server that sends it holds a validated `Catalog`.
 */
export interface AccountSnapshot<TCatalog = unknown> {
  readonly accountId: string;
  readonly catalog: TCatalog;
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
  /** Credit carried on the account (amount >= 0). */
  readonly balance: Money;
  readonly viewer: Viewer;
  readonly primaryAdmin: PrimaryAdmin;
  /** Who the account is for tax, when the backend knows (country, VAT number, exemption). */
  readonly billingDetails?: BillingDetails | null;
  /**
   * How the backend taxes this account (treatment and rate), so the client's estimate can show
   * tax before the server's preview arrives. Absent from a backend that computes no tax.
   */
  readonly taxDecision?: TaxDecision;
  /**
   * What a purchase will be charged to; null when nothing is on file. Absent when the backend
   * does not say (the page then shows nothing about it).
   */
  readonly paymentMethod?: PaymentMethodSummary | null;
}

/** `POST /previews`: a change priced by the server, which remembers it until `expiresAt`. */
export interface ServerPreview {
  readonly id: string;
  readonly expiresAt: string;
  readonly catalogVersion: string;
  /** Computed by the server with @tarif/core at its own clock; a client's amounts are never read. */
  readonly preview: ChangePreview;
  /**
   * Tax on the preview, per line and in total, today and at renewal, computed by the server.
   * Absent from a backend that computes no tax: the amounts are then shown as they are.
   */
  readonly tax?: PreviewTax;
}

/** `POST /commits`, replayed as is for a repeated Idempotency-Key. */
export interface CommitResult {
  readonly id: string;
  readonly status: 'succeeded';
  readonly mode: 'purchase' | 'scheduled';
  /** The amount debited, tax included (the gross of `tax` when present). */
  readonly charged: Money;
  /** Today's amounts before and after tax, as reviewed (net, each tax, gross). */
  readonly tax?: TaxedAmount;
  readonly subscription: Subscription;
  readonly scheduled: ScheduledChange | null;
  readonly balance: Money;
}

/**
 * `DELETE /commits` answer: the commit that waited for authentication was dropped (nothing
 * charged, nothing applied), or it had been paid meanwhile and this is its result.
 */
export type AbandonCommitResult = CommitResult | { readonly status: 'abandoned' };

/** `DELETE /scheduled-change` answer: the subscription, with nothing left waiting for the renewal. */
export interface CancelScheduledResult {
  readonly subscription: Subscription;
  readonly scheduled: null;
}

/** `POST /change-requests` body. */
export interface ChangeRequestInput {
  readonly subject: string;
  readonly message: string;
  readonly contactEmail: string;
  readonly selection?: Selection;
}

/** `POST /change-requests` answer (201). */
export interface ChangeRequestReceipt {
  readonly id: string;
  readonly receivedAt: string;
}
