import { describe, expect, it } from 'vitest';
import { demoSelection, setup } from '../test-utils/setup.js';
import type { TestServer } from '../test-utils/setup.js';

async function preview(server: TestServer, selection: object, token = 'demo-admin') {
  const response = await server.call('POST', '/previews', { token, body: { selection } });
  expect(response.status).toBe(200);
  return response.json();
}

function commit(server: TestServer, previewId: string, key: string, token = 'demo-admin') {
  return server.call('POST', '/commits', {
    token,
    body: { previewId },
    headers: { 'idempotency-key': key },
  });
}

const upgrade = { ...demoSelection, plan: 'pro' };

describe('POST /commits', () => {
  describe('given a purchase preview (Plus to Pro, 27.74 € due today)', () => {
    it('charges once through the ledger, switches the plan now and answers the result', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      const response = await commit(server, id, 'key-upgrade-1');
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toEqual({
        id: expect.stringMatching(/^cm_/),
        status: 'succeeded',
        mode: 'purchase',
        charged: { amount: 2774, currency: 'EUR' },
        subscription: {
          selection: upgrade,
          periodStart: '2026-03-01T00:00:00.000Z',
          periodEnd: '2026-04-01T00:00:00.000Z',
          contactsInUse: 8700,
          seatsInUse: 2,
        },
        scheduled: null,
        balance: { amount: 0, currency: 'EUR' },
      });
      expect(await server.store.listCharges('acct_demo')).toEqual([
        expect.objectContaining({
          amount: { amount: 2774, currency: 'EUR' },
          idempotencyKey: 'key-upgrade-1',
        }),
      ]);
      const account = await (await server.call('GET', '/account')).json();
      expect(account.subscription.selection).toEqual(upgrade);
    });

    it('starts a yearly period at the instant of the preview when moving from month to year', async () => {
      const server = await setup();
      const { id, preview: shown } = await preview(server, { ...demoSelection, interval: 'year' });
      server.clock.advance(60_000);
      const body = await (await commit(server, id, 'key-yearly-1')).json();
      // Plus yearly at 10 000 contacts is 590 €; the 21.5 unused days of March are credited (40.92 €).
      expect(body.charged).toEqual({ amount: 59000 - 4092, currency: 'EUR' });
      expect(body.charged).toEqual(shown.dueToday);
      expect(body.subscription.periodStart).toBe('2026-03-10T12:00:00.000Z');
      expect(body.subscription.periodEnd).toBe('2027-03-10T12:00:00.000Z');
    });

    it('replays the first result for the same key and charges once', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      const first = await (await commit(server, id, 'key-replay-1')).text();
      const again = await commit(server, id, 'key-replay-1');
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(first);
      expect(await server.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('charges once when 20 requests with the same key arrive together', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => commit(server, id, 'key-concurrent-1')),
      );
      const bodies = await Promise.all(responses.map((response) => response.text()));
      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
      expect(new Set(bodies).size).toBe(1);
      expect(await server.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('refuses the same key with another body (422) and charges nothing more', async () => {
      const server = await setup();
      const first = await preview(server, upgrade);
      const second = await preview(server, { ...demoSelection, seats: 4 });
      expect((await commit(server, first.id, 'key-reused-1')).status).toBe(200);
      const response = await commit(server, second.id, 'key-reused-1');
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe('idempotency-key-reused');
      expect(await server.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('never charges a preview twice, even under a new key', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      expect((await commit(server, id, 'key-once-1')).status).toBe(200);
      // The preview is spent: a clear answer, not a price-changed with a preview nobody can commit.
      const again = await commit(server, id, 'key-once-2');
      expect(again.status).toBe(409);
      expect((await again.json()).error.code).toBe('preview-already-used');
      expect(await server.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('scopes keys per account: another account may use the same key', async () => {
      const server = await setup();
      const mine = await preview(server, upgrade);
      const theirs = await preview(server, upgrade, 'demo-other-admin');
      expect((await commit(server, mine.id, 'shared-key-1')).status).toBe(200);
      const response = await commit(server, theirs.id, 'shared-key-1', 'demo-other-admin');
      expect(response.status).toBe(200);
      expect((await response.json()).charged.currency).toBe('USD');
    });
  });

  describe('when the request is not acceptable', () => {
    it.each([
      ['missing', undefined],
      ['too short', 'short'],
      ['too long', 'k'.repeat(201)],
    ])('answers 400 when the Idempotency-Key is %s', async (_case, key) => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      const response = await server.call('POST', '/commits', {
        body: { previewId: id },
        ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual([
        { path: 'Idempotency-Key', message: expect.any(String) },
      ]);
    });

    it('answers 400 when previewId is not a string', async () => {
      const server = await setup();
      const response = await server.call('POST', '/commits', {
        body: { previewId: 42 },
        headers: { 'idempotency-key': 'key-bad-body-1' },
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[0].path).toBe('previewId');
    });

    it('forbids a member (403), even with their own valid preview', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade, 'demo-member');
      const response = await commit(server, id, 'key-member-1', 'demo-member');
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
      expect(await server.store.listCharges('acct_demo')).toEqual([]);
    });

    it("never lets another account's admin commit this account's preview (404)", async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      const response = await commit(server, id, 'key-intruder-1', 'demo-other-admin');
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not-found');
      expect(await server.store.listCharges('acct_demo')).toEqual([]);
      expect(await server.store.listCharges('acct_other')).toEqual([]);
    });

    it('answers 404 for an unknown preview and frees the key for a corrected retry', async () => {
      const server = await setup();
      expect((await commit(server, 'pv_unknown', 'key-retry-1')).status).toBe(404);
      // The failed attempt recorded nothing, so the same key may carry another body.
      const { id } = await preview(server, upgrade);
      expect((await commit(server, id, 'key-retry-1')).status).toBe(200);
    });

    it('answers 410 preview-expired after 15 minutes', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      server.clock.advance(15 * 60_000);
      const response = await commit(server, id, 'key-expired-1');
      expect(response.status).toBe(410);
      expect((await response.json()).error.code).toBe('preview-expired');
      expect(await server.store.listCharges('acct_demo')).toEqual([]);
    });

    it.each([
      ['request', { ...demoSelection, product: 'sales' }],
      ['blocked', { ...demoSelection, plan: 'nope' }],
      ['none', demoSelection],
    ])('refuses a preview in mode %s with 400 preview-not-committable', async (mode, selection) => {
      const server = await setup();
      const body = await preview(server, selection);
      expect(body.preview.mode).toBe(mode);
      const response = await commit(server, body.id, `key-mode-${mode}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('preview-not-committable');
    });
  });

  describe('when prices changed after the preview', () => {
    it('answers 409 price-changed with a fresh preview, and the fresh one commits', async () => {
      const server = await setup({ testControls: true });
      const old = await preview(server, upgrade);
      await server.call('POST', '/__test/faults', { body: { bumpPrices: true } });
      server.clock.advance(60_000);

      const response = await commit(server, old.id, 'key-bumped-1');
      expect(response.status).toBe(409);
      const body = await response.json();
      expect(body.error.code).toBe('price-changed');
      expect(body.preview.id).not.toBe(old.id);
      expect(body.preview.catalogVersion).not.toBe(old.catalogVersion);
      // Pro at 10 000 contacts went from 99 € to 108.90 €, Plus from 59 € to 64.90 €.
      expect(body.preview.preview.nextRenewal.total).toEqual({ amount: 10890, currency: 'EUR' });
      expect(await server.store.listCharges('acct_demo')).toEqual([]);

      const retry = await commit(server, body.preview.id, 'key-bumped-2');
      expect(retry.status).toBe(200);
      expect((await retry.json()).charged).toEqual(body.preview.preview.dueToday);
    });

    it('re-prices at the preview instant, so a minute of waiting alone changes nothing', async () => {
      const server = await setup();
      const { id } = await preview(server, upgrade);
      server.clock.advance(10 * 60_000);
      const body = await (await commit(server, id, 'key-waited-1')).json();
      expect(body.charged.amount).toBe(2774);
    });

    it('answers 409 when the subscription changed since the preview', async () => {
      const server = await setup();
      const toPro = await preview(server, upgrade);
      const moreSeats = await preview(server, { ...demoSelection, seats: 5 });
      expect((await commit(server, toPro.id, 'key-first-1')).status).toBe(200);
      // Plus with 5 seats priced against Plus; the subscription is now Pro, so that is a downgrade.
      const response = await commit(server, moreSeats.id, 'key-second-1');
      expect(response.status).toBe(409);
      expect((await response.json()).preview.preview.mode).not.toBe('purchase');
    });
  });

  describe('with test controls', () => {
    it('after-charge: charges and records, answers 500, and a retry with the key returns the first result', async () => {
      const server = await setup({ testControls: true });
      const { id } = await preview(server, upgrade);
      await server.call('POST', '/__test/faults', { body: { commitError: 'after-charge' } });

      const lost = await commit(server, id, 'key-lost-answer');
      expect(lost.status).toBe(500);
      expect((await lost.json()).error.code).toBe('internal');

      const retry = await commit(server, id, 'key-lost-answer');
      expect(retry.status).toBe(200);
      expect((await retry.json()).charged.amount).toBe(2774);
      expect(await server.store.listCharges('acct_demo')).toHaveLength(1);
    });

    it('holdPreviews keeps previews waiting until it is lifted', async () => {
      const server = await setup({ testControls: true });
      await server.call('POST', '/__test/faults', { body: { holdPreviews: true } });
      let answered = false;
      const held = preview(server, upgrade).then((result) => {
        answered = true;
        return result;
      });
      // Other requests go on while the preview waits.
      expect((await server.call('GET', '/account')).status).toBe(200);
      expect(answered).toBe(false);
      const lifted = await server.call('POST', '/__test/faults', { body: { holdPreviews: false } });
      expect((await lifted.json()).faults).toEqual({
        commitError: null,
        pauseAfterCharge: false,
        holdPreviews: false,
      });
      expect((await held).id).toMatch(/^pv_/);
    });

    it('reset puts the demo back as seeded', async () => {
      const server = await setup({ testControls: true });
      const { id } = await preview(server, upgrade);
      await commit(server, id, 'key-before-reset');
      const response = await server.call('POST', '/__test/reset', { token: null });
      expect(response.status).toBe(200);
      const account = await (await server.call('GET', '/account')).json();
      expect(account.subscription.selection).toEqual(demoSelection);
      expect(await server.store.listCharges('acct_demo')).toEqual([]);
    });

    it('rejects unknown fault values with 400', async () => {
      const server = await setup({ testControls: true });
      const response = await server.call('POST', '/__test/faults', {
        body: { commitError: 'before-charge', holdPreviews: 'yes' },
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveLength(2);
    });
  });
});
