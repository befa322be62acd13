import type { Interval } from '@tarif/core';
import { StripeMappingError } from './stripe-amounts.js';

/**
 * One priced thing of a catalog version, which is one Stripe Price:
 * - `plan`: a plan at a contact band, per interval (quantity 1);
 * - `seat`: one seat beyond the plan's `included`, per interval (quantity = extra seats);
 * - `addOn`: an add-on, per interval (quantity 1), the same price on every plan that sells it.
 * `currency` is the ISO code in lower case, as Stripe writes it.
 */
export type StripePriceRef =
  | {
      readonly kind: 'plan';
      readonly version: string;
      readonly currency: string;
      readonly product: string;
      readonly plan: string;
      readonly interval: Interval;
      readonly contactLimit: number;
    }
  | {
      readonly kind: 'seat';
      readonly version: string;
      readonly currency: string;
      readonly product: string;
      readonly plan: string;
      readonly interval: Interval;
    }
  | {
      readonly kind: 'addOn';
      readonly version: string;
      readonly currency: string;
      readonly addOn: string;
      readonly interval: Interval;
    };

/** Stripe's limit on a price's `lookup_key`. */
export const maxLookupKeyLength = 200;

const prefix = 'tarif';

// Ids and versions are free strings: ':' (the separator) and '%' (the escape) are percent-encoded,
// so every key reads back to exactly the ref it was made from.
const escape = (segment: string) =>
  segment.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'));
const unescape = (segment: string) =>
  segment.replace(/%(25|3A)/g, (code) => (code === '%25' ? '%' : ':'));

/**
 * The Stripe `lookup_key` of a price:
 * - `tarif:<version>:<currency>:plan:<product>:<plan>:<interval>:contacts-<limit>`
 * - `tarif:<version>:<currency>:seat:<product>:<plan>:<interval>`
 * - `tarif:<version>:<currency>:addon:<addOn>:<interval>`
 *
 * e.g. `tarif:demo-eur-1:eur:plan:marketing:plus:month:contacts-10000`. The catalog version is in
 * the key because a key then names one immutable fact (this amount, in this catalog version), like
 * a Stripe Price itself: accounts on an older catalog version keep resolving their prices while new
 * ones use the next, and no `transfer_lookup_key` ever moves a key under a live subscription. The
 * currency is in the key because one Stripe account sells several catalogs with the same ids (the
 * EUR, USD and JPY demo catalogs), and nothing obliges their versions to differ.
 * Throws StripeMappingError when the key would be longer than Stripe's 200 characters.
 */
export function lookupKeyOf(ref: StripePriceRef): string {
  const head = [prefix, ref.version, ref.currency];
  const tail =
    ref.kind === 'plan'
      ? ['plan', ref.product, ref.plan, ref.interval, `contacts-${ref.contactLimit}`]
      : ref.kind === 'seat'
        ? ['seat', ref.product, ref.plan, ref.interval]
        : ['addon', ref.addOn, ref.interval];
  const key = [...head, ...tail].map(escape).join(':');
  if (key.length > maxLookupKeyLength) {
    throw new StripeMappingError([
      {
        code: 'lookup-key-too-long',
        message: `The lookup key ${key} is longer than Stripe's ${maxLookupKeyLength} characters; shorten the catalog version or ids.`,
      },
    ]);
  }
  return key;
}

const isInterval = (value: string | undefined): value is Interval =>
  value === 'month' || value === 'year';

/** The price a Tarif lookup key names, or null for any other string (a key Tarif did not make). */
export function parseLookupKey(key: string): StripePriceRef | null {
  const [head, version, currency, kind, ...rest] = key.split(':').map(unescape);
  if (head !== prefix || !version || !currency) return null;
  if (kind === 'plan' && rest.length === 4) {
    const [product, plan, interval, band] = rest;
    const limit = /^contacts-([1-9][0-9]*)$/.exec(band ?? '')?.[1];
    if (!product || !plan || !isInterval(interval) || limit === undefined) return null;
    const contactLimit = Number(limit);
    if (!Number.isSafeInteger(contactLimit)) return null;
    return { kind, version, currency, product, plan, interval, contactLimit };
  }
  if (kind === 'seat' && rest.length === 3) {
    const [product, plan, interval] = rest;
    if (!product || !plan || !isInterval(interval)) return null;
    return { kind, version, currency, product, plan, interval };
  }
  if (kind === 'addon' && rest.length === 2) {
    const [addOn, interval] = rest;
    if (!addOn || !isInterval(interval)) return null;
    return { kind: 'addOn', version, currency, addOn, interval };
  }
  return null;
}
