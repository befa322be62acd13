import { randomUUID } from 'node:crypto';
import type { Selection } from '@tarif/core';

/** The billing API as a demo user calls it, bearer token and all (tokens: packages/server/src/demo/demo-users.ts). */
export function demoApi(baseUrl: string, token: 'demo-admin' | 'demo-member') {
  const call = (
    method: 'GET' | 'POST',
    path: string,
    body?: object,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${baseUrl}/api/billing${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  return {
    call,
    /** Previews then commits `selection`, as the review does; for a test's "given". */
    async buy(selection: Selection): Promise<void> {
      const preview = await call('POST', '/previews', { selection });
      if (!preview.ok) throw new Error(`preview answered ${preview.status}`);
      const { id } = (await preview.json()) as { id: string };
      const commit = await call(
        'POST',
        '/commits',
        { previewId: id },
        { 'idempotency-key': `given-${randomUUID()}` },
      );
      if (!commit.ok) throw new Error(`commit answered ${commit.status}: ${await commit.text()}`);
    },
  };
}
