// Two tabs preview from the same subscription. Once the first is committed, the second's changes
// are no longer what its review showed, even when its amounts still match: it must be reviewed
// again (409 price-changed with a fresh preview), on SQLite and on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { demoSelection } from '../test-utils/setup.js';
import { serverOn } from '../test-utils/store-server.js';
import { testStores } from '../test-utils/test-stores.js';

const databases = testStores();

describe.each(['sqlite', 'postgres'] as const)('a stale tab (%s)', (kind) => {
  async function server() {
    const { store, call } = await serverOn(await databases[kind]());
    async function preview(selection: object) {
      const response = await call('POST', '/previews', { body: { selection } });
      expect(response.status).toBe(200);
      return (await response.json()) as { id: string; preview: Record<string, unknown> };
    }
    const commit = (previewId: string, key: string) =>
      call('POST', '/commits', { body: { previewId }, headers: { 'idempotency-key': key } });
    return { store, preview, commit };
  }

  it('refuses the second tab whose amounts match but whose changes now undo the first', async () => {
    const s = await server();
    // Tab A: contacts 10 000 → 15 000. Tab B, from the same subscription: the SMS add-on.
    const tabA = await s.preview({ ...demoSelection, contactLimit: 15000 });
    const tabB = await s.preview({ ...demoSelection, addOns: ['sms'] });
    expect(tabA.preview['mode']).toBe('purchase');
    expect(tabB.preview['mode']).toBe('purchase');

    expect((await s.commit(tabA.id, 'tab-a-commit')).status).toBe(200);
    const charges = await s.store.listCharges('acct_demo');
    const afterA = (await s.store.getSubscription('acct_demo'))!;

    const refused = await s.commit(tabB.id, 'tab-b-commit');
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as {
      error: { code: string };
      preview: { id: string; preview: { changes: unknown[] } };
    };
    expect(body.error.code).toBe('price-changed');
    // The amounts still match what tab B showed: the changes alone make it a new review.
    const fresh = body.preview.preview as Record<string, unknown>;
    expect(fresh['dueToday']).toEqual(tabB.preview['dueToday']);
    expect(fresh['balanceCredit']).toEqual(tabB.preview['balanceCredit']);
    expect(fresh['nextRenewal']).toEqual(tabB.preview['nextRenewal']);
    // The fresh preview shows what B would now do: SMS today and contacts back down at renewal.
    expect(body.preview.preview.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dimension: 'addOn', addOn: 'sms', direction: 'up' }),
        expect.objectContaining({ dimension: 'contacts', from: 15000, to: 10000 }),
      ]),
    );
    // Nothing of B happened: A's contacts stay, nothing is scheduled, no second charge.
    expect(await s.store.getSubscription('acct_demo')).toEqual(afterA);
    expect(afterA.subscription.selection.contactLimit).toBe(15000);
    expect(afterA.scheduled).toBeNull();
    expect(await s.store.listCharges('acct_demo')).toEqual(charges);
  });

  it('commits a preview made after the first tab committed', async () => {
    const s = await server();
    // A preview made before the other tab's purchase is refused; one made after it goes through.
    const tabA = await s.preview({ ...demoSelection, addOns: ['sms'] });
    const tabB = await s.preview({ ...demoSelection, seats: 4 });
    expect((await s.commit(tabA.id, 'tab-a-sms')).status).toBe(200);
    // B was made before A's SMS: re-priced now, B would also remove SMS at renewal. Refused.
    expect((await s.commit(tabB.id, 'tab-b-seat')).status).toBe(409);
    // A preview made after A's commit goes through.
    const fresh = await s.preview({ ...demoSelection, addOns: ['sms'], seats: 4 });
    expect((await s.commit(fresh.id, 'tab-b-fresh')).status).toBe(200);
    expect((await s.store.getSubscription('acct_demo'))!.subscription.selection).toMatchObject({
      seats: 4,
      addOns: ['sms'],
    });
  });
});
