import { describe, expect, it, vi } from 'vitest';
import { demoAdapter } from '../test-utils/billing-wrapper.js';

describe('createMemoryAdapter', () => {
  it('prices previews with core and stores them with an id and expiry', async () => {
    const adapter = demoAdapter();
    const { subscription } = adapter.snapshot();
    const preview = await adapter.previewChange({
      selection: { ...subscription.selection, plan: 'pro' },
    });
    expect(preview.id).toMatch(/^pv_/);
    expect(preview.expiresAt).toBe('2025-03-16T00:15:00.000Z');
    expect(preview.preview.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
    expect(adapter.calls.previewChange).toBe(1);
  });

  it('applies a commit to its subscription and replays the same key', async () => {
    const adapter = demoAdapter();
    const selection = { ...adapter.snapshot().subscription.selection, plan: 'pro' };
    const { id } = await adapter.previewChange({ selection });
    const first = await adapter.commitChange({ previewId: id, idempotencyKey: 'key-00000001' });
    const again = await adapter.commitChange({ previewId: id, idempotencyKey: 'key-00000001' });
    expect(again).toBe(first);
    expect(adapter.snapshot().subscription.selection.plan).toBe('pro');
  });

  it('refuses a stale tab whose changes differ from its review even when the amounts match', async () => {
    const adapter = demoAdapter();
    const selection = adapter.snapshot().subscription.selection;
    // Two tabs from the same subscription: one raises contacts, the other adds SMS.
    const raise = await adapter.previewChange({
      selection: { ...selection, contactLimit: 15000 },
    });
    const sms = await adapter.previewChange({ selection: { ...selection, addOns: ['sms'] } });
    await adapter.commitChange({ previewId: raise.id, idempotencyKey: 'tab-a-00000001' });
    // Re-priced now, the SMS tab would also take contacts back down at renewal.
    await expect(
      adapter.commitChange({ previewId: sms.id, idempotencyKey: 'tab-b-00000001' }),
    ).rejects.toMatchObject({ code: 'price-changed' });
    expect(adapter.snapshot().subscription.selection.contactLimit).toBe(15000);
    expect(adapter.snapshot().scheduled).toBeNull();
  });

  it('holds calls of an operation until the test releases them, and lets an abort through', async () => {
    const adapter = demoAdapter();
    const selection = { ...adapter.snapshot().subscription.selection, plan: 'pro' };
    adapter.hold('previewChange');
    let settled = false;
    const pending = adapter.previewChange({ selection }).then((preview) => {
      settled = true;
      return preview;
    });
    const controller = new AbortController();
    const aborted = adapter.previewChange({ selection, signal: controller.signal });
    await vi.waitFor(() => expect(adapter.held('previewChange')).toBe(2));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
    expect(adapter.held('previewChange')).toBe(1);
    // Nothing but the release lets the held call go on, however long the test waits.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    adapter.release('previewChange');
    expect((await pending).preview.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
    expect(adapter.held('previewChange')).toBe(0);
    // Released means no longer held: the next call goes straight through.
    await expect(adapter.previewChange({ selection })).resolves.toHaveProperty('id');
  });

  it('refuses a key reused for another preview', async () => {
    const adapter = demoAdapter();
    const selection = adapter.snapshot().subscription.selection;
    const a = await adapter.previewChange({ selection: { ...selection, plan: 'pro' } });
    await adapter.commitChange({ previewId: a.id, idempotencyKey: 'key-00000001' });
    const b = await adapter.previewChange({ selection: { ...selection, seats: 8, plan: 'pro' } });
    await expect(
      adapter.commitChange({ previewId: b.id, idempotencyKey: 'key-00000001' }),
    ).rejects.toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('expires previews', async () => {
    let now = new Date('2025-03-16T00:00:00Z');
    const adapter = demoAdapter({ now: () => now });
    const { id } = await adapter.previewChange({
      selection: { ...adapter.snapshot().subscription.selection, plan: 'pro' },
    });
    now = new Date('2025-03-16T00:20:00Z');
    await expect(
      adapter.commitChange({ previewId: id, idempotencyKey: 'key-00000001' }),
    ).rejects.toMatchObject({ code: 'preview-expired' });
  });

  it('injects rejections once or always, per operation', async () => {
    const adapter = demoAdapter();
    adapter.rejectNext('loadAccount', 'unauthenticated');
    await expect(adapter.loadAccount()).rejects.toMatchObject({ code: 'unauthenticated' });
    // Once: the next call loads the account again.
    await expect(adapter.loadAccount()).resolves.toHaveProperty(
      'subscription.selection.plan',
      'plus',
    );
    adapter.rejectAlways('loadAccount', 'internal');
    await expect(adapter.loadAccount()).rejects.toMatchObject({ code: 'internal' });
    await expect(adapter.loadAccount()).rejects.toMatchObject({ code: 'internal' });
    adapter.clearFaults();
    await expect(adapter.loadAccount()).resolves.toHaveProperty('accountId', 'acc_demo');
    expect(adapter.calls.loadAccount).toBe(5);
  });

  it('aborts a slow call when the signal fires', async () => {
    const adapter = demoAdapter();
    adapter.slow('loadAccount', 10_000);
    const controller = new AbortController();
    const pending = adapter.loadAccount({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });

  it('makes the viewer read-only and refuses commits when forbidden', async () => {
    const adapter = demoAdapter({ faults: { forbidden: true } });
    expect(adapter.snapshot().viewer).toMatchObject({
      canManageBilling: false,
      reason: 'not-primary-admin',
    });
    const { id } = await adapter.previewChange({
      selection: { ...adapter.snapshot().subscription.selection, plan: 'pro' },
    });
    await expect(
      adapter.commitChange({ previewId: id, idempotencyKey: 'key-00000001' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  describe('cancelScheduledChange', () => {
    const fewerSeats = (adapter: ReturnType<typeof demoAdapter>) => {
      const { subscription } = adapter.snapshot();
      return {
        selection: { ...subscription.selection, seats: 2 },
        effectiveAt: subscription.periodEnd,
      };
    };

    it('drops the change waiting for the renewal and answers the subscription as it is', async () => {
      const base = demoAdapter();
      const adapter = demoAdapter({ scheduled: fewerSeats(base) });
      const before = adapter.snapshot();
      expect(before.scheduled?.selection.seats).toBe(2);
      const result = await adapter.cancelScheduledChange();
      expect(result).toEqual({ subscription: before.subscription, scheduled: null });
      expect(adapter.snapshot().scheduled).toBeNull();
      expect(adapter.snapshot().subscription).toEqual(before.subscription);
      // Idempotent: a second cancel answers the same and changes nothing.
      await expect(adapter.cancelScheduledChange()).resolves.toEqual(result);
      expect(adapter.calls.cancelScheduledChange).toBe(2);
      expect(adapter.log.filter((c) => c.operation === 'cancelScheduledChange')).toHaveLength(2);
    });

    it('cancels a change scheduled by a commit of fewer seats', async () => {
      const adapter = demoAdapter();
      const selection = { ...adapter.snapshot().subscription.selection, seats: 2 };
      const { id } = await adapter.previewChange({ selection });
      const commit = await adapter.commitChange({ previewId: id, idempotencyKey: 'key-00000001' });
      expect(commit.scheduled?.selection.seats).toBe(2);
      await adapter.cancelScheduledChange();
      expect(adapter.snapshot().scheduled).toBeNull();
      expect(adapter.snapshot().subscription.selection.seats).toBe(3);
    });

    it('refuses a viewer who is not the primary admin, and keeps the change', async () => {
      const base = demoAdapter();
      const adapter = demoAdapter({ scheduled: fewerSeats(base), faults: { forbidden: true } });
      await expect(adapter.cancelScheduledChange()).rejects.toMatchObject({
        code: 'forbidden',
        status: 403,
      });
      expect(adapter.snapshot().scheduled).not.toBeNull();
      expect(adapter.calls.cancelScheduledChange).toBe(1);
    });

    it('honours injected faults, then works again', async () => {
      const base = demoAdapter();
      const adapter = demoAdapter({ scheduled: fewerSeats(base) });
      adapter.rejectNext('cancelScheduledChange', 'network');
      await expect(adapter.cancelScheduledChange()).rejects.toMatchObject({ code: 'network' });
      expect(adapter.snapshot().scheduled).not.toBeNull();
      await adapter.cancelScheduledChange();
      expect(adapter.snapshot().scheduled).toBeNull();
    });

    it('holds a cancel until released, and lets an abort through', async () => {
      const base = demoAdapter();
      const adapter = demoAdapter({ scheduled: fewerSeats(base) });
      adapter.hold('cancelScheduledChange');
      const pending = adapter.cancelScheduledChange();
      const controller = new AbortController();
      const aborted = adapter.cancelScheduledChange({ signal: controller.signal });
      await vi.waitFor(() => expect(adapter.held('cancelScheduledChange')).toBe(2));
      controller.abort();
      await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
      // Held: the change is still there until the test lets the call go on.
      expect(adapter.snapshot().scheduled).not.toBeNull();
      adapter.release('cancelScheduledChange');
      await expect(pending).resolves.toMatchObject({ scheduled: null });
      expect(adapter.snapshot().scheduled).toBeNull();
    });
  });
});
