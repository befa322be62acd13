import { loadAccount } from '../billing/load-account.js';
import { storePreview } from '../billing/price-preview.js';
import { invalidRequest } from '../http/errors.js';
import type { FieldError } from '../http/errors.js';
import { json, readJson } from '../http/json.js';
import { isRecord } from '../validation/read-body.js';
import { readSelection } from '../validation/validate-selection.js';
import type { RouteContext } from './route-context.js';

/** `POST {base}/previews` with `{ selection }`. Open to every user of the account: it changes nothing billable. */
export async function createPreview(ctx: RouteContext): Promise<Response> {
  // Before the body is read: every preview stores a row, and any member may ask for them.
  ctx.rateLimit('previews');
  const body = await readJson(ctx.request, ctx.maxBodyBytes);
  const errors: FieldError[] = [];
  const selection = isRecord(body)
    ? readSelection(body['selection'], 'selection', errors)
    : (errors.push({ path: '', message: 'Expected a JSON object.' }), null);
  if (!selection) throw invalidRequest(errors);

  const now = ctx.now();
  const { account, record } = await loadAccount(ctx.store, ctx.accountId, now);
  const preview = await storePreview(
    (stored) => ctx.store.insertPreview(stored),
    account,
    record,
    selection,
    now,
    ctx.previewTtlMs,
    ctx.taxRates,
  );
  return json(200, preview);
}
