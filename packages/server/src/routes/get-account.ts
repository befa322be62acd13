import type { AccountSnapshot as WireAccountSnapshot, Catalog } from '@tarif/core';
import { decideTax } from '@tarif/core/tax';
import { loadAccount } from '../billing/load-account.js';
import { json } from '../http/json.js';
import type { RouteContext } from './route-context.js';

/** The body of `GET {base}/account`: the wire type from @tarif/core, with the server's validated catalog. */
export type AccountSnapshot = WireAccountSnapshot<Catalog>;

export async function getAccount(ctx: RouteContext): Promise<Response> {
  const { account, record } = await loadAccount(ctx.store, ctx.accountId, ctx.now());
  const admin = await ctx.store.getUser(account.id, account.primaryAdminUserId);
  const canManageBilling = account.primaryAdminUserId === ctx.user.id;
  const snapshot: AccountSnapshot = {
    accountId: account.id,
    catalog: account.catalog,
    subscription: record.subscription,
    scheduled: record.scheduled,
    balance: account.balance,
    viewer: {
      userId: ctx.user.id,
      name: ctx.user.name,
      canManageBilling,
      ...(canManageBilling ? {} : { reason: 'not-primary-admin' as const }),
    },
    primaryAdmin: { name: admin?.name ?? '', email: admin?.email ?? '' },
    billingDetails: account.billingDetails ?? null,
    ...(ctx.taxRates
      ? { taxDecision: decideTax(account.billingDetails ?? null, ctx.taxRates) }
      : {}),
    ...(await paymentMethodOf(ctx)),
  };
  return json(200, snapshot);
}

/**
 * The payment method on file, when the port can say. The page still loads when the provider
 * cannot be asked now: the field is left out, as for a port that never says.
 */
async function paymentMethodOf(ctx: RouteContext): Promise<Pick<AccountSnapshot, 'paymentMethod'>> {
  const port = ctx.payments;
  if (!port.paymentMethodOf) return {};
  try {
    return { paymentMethod: await port.paymentMethodOf(ctx.accountId) };
  } catch {
    return {};
  }
}
