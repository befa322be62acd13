// A client generated from docs/openapi.yaml (openapi-typescript + openapi-fetch), as a team on
// another stack would make one, buys a seat from the reference server over HTTP. Its types come
// from the spec alone: `preview.dueToday.amount` compiles only because the spec describes previews.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeServer } from '../../packages/server/src/node/create-node-server.js';
import { setup } from '../../packages/server/src/test-utils/setup.js';
import type { paths } from './schema.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

describe('a client generated from docs/openapi.yaml', () => {
  it('is generated from the spec as it is now (schema.d.ts is not stale)', async () => {
    const spec = new URL('../../docs/openapi.yaml', import.meta.url);
    const committed = readFileSync(new URL('./schema.d.ts', import.meta.url), 'utf8');
    expect(committed.endsWith(astToString(await openapiTS(spec)))).toBe(true);
  });

  it('buys a seat from the reference server, charged what the preview said', async () => {
    const reference = await setup();
    const server = createNodeServer(reference.handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createClient<paths>({
      baseUrl: `http://127.0.0.1:${port}/api/billing`,
      headers: { authorization: 'Bearer demo-admin' },
    });

    const account = await client.GET('/account');
    expect(account.response.status).toBe(200);
    const snapshot = account.data!;
    const selection = snapshot.subscription.selection;
    expect(snapshot.catalog.currency).toBe('EUR');

    const priced = await client.POST('/previews', {
      body: { selection: { ...selection, seats: selection.seats + 1 } },
    });
    expect(priced.response.status).toBe(200);
    const { id, preview } = priced.data!;
    expect(preview.mode).toBe('purchase');
    expect(preview.changes).toEqual([
      expect.objectContaining({
        dimension: 'seats',
        from: selection.seats,
        to: selection.seats + 1,
      }),
    ]);
    expect(preview.dueToday.amount).toBeGreaterThan(0);

    const committed = await client.POST('/commits', {
      params: { header: { 'Idempotency-Key': 'generated-client-0001' } },
      body: { previewId: id },
    });
    expect(committed.response.status).toBe(200);
    expect(committed.data!.charged).toEqual(preview.dueToday);
    expect(committed.data!.subscription.selection.seats).toBe(selection.seats + 1);
    const ledger = await reference.store.listCharges('acct_demo');
    expect(ledger.map((entry) => entry.amount)).toEqual([preview.dueToday]);

    // An error answer is typed by the spec as well.
    const again = await client.POST('/commits', {
      params: { header: { 'Idempotency-Key': 'generated-client-0002' } },
      body: { previewId: id },
    });
    expect(again.response.status).toBe(409);
    expect(again.error?.error.code).toBe('preview-already-used');
  });
});
