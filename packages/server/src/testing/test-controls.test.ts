import { describe, expect, it } from 'vitest';
import { setup } from '../test-utils/setup.js';

describe('createTestControls', () => {
  /** A server with one seat bought, so a reset would show: the demo has 3 seats. */
  async function boughtOneSeat() {
    const server = await setup({ testControls: true });
    const selection = (await server.store.getSubscription('acct_demo'))!.subscription.selection;
    const { id } = await (
      await server.call('POST', '/previews', { body: { selection: { ...selection, seats: 4 } } })
    ).json();
    const committed = await server.call('POST', '/commits', {
      body: { previewId: id },
      headers: { 'idempotency-key': 'key-controls-0001' },
    });
    expect(committed.status).toBe(200);
    return server;
  }

  const post = (url: string) =>
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' },
      body: '{}',
    });

  it.each([
    // As long as '/api/billing': the controls used to cut the base path's length off any path.
    'http://localhost/elsewhere/x/__test/reset',
    'http://localhost/api/billingx/__test/reset',
    'http://localhost/__test/reset',
  ])('never answers outside the base path: %s', async (url) => {
    const server = await boughtOneSeat();
    const response = await server.handler(post(url));
    expect(response.status).toBe(404);
    const seats = (await server.store.getSubscription('acct_demo'))!.subscription.selection.seats;
    expect(seats).toBe(4);
  });

  it('resets the store under the base path', async () => {
    const server = await boughtOneSeat();
    const response = await server.handler(post('http://localhost/api/billing/__test/reset'));
    expect(response.status).toBe(200);
    const seats = (await server.store.getSubscription('acct_demo'))!.subscription.selection.seats;
    expect(seats).toBe(3);
  });
});
