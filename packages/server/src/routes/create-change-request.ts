import { changeRequestLimits, isContactEmail } from '@tarif/core';
import type { ChangeRequestReceipt, Selection } from '@tarif/core';
import { assertCanManageBilling } from '../billing/load-account.js';
import { HttpError, invalidRequest } from '../http/errors.js';
import type { FieldError } from '../http/errors.js';
import { newId } from '../http/ids.js';
import { json, readJson } from '../http/json.js';
import { isRecord, readString } from '../validation/read-body.js';
import { readSelection } from '../validation/validate-selection.js';
import type { RouteContext } from './route-context.js';

// The body of a `201` from `POST {base}/change-requests` is core's ChangeRequestReceipt.
export type { ChangeRequestReceipt };

/** `POST {base}/change-requests`: stored for the sales or support team (forward it to your CRM). Primary admin only. */
export async function createChangeRequest(ctx: RouteContext): Promise<Response> {
  const account = await ctx.store.getAccount(ctx.accountId);
  if (!account) throw new HttpError('not-found', 'Unknown account.');
  assertCanManageBilling(account, ctx.user);
  // After the permission check, so a member refused with 403 cannot use up the admin's requests.
  ctx.rateLimit('changeRequests');

  const body = await readJson(ctx.request, ctx.maxBodyBytes);
  if (!isRecord(body)) throw invalidRequest([{ path: '', message: 'Expected a JSON object.' }]);
  const errors: FieldError[] = [];
  const subject = readString(
    body,
    'subject',
    'subject',
    { min: 1, max: changeRequestLimits.subject },
    errors,
  );
  const message = readString(
    body,
    'message',
    'message',
    { min: 1, max: changeRequestLimits.message, multiline: true },
    errors,
  );
  const before = errors.length;
  const contactEmail = readString(
    body,
    'contactEmail',
    'contactEmail',
    { min: 3, max: changeRequestLimits.contactEmail },
    errors,
  );
  // Only delivery proves an address works, but its shape is checked strictly: it is shown to the
  // sales team and passed to their tools, so it must not carry markup (core's isContactEmail).
  if (errors.length === before && !isContactEmail(contactEmail)) {
    errors.push({ path: 'contactEmail', message: 'Expected an email address.' });
  }
  let selection: Selection | null = null;
  if (body['selection'] !== undefined)
    selection = readSelection(body['selection'], 'selection', errors);
  if (errors.length > 0) throw invalidRequest(errors);

  const receipt: ChangeRequestReceipt = { id: newId('cr'), receivedAt: ctx.now().toISOString() };
  await ctx.store.insertChangeRequest({
    ...receipt,
    accountId: ctx.accountId,
    userId: ctx.user.id,
    subject,
    message,
    contactEmail,
    selection,
  });
  return json(201, receipt);
}
