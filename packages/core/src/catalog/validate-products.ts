import { allIntervals, readIntervalPrices, type ValidateContext } from './validate-context.js';
import {
  isRecord,
  readAmount,
  readArray,
  readCount,
  readRecord,
  readString,
  reportDuplicates,
  type Json,
} from './read-fields.js';

/** Checks `$.products`: ids, bundles, and every plan's prices, seats and features. */
export function validateProducts(ctx: ValidateContext, products: readonly unknown[]): void {
  if (products.length === 0)
    ctx.list.report('$.products', 'empty', 'a catalog sells at least one product');
  const ids = products.map((product, index) =>
    validateProduct(ctx, product, `$.products[${index}]`),
  );
  reportDuplicates(ctx.list, ids, (index) => `$.products[${index}].id`);
}

function validateProduct(ctx: ValidateContext, value: unknown, path: string): string | undefined {
  const product = readRecord(ctx.list, value, path);
  if (product === undefined) return undefined;
  const id = readString(ctx.list, product, 'id', path);
  readString(ctx.list, product, 'name', path);

  const bundleOf = readArray(ctx.list, product, 'bundleOf', path, true);
  if (bundleOf !== undefined && bundleOf.length === 0)
    ctx.list.report(`${path}.bundleOf`, 'empty', 'bundleOf');
  bundleOf?.forEach((member, index) => {
    const at = `${path}.bundleOf[${index}]`;
    if (typeof member !== 'string') ctx.list.report(at, 'invalid-type', 'a product id');
    else if (member === id) ctx.list.report(at, 'bundle-self', member);
    else if (!ctx.productIds.has(member)) ctx.list.report(at, 'unknown-product', member);
  });

  const plans = readArray(ctx.list, product, 'plans', path);
  if (plans !== undefined) {
    if (plans.length === 0) ctx.list.report(`${path}.plans`, 'empty', 'plans');
    const planIds = plans.map((plan, index) => validatePlan(ctx, plan, `${path}.plans[${index}]`));
    reportDuplicates(ctx.list, planIds, (index) => `${path}.plans[${index}].id`);
  }
  return id;
}

function validatePlan(ctx: ValidateContext, value: unknown, path: string): string | undefined {
  const plan = readRecord(ctx.list, value, path);
  if (plan === undefined) return undefined;
  const id = readString(ctx.list, plan, 'id', path);
  readString(ctx.list, plan, 'name', path);
  let selfServe = true;
  if (plan['contactSales'] !== undefined) {
    if (typeof plan['contactSales'] !== 'boolean')
      ctx.list.report(`${path}.contactSales`, 'invalid-type', 'a boolean');
    else selfServe = !plan['contactSales'];
  }
  validatePlanPrices(ctx, plan, path, selfServe);
  validateSeats(ctx, plan['seats'], `${path}.seats`, selfServe);
  readArray(ctx.list, plan, 'features', path)?.forEach((feature, index) => {
    const at = `${path}.features[${index}]`;
    if (typeof feature !== 'string') ctx.list.report(at, 'invalid-type', 'a feature id');
    else if (!ctx.featureIds.has(feature)) ctx.list.report(at, 'unknown-feature', feature);
  });
  return id;
}

/** Volume-style prices: one amount per contact band, never falling as the band rises. */
function validatePlanPrices(
  ctx: ValidateContext,
  plan: Json,
  path: string,
  selfServe: boolean,
): void {
  const at = `${path}.prices`;
  if (plan['prices'] === undefined) {
    if (selfServe) ctx.list.report(at, 'required', 'prices of a self-serve plan');
    return;
  }
  if (!isRecord(plan['prices'])) {
    ctx.list.report(at, 'invalid-type', 'an object of price arrays per interval');
    return;
  }
  const prices = plan['prices'];
  for (const interval of allIntervals) {
    const list = prices[interval];
    const listPath = `${at}.${interval}`;
    if (list === undefined) {
      if (selfServe && ctx.intervals.has(interval))
        ctx.list.report(listPath, 'missing-price', interval);
      continue;
    }
    if (!ctx.intervals.has(interval)) ctx.list.report(listPath, 'interval-not-offered', interval);
    if (!Array.isArray(list)) {
      ctx.list.report(listPath, 'invalid-type', 'an array of amounts, one per contact band');
      continue;
    }
    if (ctx.bandCount !== undefined && list.length !== ctx.bandCount) {
      ctx.list.report(listPath, 'price-length', `${list.length} prices for ${ctx.bandCount} bands`);
    }
    let previous: number | undefined;
    list.forEach((entry: unknown, index) => {
      const amount = readAmount(ctx.list, entry, `${listPath}[${index}]`);
      if (amount !== undefined && previous !== undefined && amount < previous) {
        ctx.list.report(`${listPath}[${index}]`, 'price-decreasing', `${amount} after ${previous}`);
      }
      if (amount !== undefined) previous = amount;
    });
  }
}

function validateSeats(
  ctx: ValidateContext,
  value: unknown,
  path: string,
  selfServe: boolean,
): void {
  const seats = readRecord(ctx.list, value, path);
  if (seats === undefined) return;
  const included = readCount(ctx.list, seats['included'], `${path}.included`);
  const min = readCount(ctx.list, seats['min'], `${path}.min`);
  const max = readCount(ctx.list, seats['max'], `${path}.max`);
  if (min !== undefined && max !== undefined && min > max)
    ctx.list.report(path, 'seats-range', `min ${min}, max ${max}`);
  // Extra seats only exist when the plan allows more than it includes; then they need a price.
  const sellsExtraSeats =
    selfServe && max !== undefined && included !== undefined && max > included;
  readIntervalPrices(ctx, seats['price'], `${path}.price`, sellsExtraSeats);
}
