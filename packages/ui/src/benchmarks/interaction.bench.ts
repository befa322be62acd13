// The page the interaction benchmark drives (see packages/ui/scripts/interaction-bench.ts):
// BillingPage over a memory adapter, and `window.runBench()` which presses keys and clicks
// buttons the way a user would, timing each step on the main thread. No JSX, so that the
// package build (which skips *.bench.ts) and the bench server need no extra setup.
import { createElement as h, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Catalog } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { BillingProvider, useReview } from '@tarif/react';
import { createMemoryAdapter } from '@tarif/react/testing';
import type { MemoryAdapter } from '@tarif/react/testing';
import { BillingPage } from '../billing-page/billing-page.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
import { withUiMessages } from '../messages/index.js';
import '../styles.css';

/**
 * The demo catalog with 130 contact bands and up to 250 seats on Pro, so that each of 100
 * ArrowRight presses and 100 clicks on + really changes the draft (the demo's 12 bands and
 * 50 seats would turn most steps into no-ops).
 */
function benchCatalog(): Catalog {
  const bands = Array.from({ length: 130 }, (_, i) => 1000 * (i + 1));
  const grow = (prices: readonly number[]) => bands.map((_, i) => (prices[0] ?? 0) + i * 500);
  return {
    ...demoCatalogEUR,
    version: 'bench-1',
    contactBands: bands,
    products: demoCatalogEUR.products.map((product) => ({
      ...product,
      plans: product.plans.map((plan) => ({
        ...plan,
        ...(plan.prices
          ? { prices: { month: grow(plan.prices.month ?? []), year: grow(plan.prices.year ?? []) } }
          : {}),
        seats: plan.id === 'pro' ? { ...plan.seats, max: 250 } : plan.seats,
      })),
    })),
  };
}

export interface StepStats {
  readonly steps: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Previews the adapter received while the burst ran, and in the 600 ms after it. */
  readonly previewsDuringBurst: number;
  readonly previewsAfterBurst: number;
}

export interface BenchResult {
  readonly scenario: string;
  readonly slider: StepStats;
  readonly seats: StepStats;
  /** Previews when the review opens at the end of each flow (page scenario only). */
  readonly previewsOnReview?: number;
}

declare global {
  interface Window {
    runBench?: () => Promise<BenchResult>;
  }
}

const now = new Date('2026-03-16T12:00:00Z');
const scenario = new URLSearchParams(location.search).get('scenario') === 'live' ? 'live' : 'page';
const base = createDemoSubscription(now);
const adapter: MemoryAdapter = createMemoryAdapter({
  catalog: benchCatalog(),
  // Pro with 5 seats and 2 000 contacts: room to go up 100 steps on both.
  subscription: {
    ...base,
    contactsInUse: 1500,
    seatsInUse: 2,
    selection: { ...base.selection, plan: 'pro', contactLimit: 2000, seats: 5 },
  },
  now: () => now,
  latencyMs: 40,
});

/** Opens the review as soon as the account is there, so every draft change asks for a preview. */
function LiveReview() {
  const review = useReview();
  const ready = review.preview !== null;
  useEffect(() => {
    if (ready && !review.isOpen) review.open();
  }, [ready, review]);
  return null;
}

const content =
  scenario === 'page'
    ? h(BillingPage)
    : h(
        'div',
        { className: 'tarif', style: { display: 'grid', gap: 24, maxInlineSize: 560 } },
        h(ContactLimitSlider),
        h(SeatStepper),
        h(LiveReview),
      );

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
createRoot(container).render(
  h(
    BillingProvider,
    { adapter, locale: 'en', messages: withUiMessages(), now: () => now },
    content,
  ),
);

// ---- measuring ---------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(find: () => T | null | undefined, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error('bench: element never appeared');
    await sleep(16);
  }
}

/**
 * One step: dispatch, let React finish (its sync work runs in a microtask queued during the
 * event, before ours), then force style and layout. What the main thread spends before the
 * next frame could paint.
 */
async function step(act: () => void): Promise<number> {
  const start = performance.now();
  act();
  await Promise.resolve();
  void document.body.offsetHeight;
  return performance.now() - start;
}

/** 100 steps at 60 Hz (faster than any key repeat), counting the adapter's previews. */
async function burst(act: () => void, steps = 100): Promise<StepStats> {
  const before = adapter.calls.previewChange;
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    times.push(await step(act));
    await sleep(16);
  }
  const during = adapter.calls.previewChange - before;
  await sleep(600);
  const after = adapter.calls.previewChange - before - during;
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    steps,
    medianMs: rank(50),
    p95Ms: rank(95),
    maxMs: sorted.at(-1) ?? 0,
    previewsDuringBurst: during,
    previewsAfterBurst: after,
  };
}

const key = (target: Element, name: string) => () =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
  );

const byLabel = (label: string) =>
  document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

async function runPage(): Promise<BenchResult> {
  let previewsOnReview = 0;
  // Contacts: Edit → 100 × ArrowRight on the slider → Update → the review asks for its price.
  (await waitFor(() => byLabel('Edit contact limit'))).click();
  const thumb = await waitFor(() => document.querySelector<HTMLElement>('[role="slider"]'));
  thumb.focus();
  const slider = await burst(key(thumb, 'ArrowRight'));
  let before = adapter.calls.previewChange;
  (
    await waitFor(() =>
      document.querySelector<HTMLButtonElement>(
        '[data-slot="billing-page-contacts-dialog-submit"]',
      ),
    )
  ).click();
  await waitFor(() => document.querySelector('[data-slot="review-purchase-modal"]'));
  await sleep(600);
  previewsOnReview += adapter.calls.previewChange - before;
  document.activeElement?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
  );
  await waitFor(() => !document.querySelector('[role="dialog"]') || null);

  // Seats: Edit → 100 clicks on + → Continue → review.
  (await waitFor(() => byLabel('Edit user seats'))).click();
  const plus = await waitFor(() => byLabel('Add a seat'));
  const seats = await burst(() => plus.click());
  before = adapter.calls.previewChange;
  (
    await waitFor(() =>
      document.querySelector<HTMLButtonElement>('[data-slot="billing-page-seats-dialog-submit"]'),
    )
  ).click();
  await waitFor(() => document.querySelector('[data-slot="review-purchase-modal"]'));
  await sleep(600);
  previewsOnReview += adapter.calls.previewChange - before;
  return {
    scenario: 'billing page (review opens after each burst)',
    slider,
    seats,
    previewsOnReview,
  };
}

async function runLive(): Promise<BenchResult> {
  const thumb = await waitFor(() => document.querySelector<HTMLElement>('[role="slider"]'));
  // The review is open but has nothing to price until the draft moves.
  await sleep(600);
  thumb.focus();
  const slider = await burst(key(thumb, 'ArrowRight'));
  const plus = await waitFor(() => byLabel('Add a seat'));
  const seats = await burst(() => plus.click());
  return { scenario: 'live review (previews requested while the draft moves)', slider, seats };
}

window.runBench = scenario === 'page' ? runPage : runLive;
