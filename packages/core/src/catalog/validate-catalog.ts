import type { Catalog } from './catalog-types.js';
import { IssueList, type CatalogIssue } from './catalog-issues.js';
import { changeEffects, changeKinds } from './change-policy.js';
import { checkTotalsFit } from './check-totals-fit.js';
import {
  isRecord,
  readArray,
  readNumber,
  readRecord,
  readString,
  reportDuplicates,
} from './read-fields.js';
import {
  allIntervals,
  isInterval,
  readIntervalPrices,
  type ValidateContext,
} from './validate-context.js';
import { validateProducts } from './validate-products.js';
import { validateTranslations } from './validate-translations.js';
import { isCurrencyCode } from '../money/currencies.js';
import type { Interval } from './catalog-types.js';

export type { CatalogIssue, CatalogIssueCode } from './catalog-issues.js';

/** Thrown by `validateCatalog`; `issues` lists every problem found, not only the first. */
export class CatalogValidationError extends Error {
  readonly issues: readonly CatalogIssue[];

  constructor(issues: readonly CatalogIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      first === undefined
        ? 'Invalid catalog.'
        : `Invalid catalog: ${first.path}: ${first.message}${more}`,
    );
    this.name = 'CatalogValidationError';
    this.issues = issues;
  }
}

export type ParseCatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly error: CatalogValidationError };

/** Like `validateCatalog`, but returns the error instead of throwing. */
export function parseCatalog(input: unknown): ParseCatalogResult {
  const issues = collectIssues(input);
  return issues.length === 0
    ? { ok: true, catalog: input as Catalog }
    : { ok: false, error: new CatalogValidationError(issues) };
}

/**
 * Checks untrusted input (JSON from a backend) and returns it typed as a Catalog.
 * Once it passes, pricing and previews cannot crash or produce NaN on it.
 * Unknown keys are ignored and kept.
 */
export function validateCatalog(input: unknown): Catalog {
  const result = parseCatalog(input);
  if (!result.ok) throw result.error;
  return result.catalog;
}

function collectIssues(input: unknown): CatalogIssue[] {
  const list = new IssueList();
  const root = readRecord(list, input, '$');
  if (root === undefined) return list.issues;

  readString(list, root, 'version', '$');
  const currency = readString(list, root, 'currency', '$');
  if (currency !== undefined && !isCurrencyCode(currency))
    list.report('$.currency', 'unknown-currency', currency);
  if (root['taxMode'] !== 'exclusive' && root['taxMode'] !== 'inclusive') {
    list.report(
      '$.taxMode',
      root['taxMode'] === undefined ? 'required' : 'invalid-value',
      'exclusive, inclusive',
    );
  }

  // First pass: what later checks refer to (offered intervals, band count, ids).
  const ctx: ValidateContext = {
    list,
    intervals: readIntervals(list, root),
    bandCount: readBands(list, root),
    featureIds: new Set(readFeatureIds(list, root).filter((id) => id !== undefined)),
    productIds: collectIds(root['products']),
    planIds: collectPlanIds(root['products']),
  };

  const products = readArray(list, root, 'products', '$');
  if (products !== undefined) validateProducts(ctx, products);
  const addOns = readArray(list, root, 'addOns', '$');
  if (addOns !== undefined) validateAddOns(ctx, addOns);
  validatePolicy(list, root['policy']);
  validateNearLimit(list, root['nearLimitPercent']);
  validateTranslations(list, root['translations'], {
    products: ctx.productIds,
    plans: ctx.planIds,
    features: ctx.featureIds,
    addOns: collectIds(root['addOns']),
  });

  // Only a well-formed catalog can be summed; a broken one has already been reported.
  if (list.issues.length === 0) checkTotalsFit(list, input as Catalog);
  return list.issues;
}

function readIntervals(list: IssueList, root: Record<string, unknown>): Set<Interval> {
  const offered = new Set<Interval>();
  const intervals = readArray(list, root, 'intervals', '$');
  if (intervals?.length === 0) list.report('$.intervals', 'empty', 'at least one interval');
  intervals?.forEach((interval, index) => {
    const at = `$.intervals[${index}]`;
    if (!isInterval(interval)) list.report(at, 'invalid-value', allIntervals.join(', '));
    else if (offered.has(interval)) list.report(at, 'duplicate', interval);
    else offered.add(interval);
  });
  return offered;
}

function readBands(list: IssueList, root: Record<string, unknown>): number | undefined {
  const bands = readArray(list, root, 'contactBands', '$');
  if (bands === undefined) return undefined;
  if (bands.length === 0) list.report('$.contactBands', 'empty', 'at least one contact band');
  let previous = 0;
  bands.forEach((band, index) => {
    const at = `$.contactBands[${index}]`;
    const limit = readNumber(list, band, at);
    if (limit === undefined) return;
    if (!Number.isSafeInteger(limit) || limit <= 0) list.report(at, 'invalid-band', limit);
    else if (limit <= previous)
      list.report(at, 'bands-not-increasing', `${limit} after ${previous}`);
    else previous = limit;
  });
  return bands.length;
}

function readFeatureIds(list: IssueList, root: Record<string, unknown>): (string | undefined)[] {
  const features = readArray(list, root, 'features', '$') ?? [];
  const ids = features.map((value, index) => {
    const feature = readRecord(list, value, `$.features[${index}]`);
    if (feature === undefined) return undefined;
    readString(list, feature, 'name', `$.features[${index}]`);
    return readString(list, feature, 'id', `$.features[${index}]`);
  });
  reportDuplicates(list, ids, (index) => `$.features[${index}].id`);
  return ids;
}

function validateAddOns(ctx: ValidateContext, addOns: readonly unknown[]): void {
  const ids = addOns.map((value, index) => {
    const path = `$.addOns[${index}]`;
    const addOn = readRecord(ctx.list, value, path);
    if (addOn === undefined) return undefined;
    readString(ctx.list, addOn, 'name', path);
    if (typeof addOn['description'] !== 'string')
      ctx.list.report(
        `${path}.description`,
        addOn['description'] === undefined ? 'required' : 'invalid-type',
        'a string',
      );
    readIntervalPrices(ctx, addOn['price'], `${path}.price`, true);
    for (const key of ['plans', 'includedIn'] as const) {
      readArray(ctx.list, addOn, key, path, key === 'includedIn')?.forEach((plan, planIndex) => {
        const at = `${path}.${key}[${planIndex}]`;
        if (typeof plan !== 'string') ctx.list.report(at, 'invalid-type', 'a plan id');
        else if (!ctx.planIds.has(plan)) ctx.list.report(at, 'unknown-plan', plan);
      });
    }
    return readString(ctx.list, addOn, 'id', path);
  });
  reportDuplicates(ctx.list, ids, (index) => `$.addOns[${index}].id`);
}

function validatePolicy(list: IssueList, value: unknown): void {
  if (value === undefined) return;
  const policy = readRecord(list, value, '$.policy');
  if (policy === undefined) return;
  for (const [kind, effect] of Object.entries(policy)) {
    const at = `$.policy.${kind}`;
    if (!(changeKinds as readonly string[]).includes(kind))
      list.report(at, 'unknown-change-kind', kind);
    else if (!(changeEffects as readonly unknown[]).includes(effect))
      list.report(at, 'unknown-change-effect', effect);
  }
}

function validateNearLimit(list: IssueList, value: unknown): void {
  if (value === undefined) return;
  const percent = readNumber(list, value, '$.nearLimitPercent');
  if (percent !== undefined && (percent < 1 || percent > 100))
    list.report('$.nearLimitPercent', 'near-limit-range', percent);
}

function collectIds(items: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(items))
    for (const item of items)
      if (isRecord(item) && typeof item['id'] === 'string') ids.add(item['id']);
  return ids;
}

function collectPlanIds(products: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(products))
    for (const product of products)
      if (isRecord(product)) for (const id of collectIds(product['plans'])) ids.add(id);
  return ids;
}
