import type { CurrencyCode } from '../money/currencies.js';

/** A billing interval. Yearly prices are declared by the catalog, never derived from monthly ones. */
export type Interval = 'month' | 'year';

/** An amount in minor units for each interval a price is offered in. */
export type IntervalPrices = { readonly [I in Interval]?: number };

/** Whether catalog prices are shown excluding or including tax. Computing tax is the backend's job. */
export type TaxMode = 'exclusive' | 'inclusive';

/** Where a kind of change lands: prorated today, at the next renewal, or through a change request. */
export type ChangeEffect = 'now' | 'renewal' | 'request';

/** Every kind of change the policy decides on. */
export type ChangeKind =
  | 'contactsUp'
  | 'contactsDown'
  | 'seatsUp'
  | 'seatsDown'
  | 'planUp'
  | 'planDown'
  | 'addOnAdd'
  | 'addOnRemove'
  | 'bundle'
  | 'unbundle'
  | 'productChange'
  | 'intervalUp'
  | 'intervalDown';

export type ChangePolicy = { readonly [K in ChangeKind]: ChangeEffect };

export interface Feature {
  readonly id: string;
  readonly name: string;
}

export interface SeatRule {
  /** Seats the plan price already includes. */
  readonly included: number;
  /** Fewest seats the plan can have. */
  readonly min: number;
  /** Most seats the plan can have. */
  readonly max: number;
  /** Price of each seat beyond `included`, per interval, in minor units. */
  readonly price: IntervalPrices;
}

export interface Plan {
  readonly id: string;
  readonly name: string;
  /** A contact-sales tier has no self-serve price. */
  readonly contactSales?: boolean;
  /** Price of the plan at each contact band (same order as `Catalog.contactBands`), per interval. */
  readonly prices?: { readonly [I in Interval]?: readonly number[] };
  readonly seats: SeatRule;
  /** Feature ids this plan gives. */
  readonly features: readonly string[];
}

export interface Product {
  readonly id: string;
  readonly name: string;
  /** For a bundle: the product ids it contains. */
  readonly bundleOf?: readonly string[];
  /** Plan tiers in ascending order (Starter < Plus < Pro < Enterprise). */
  readonly plans: readonly Plan[];
}

export interface AddOn {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly price: IntervalPrices;
  /** Plan ids that may have this add-on. */
  readonly plans: readonly string[];
  /** Plan ids where this add-on is included at no charge. */
  readonly includedIn?: readonly string[];
}

/** Catalog text in one locale, by id; a string left out keeps the catalog's own. */
export interface CatalogTranslation {
  readonly products?: { readonly [productId: string]: string };
  /** By plan id, so one entry names that tier in every product. */
  readonly plans?: { readonly [planId: string]: string };
  readonly features?: { readonly [featureId: string]: string };
  readonly addOns?: {
    readonly [addOnId: string]: { readonly name?: string; readonly description?: string };
  };
}

/** A validated price list. Amounts are integers in minor units of `currency`. */
export interface Catalog {
  /** Changes whenever any price changes; previews and commits carry it. */
  readonly version: string;
  readonly currency: CurrencyCode;
  readonly taxMode: TaxMode;
  readonly intervals: readonly Interval[];
  /** Contact limits of the bands, strictly increasing (1000, 2500, 5000 ...). Beyond the last: contact sales. */
  readonly contactBands: readonly number[];
  readonly products: readonly Product[];
  readonly addOns: readonly AddOn[];
  readonly features: readonly Feature[];
  /** Overrides of the default change policy. */
  readonly policy?: Partial<ChangePolicy>;
  /** Share of the contact limit, in percent, from which usage counts as near the limit. Default 90. */
  readonly nearLimitPercent?: number;
  /** Names and descriptions in other languages, keyed by canonical BCP 47 tag (`fr`, `fr-CA`). */
  readonly translations?: { readonly [locale: string]: CatalogTranslation };
}

/** What a customer buys. */
export interface Selection {
  readonly product: string;
  readonly plan: string;
  readonly interval: Interval;
  /** One of `Catalog.contactBands`. */
  readonly contactLimit: number;
  readonly seats: number;
  /** Add-on ids, in any order. */
  readonly addOns: readonly string[];
}
