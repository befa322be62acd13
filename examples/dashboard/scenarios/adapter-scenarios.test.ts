// One suite, two backends: every flow of the seed page runs against the memory adapter that
// Storybook and the widget tests use, and against createHttpAdapter talking to the real
// @tarif/server on SQLite. Both must answer the same previews, charge the same amounts and leave
// the same subscription: the memory adapter is only worth its tests if it behaves like the server.
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '@tarif/core';
import type { BillingDetails, Selection } from '@tarif/core';
import {
  createDemoSubscription,
  demoBillingDetails,
  demoTaxRates,
  raisePrices,
} from '@tarif/core/demo';
import { createHttpAdapter } from '@tarif/react';
import type { AdapterError, BillingAdapter } from '@tarif/react';
import { createMemoryAdapter } from '@tarif/react/testing';
import { createClock, setup } from '../../../packages/server/src/test-utils/setup.js';

interface Backend {
  readonly adapter: BillingAdapter;
  /** Prices rise on the server (10 %, a new catalog version). */
  raisePrices(): Promise<void>;
  /** The billing clock moves on. */
  advance(ms: number): void;
}

const start = '2026-03-10T12:00:00.000Z';

/** Who pays tax in a run: nobody (no tax table), or a customer of the demo's French seller. */
type Taxed = BillingDetails | null;

const backends: Record<string, (taxed: Taxed) => Promise<Backend>> = {
  memory: async (taxed) => {
    const clock = createClock(start);
    const adapter = createMemoryAdapter({
      now: clock.now,
      subscription: createDemoSubscription(clock.now()),
      ...(taxed ? { taxRates: demoTaxRates, billingDetails: taxed } : {}),
    });
    return {
      adapter,
      advance: clock.advance,
      async raisePrices() {
        const catalog = validateCatalog(adapter.snapshot().catalog);
        adapter.setCatalog(raisePrices(catalog, 10, `${catalog.version}+raised`));
      },
    };
  },
  server: async (taxed) => {
    const server = await setup(taxed ? { taxRates: demoTaxRates } : {});
    server.clock.set(start);
    const account = (await server.store.getAccount('acct_demo'))!;
    await server.store.putAccount({ ...account, billingDetails: taxed });
    const adapter = createHttpAdapter({
      baseUrl: 'http://localhost/api/billing',
      fetch: (input, init) => server.handler(new Request(input, init)),
      headers: { authorization: 'Bearer demo-admin' },
    });
    return {
      adapter,
      advance: server.clock.advance,
      async raisePrices() {
        const account = (await server.store.getAccount('acct_demo'))!;
        const catalog = account.catalog;
        await server.store.saveCatalog(
          'acct_demo',
          validateCatalog(raisePrices(catalog, 10, `${catalog.version}+raised`)),
        );
      },
    };
  },
};

/** What a scenario saw, without the ids each backend makes up. */
type Transcript = unknown[];

/** The pieces of a flow: each writes what the backend answered to the transcript. */
function steps(backend: Backend, transcript: Transcript) {
  const { adapter } = backend;
  const account = async () => {
    const { subscription, scheduled, balance } = await adapter.loadAccount();
    transcript.push({ account: { subscription, scheduled, balance } });
    return subscription.selection;
  };
  const preview = async (change: (current: Selection) => Selection) => {
    const selection = change(await account());
    const {
      id,
      expiresAt,
      catalogVersion,
      preview: priced,
      tax,
    } = await adapter.previewChange({
      selection,
    });
    transcript.push({
      preview: { committable: !id.startsWith('pvx_'), expiresAt, catalogVersion, priced, tax },
    });
    return id;
  };
  const commit = async (previewId: string, key: string) => {
    try {
      const { id: _id, ...result } = await adapter.commitChange({ previewId, idempotencyKey: key });
      transcript.push({ commit: result });
      return result;
    } catch (error) {
      const { code, preview: fresh } = error as AdapterError;
      transcript.push({ refused: code, fresh: fresh?.preview ?? null, tax: fresh?.tax });
      return null;
    }
  };
  return { account, preview, commit };
}

const scenarios: Record<string, (backend: Backend, transcript: Transcript) => Promise<void>> = {
  'contacts up': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, contactLimit: 20000 })), 'key-contacts-up');
    await account();
  },
  'seats up, then down': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, seats: s.seats + 1 })), 'key-seats-up');
    await commit(await preview((s) => ({ ...s, seats: 2 })), 'key-seats-down');
    await account();
  },
  'plan up': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, plan: 'pro' })), 'key-plan-up');
    await account();
  },
  'plan down, routed to a request that cannot be committed': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, plan: 'starter', seats: 1 })), 'key-plan-down');
    await account();
  },
  'an add-on': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, addOns: ['sms'] })), 'key-add-on');
    await account();
  },
  'the Marketing + Sales bundle': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, product: 'marketing-sales' })), 'key-bundle');
    await account();
  },
  'monthly to yearly, which starts a new period': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    const id = await preview((s) => ({ ...s, interval: 'year' }));
    backend.advance(60_000);
    await commit(id, 'key-yearly');
    await account();
  },
  'a scheduled change, then a second one merged with it': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    await commit(await preview((s) => ({ ...s, contactLimit: 20000 })), 'key-first-up');
    await commit(await preview((s) => ({ ...s, contactLimit: 10000 })), 'key-contacts-down');
    await commit(await preview((s) => ({ ...s, seats: 2 })), 'key-seats-down-too');
    await commit(await preview((s) => ({ ...s, plan: 'pro' })), 'key-plan-up-meanwhile');
    await account();
    backend.advance(25 * 24 * 60 * 60_000);
    await account();
  },
  'price changed between review and confirm': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    const id = await preview((s) => ({ ...s, contactLimit: 20000 }));
    await backend.raisePrices();
    await commit(id, 'key-before-rise');
    await commit(await preview((s) => ({ ...s, contactLimit: 20000 })), 'key-after-rise');
    await account();
  },
  'a retry with the same key, and the key reused for another preview': async (backend, t) => {
    const { preview, commit, account } = steps(backend, t);
    const id = await preview((s) => ({ ...s, plan: 'pro' }));
    await commit(id, 'key-retried');
    await commit(id, 'key-retried');
    await commit(id, 'key-other-one');
    await commit(await preview((s) => ({ ...s, seats: 6 })), 'key-retried');
    await account();
  },
};

/** Each commit of a scenario as `mode charged-or-not`, or the code it was refused with. */
function outcomes(transcript: Transcript): string[] {
  return transcript.flatMap((entry) => {
    const { commit, refused } = entry as {
      commit?: { mode: string; charged: { amount: number } };
      refused?: string;
    };
    if (commit) return [`${commit.mode} ${commit.charged.amount > 0 ? 'charged' : 'free'}`];
    return refused ? [`refused ${refused}`] : [];
  });
}

const expected: Record<keyof typeof scenarios, string[]> = {
  'contacts up': ['purchase charged'],
  'seats up, then down': ['purchase charged', 'scheduled free'],
  'plan up': ['purchase charged'],
  'plan down, routed to a request that cannot be committed': ['refused preview-not-committable'],
  'an add-on': ['purchase charged'],
  'the Marketing + Sales bundle': ['purchase charged'],
  'monthly to yearly, which starts a new period': ['purchase charged'],
  'a scheduled change, then a second one merged with it': [
    'purchase charged',
    'scheduled free',
    'scheduled free',
    'purchase charged',
  ],
  'price changed between review and confirm': ['refused price-changed', 'purchase charged'],
  'a retry with the same key, and the key reused for another preview': [
    'purchase charged',
    'purchase charged',
    'refused preview-already-used',
    'refused idempotency-key-reused',
  ],
};

const customers: Record<string, Taxed> = {
  'without tax': null,
  'for a French business (TVA 20 %)': demoBillingDetails.frenchBusiness,
  'for a German business (reverse charge)': demoBillingDetails.germanBusiness,
};

describe.each(Object.keys(customers))('the memory adapter and the reference server, %s', (who) => {
  it.each(Object.keys(scenarios))('answer the same to: %s', async (name) => {
    const transcripts: Record<string, Transcript> = {};
    for (const [kind, create] of Object.entries(backends)) {
      const transcript: Transcript = [];
      await scenarios[name]!(await create(customers[who]!), transcript);
      transcripts[kind] = transcript;
    }
    expect(transcripts['memory']).toEqual(transcripts['server']);
    // Taxed runs carry tax on every preview; untaxed ones on none.
    const taxes = transcripts['server']!.flatMap((entry) => {
      const { preview } = entry as { preview?: { tax?: unknown } };
      return preview ? [preview.tax !== undefined] : [];
    });
    expect(new Set(taxes)).toEqual(new Set([customers[who] !== null]));
    // And the flow did what its name says.
    expect(outcomes(transcripts['server']!)).toEqual(expected[name]);
  });
});
