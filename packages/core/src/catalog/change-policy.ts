import type { Catalog, ChangeEffect, ChangeKind, ChangePolicy } from './catalog-types.js';

/**
 * What each kind of change does unless the catalog overrides it. Increases are sold now and
 * prorated; decreases wait for renewal (the customer paid for the period); anything that can
 * lose data or features (plan down, add-on removal, leaving a bundle, switching product, going
 * back to monthly) goes through a change request.
 */
export const defaultChangePolicy = {
  contactsUp: 'now',
  seatsUp: 'now',
  planUp: 'now',
  addOnAdd: 'now',
  bundle: 'now',
  intervalUp: 'now',
  contactsDown: 'renewal',
  seatsDown: 'renewal',
  planDown: 'request',
  addOnRemove: 'request',
  unbundle: 'request',
  productChange: 'request',
  intervalDown: 'request',
} as const satisfies ChangePolicy;

/** Every change kind, in a stable order (the validator and the docs walk it). */
export const changeKinds = Object.keys(defaultChangePolicy) as readonly ChangeKind[];

/** Every change effect. */
export const changeEffects = [
  'now',
  'renewal',
  'request',
] as const satisfies readonly ChangeEffect[];

const resolved = new WeakMap<Catalog, ChangePolicy>();

/** The default policy with the catalog's overrides applied. */
export function resolvePolicy(catalog: Catalog): ChangePolicy {
  if (catalog.policy === undefined) return defaultChangePolicy;
  // Previews run on every keystroke of a stepper; merge once per catalog object.
  let policy = resolved.get(catalog);
  if (policy === undefined) {
    policy = { ...defaultChangePolicy, ...catalog.policy };
    resolved.set(catalog, policy);
  }
  return policy;
}
