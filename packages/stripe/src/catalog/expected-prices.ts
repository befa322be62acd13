import { quote } from '@tarif/core';
import type { Catalog, Interval, Selection, TaxMode } from '@tarif/core';
import { lookupKeyOf } from './lookup-keys.js';
import type { StripePriceRef } from './lookup-keys.js';
import { StripeMappingError, stripeCurrency, toStripeAmount } from './stripe-amounts.js';
import type { StripeMappingIssue } from './stripe-amounts.js';

/** A price Stripe must have, active, for the catalog to be sold through it. */
export interface ExpectedStripePrice {
  readonly lookupKey: string;
  readonly ref: StripePriceRef;
  /** Stripe's `currency`: the catalog's ISO code in lower case. */
  readonly currency: string;
  /** Stripe's `unit_amount`, an integer (see `toStripeAmount`; equal to Tarif's minor units except ISK). */
  readonly unitAmount: number;
  /** Stripe's `recurring.interval`, with `interval_count` 1. */
  readonly interval: Interval;
  /** Stripe's `tax_behavior`: the catalog's `taxMode`. */
  readonly taxBehavior: TaxMode;
  /** A label for people (Stripe's `nickname`); never compared. */
  readonly nickname: string;
  /** Metadata to create the price with, so a price found in Stripe says where it came from. */
  readonly metadata: { readonly [key: string]: string };
}

const intervalNames: { readonly [I in Interval]: string } = { month: 'monthly', year: 'yearly' };

/**
 * Every Stripe price the catalog needs, in catalog order: for each self-serve plan, one price per
 * offered interval and contact band, then its extra-seat price per interval (when the plan sells
 * seats beyond those included); then each add-on per interval. Contact-sales plans have none.
 * All are per-unit licensed recurring prices with interval_count 1.
 * Throws StripeMappingError listing every amount Stripe cannot represent exactly, or when the
 * currency has no verified Stripe form. Pure: no Stripe call.
 */
export function expectedStripePrices(catalog: Catalog): ExpectedStripePrice[] {
  const currency = stripeCurrency(catalog.currency);
  const base = { version: catalog.version, currency };
  const prices: ExpectedStripePrice[] = [];
  const issues: StripeMappingIssue[] = [];

  const add = (ref: StripePriceRef, amount: number, nickname: string) => {
    try {
      const lookupKey = lookupKeyOf(ref);
      const unitAmount = toStripeAmount(amount, catalog.currency);
      prices.push({
        lookupKey,
        ref,
        currency,
        unitAmount,
        interval: ref.interval,
        taxBehavior: catalog.taxMode,
        nickname,
        metadata: metadataOf(ref),
      });
    } catch (error) {
      if (!(error instanceof StripeMappingError)) throw error;
      issues.push(...error.issues);
    }
  };

  for (const product of catalog.products) {
    for (const plan of product.plans) {
      if (plan.contactSales === true) continue;
      for (const interval of catalog.intervals) {
        const bands = plan.prices?.[interval];
        if (bands === undefined) continue;
        catalog.contactBands.forEach((contactLimit, band) => {
          const amount = bands[band];
          if (amount === undefined) return;
          add(
            { kind: 'plan', ...base, product: product.id, plan: plan.id, interval, contactLimit },
            amount,
            `${product.name} ${plan.name}, ${contactLimit} contacts, ${intervalNames[interval]}`,
          );
        });
      }
      if (plan.seats.max <= plan.seats.included) continue;
      for (const interval of catalog.intervals) {
        const amount = plan.seats.price[interval];
        if (amount === undefined) continue;
        add(
          { kind: 'seat', ...base, product: product.id, plan: plan.id, interval },
          amount,
          `${product.name} ${plan.name}, extra seat, ${intervalNames[interval]}`,
        );
      }
    }
  }
  for (const addOn of catalog.addOns) {
    for (const interval of catalog.intervals) {
      const amount = addOn.price[interval];
      if (amount === undefined) continue;
      add(
        { kind: 'addOn', ...base, addOn: addOn.id, interval },
        amount,
        `${addOn.name}, ${intervalNames[interval]}`,
      );
    }
  }
  if (issues.length > 0) throw new StripeMappingError(issues);
  return prices;
}

function metadataOf(ref: StripePriceRef): { [key: string]: string } {
  const common = {
    tarif_catalog_version: ref.version,
    tarif_kind: ref.kind,
    tarif_interval: ref.interval,
  };
  switch (ref.kind) {
    case 'plan':
      return {
        ...common,
        tarif_product: ref.product,
        tarif_plan: ref.plan,
        tarif_contacts: String(ref.contactLimit),
      };
    case 'seat':
      return { ...common, tarif_product: ref.product, tarif_plan: ref.plan };
    case 'addOn':
      return { ...common, tarif_add_on: ref.addOn };
  }
}

/** One subscription item: the price (by lookup key) and its quantity. */
export interface StripeItem {
  readonly lookupKey: string;
  readonly quantity: number;
}

/**
 * The subscription items that bill `selection`, read off core's own `quote` so that Stripe bills
 * what Tarif shows: the plan at its band (quantity 1), the extra-seat price with quantity
 * `seats - included` (no item at zero), and each add-on the plan does not include (quantity 1).
 * Throws TarifError for a selection core cannot price (unknown ids, a contact-sales plan).
 */
export function stripeItemsFor(catalog: Catalog, selection: Selection): StripeItem[] {
  const currency = stripeCurrency(catalog.currency);
  const base = { version: catalog.version, currency, interval: selection.interval };
  const { product, plan } = selection;
  return quote(catalog, selection).lines.map((line): StripeItem => {
    switch (line.code) {
      case 'plan':
        return {
          lookupKey: lookupKeyOf({
            kind: 'plan',
            ...base,
            product,
            plan,
            contactLimit: selection.contactLimit,
          }),
          quantity: line.quantity,
        };
      case 'seats':
        return {
          lookupKey: lookupKeyOf({ kind: 'seat', ...base, product, plan }),
          quantity: line.quantity,
        };
      case 'addOn':
        return {
          lookupKey: lookupKeyOf({ kind: 'addOn', ...base, addOn: String(line.params['addOnId']) }),
          quantity: line.quantity,
        };
    }
  });
}
