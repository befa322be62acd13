import { describe, expect, it } from 'vitest';
import type {
  ScheduledCancel,
  SubscriptionPaymentsPort,
} from '../payments/subscription-payments-port.js';
import { demoSelection, setup } from '../test-utils/setup.js';
import type { TestServer } from '../test-utils/setup.js';

/** The demo account at 20 000 contacts with the return to 10 000 scheduled for the renewal. */
async function withScheduledDecrease(payments?: SubscriptionPaymentsPort): Promise<TestServer> {
  const server = await setup(payments ? { payments } : {});
  const current = (await server.store.getSubscription('acct_demo'))!;
  await server.store.putSubscription('acct_demo', {
    subscription: { ...current.subscription, selection: { ...demoSelection, contactLimit: 20000 } },
    scheduled: { selection: demoSelection, effectiveAt: current.subscription.periodEnd },
  });
  return server;
}

describe('DELETE /scheduled-change', () => {
  it('drops the scheduled change, so the renewal keeps the current selection', async () => {
    const server = await withScheduledDecrease();
    const response = await server.call('DELETE', '/scheduled-change');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      subscription: { selection: { contactLimit: 20000 } },
      scheduled: null,
    });
    expect((await (await server.call('GET', '/account')).json()).scheduled).toBeNull();
    server.clock.set('2026-04-01T00:00:01.000Z');
    const renewed = await (await server.call('GET', '/account')).json();
    expect(renewed.subscription).toMatchObject({
      selection: { contactLimit: 20000 },
      periodStart: '2026-04-01T00:00:00.000Z',
    });
    expect(await server.store.listCharges('acct_demo')).toEqual([]);
  });

  it('answers the same when nothing is scheduled, so a retried cancel is harmless', async () => {
    const server = await withScheduledDecrease();
    expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
    const again = await server.call('DELETE', '/scheduled-change');
    expect(again.status).toBe(200);
    expect((await again.json()).scheduled).toBeNull();
  });

  it('is for the primary admin only (403), and leaves the change scheduled', async () => {
    const server = await withScheduledDecrease();
    const response = await server.call('DELETE', '/scheduled-change', { token: 'demo-member' });
    expect(response.status).toBe(403);
    expect((await server.store.getSubscription('acct_demo'))?.scheduled).not.toBeNull();
  });

  it("never touches another account's scheduled change", async () => {
    const server = await withScheduledDecrease();
    const response = await server.call('DELETE', '/scheduled-change', {
      token: 'demo-other-admin',
    });
    expect(response.status).toBe(200);
    expect((await server.store.getSubscription('acct_demo'))?.scheduled).not.toBeNull();
  });

  it('waits while a commit of the account is being charged (503, Retry-After)', async () => {
    let release: () => void = () => {};
    const charged = new Promise<void>((resolve) => (release = resolve));
    let paused: () => void = () => {};
    const reachedCharge = new Promise<void>((resolve) => (paused = resolve));
    const server = await setup({
      hooks: {
        afterCharge: async () => {
          paused();
          await charged;
        },
      },
    });
    const { id } = await (
      await server.call('POST', '/previews', {
        body: { selection: { ...demoSelection, contactLimit: 15000, seats: 2 } },
      })
    ).json();
    const commit = server.call('POST', '/commits', {
      body: { previewId: id },
      headers: { 'idempotency-key': 'key-during-cancel' },
    });
    await reachedCharge;
    const response = await server.call('DELETE', '/scheduled-change');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    release();
    const committed = await (await commit).json();
    // The commit scheduled 2 seats for the renewal; the refused cancel left it alone.
    expect(committed.scheduled.selection.seats).toBe(2);
    expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
  });

  describe('with a payments port that bills the renewal (a Stripe schedule)', () => {
    /** A port whose cancelScheduled records its calls and runs `onCancel` (may throw). */
    function portWith(onCancel: (input: ScheduledCancel) => Promise<void>) {
      const calls: ScheduledCancel[] = [];
      const port: SubscriptionPaymentsPort = {
        carryOut: () => Promise.reject(new Error('no commit in this test')),
        settle: () => Promise.reject(new Error('no commit in this test')),
        cancelScheduled: async (input) => {
          calls.push(input);
          await onCancel(input);
        },
      };
      return { port, calls };
    }

    it('tells the provider what renews instead, then drops the change', async () => {
      const { port, calls } = portWith(async () => {});
      const server = await withScheduledDecrease(port);
      expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
      expect(calls).toEqual([
        {
          accountId: 'acct_demo',
          catalog: expect.objectContaining({ currency: 'EUR' }),
          current: { ...demoSelection, contactLimit: 20000 },
          scheduled: demoSelection,
          effectiveAt: '2026-04-01T00:00:00.000Z',
        },
      ]);
      expect((await server.store.getSubscription('acct_demo'))?.scheduled).toBeNull();
      // Nothing scheduled any more: a retried cancel answers the same without asking the provider.
      expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
      expect(calls).toHaveLength(1);
    });

    it('keeps the change when the provider call fails, so the customer can cancel again', async () => {
      let failing = true;
      const { port, calls } = portWith(async () => {
        if (failing) throw new Error('provider outage');
      });
      const server = await withScheduledDecrease(port);
      expect((await server.call('DELETE', '/scheduled-change')).status).toBe(500);
      expect((await server.store.getSubscription('acct_demo'))?.scheduled).not.toBeNull();
      failing = false;
      expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
      expect((await server.store.getSubscription('acct_demo'))?.scheduled).toBeNull();
      expect(calls).toHaveLength(2);
    });

    it('tells the provider again when a commit changed what is scheduled meanwhile', async () => {
      let server: TestServer | null = null;
      const { port, calls } = portWith(async () => {
        if (calls.length > 1) return;
        // Another instance commits 2 seats for the renewal while the provider is being told.
        const current = (await server!.store.getSubscription('acct_demo'))!;
        await server!.store.putSubscription('acct_demo', {
          subscription: current.subscription,
          scheduled: {
            selection: { ...demoSelection, seats: 2 },
            effectiveAt: current.subscription.periodEnd,
          },
        });
      });
      server = await withScheduledDecrease(port);
      expect((await server.call('DELETE', '/scheduled-change')).status).toBe(200);
      expect(calls.map((call) => call.scheduled.seats)).toEqual([demoSelection.seats, 2]);
      expect((await server.store.getSubscription('acct_demo'))?.scheduled).toBeNull();
    });
  });
});
