import { test, type TestContext } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { createDemoSubscription, demoCatalogEUR } from '../demo/index.js';
import { formatMoney } from '../format/formatters.js';
import { previewChange } from './preview-change.js';
import { quote } from './quote.js';

// A fixed instant keeps runs comparable: 10 of 31 days left in January 2025.
const subscription = createDemoSubscription(new Date('2025-01-15T00:00:00Z'));
const at = '2025-01-22T00:00:00Z';
const upgrade = {
  ...subscription.selection,
  plan: 'pro',
  contactLimit: 20000,
  seats: 6,
  addOns: ['sms'],
};
const downgrade = { ...subscription.selection, plan: 'starter', seats: 1 };
const yearly = { ...subscription.selection, interval: 'year' as const };

// Vitest 5 benchmarks run inside a test through the `bench` fixture; `bench.compare` runs them one
// after another and prints a table per group. The table has no median column, and the median is the
// figure docs/benchmarks.md records (robust to GC pauses), so each group also logs it.
async function compareAndLogMedians(
  bench: BenchFixture,
  cases: Record<string, () => void>,
): Promise<void> {
  const names = Object.keys(cases);
  const results = await bench.compare(...names.map((name) => bench(name, cases[name]!)));
  for (const name of names) {
    const microseconds = (results.get(name).latency.p50 ?? Number.NaN) * 1000;
    console.log(`median ${microseconds.toFixed(2).padStart(8)} µs  ${name}`);
  }
}

type BenchFixture = TestContext['bench'];

test('quote', async ({ bench }) => {
  await compareAndLogMedians(bench, {
    'quote: Marketing Plus, 10 000 contacts': () => {
      quote(demoCatalogEUR, subscription.selection);
    },
    'quote: Pro, 20 000 contacts, extra seats and an add-on': () => {
      quote(demoCatalogEUR, upgrade);
    },
  });
});

test('previewChange', async ({ bench }) => {
  await compareAndLogMedians(bench, {
    'previewChange: upgrade purchased now (prorated)': () => {
      previewChange({ catalog: demoCatalogEUR, subscription, desired: upgrade, at });
    },
    'previewChange: monthly to yearly (new period)': () => {
      previewChange({ catalog: demoCatalogEUR, subscription, desired: yearly, at });
    },
    'previewChange: plan down (request)': () => {
      previewChange({ catalog: demoCatalogEUR, subscription, desired: downgrade, at });
    },
  });
});

test('around pricing', async ({ bench }) => {
  await compareAndLogMedians(bench, {
    'validateCatalog: demo catalog': () => {
      validateCatalog(demoCatalogEUR);
    },
    'formatMoney: fr, cached formatter': () => {
      formatMoney({ amount: 1613, currency: 'EUR' }, 'fr');
    },
  });
});
