// The page the interaction benchmark drives (see packages/ui/scripts/interaction-bench.ts):
// BillingPage over a memory adapter, a bare Radix slider beside it as the baseline, and
// `window.runBench()` which presses keys and clicks buttons the way a user would, timing each
// step on the main thread. No JSX, so that the package build (which skips *.bench.ts) and the
// bench server need no extra setup.
//
// First import: on the count pass (`?count`) it installs React's commit hook, before React loads.
import {
  assertHookInjected,
  counting,
  startRecording,
  stopRecording,
} from './render-count.bench.js';
import type { RenderCounts } from './render-count.bench.js';
import { Fragment, Profiler, createElement as h, useEffect, useState } from 'react';
import type { ProfilerOnRenderCallback, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import * as Slider from '@radix-ui/react-slider';
import type { Catalog } from '@tarif/core';
import { createDemoSubscription, demoCatalogEUR } from '@tarif/core/demo';
import { BillingProvider, useReview } from '@tarif/react';
import { createMemoryAdapter } from '@tarif/react/testing';
import type { MemoryAdapter } from '@tarif/react/testing';
import { BillingPage } from '../billing-page/billing-page.js';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { SeatStepper } from '../seat-stepper/seat-stepper.js';
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

/** What a burst timed: the bare slider (baseline), Tarif's slider or Tarif's seat stepper. */
export type BurstPart = 'bare' | 'slider' | 'stepper';

export interface BurstResult {
  readonly part: BurstPart;
  /** Main-thread time of each step, in milliseconds, in order. */
  readonly times: readonly number[];
  /** Previews the adapter received while the burst ran, and in the 600 ms after it. */
  readonly previewsDuringBurst: number;
  readonly previewsAfterBurst: number;
  /** Count pass only: what React committed during the burst (its steps and the pauses between). */
  readonly renders?: RenderCounts;
  /** Count pass only: Profiler id → commits in which something under that Profiler rendered. */
  readonly profiler?: Readonly<Record<string, number>>;
}

export interface BenchResult {
  readonly scenario: 'page' | 'live';
  /** In the order they ran: bare, slider, bare, stepper, bare. */
  readonly bursts: readonly BurstResult[];
  /** Previews when the review opens at the end of each flow (page scenario only). */
  readonly previewsOnReview?: number;
  /** Inline size of each slider's control in CSS pixels, to show that both draw the same track. */
  readonly controlWidths: { readonly bare: number; readonly slider: number };
  /** The slider's range, checked equal for both: 0 to `max`, from `start`, one band a step. */
  readonly sliderSteps: { readonly max: number; readonly start: number };
}

declare global {
  interface Window {
    runBench?: () => Promise<BenchResult>;
  }
}

const now = new Date('2026-03-16T12:00:00Z');
const scenario = new URLSearchParams(location.search).get('scenario') === 'live' ? 'live' : 'page';
const catalog = benchCatalog();
const base = createDemoSubscription(now);
const startLimit = 2000;
const adapter: MemoryAdapter = createMemoryAdapter({
  catalog,
  // Pro with 5 seats and 2 000 contacts: room to go up 100 steps on both.
  subscription: {
    ...base,
    contactsInUse: 1500,
    seatsInUse: 2,
    selection: { ...base.selection, plan: 'pro', contactLimit: startLimit, seats: 5 },
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

// ---- the baseline: a bare Radix slider -------------------------------------------------------------

/**
 * A slider without Tarif: @radix-ui/react-slider (a devDependency of @tarif/ui kept for this
 * comparison only; ContactLimitSlider has its own slider since issue 12), the same range (one step per band and one past the last, as
 * `useContactLimitField` has it), the same start, the same classes on root, track, range and
 * thumb, controlled by a `useState`. Nothing else renders on its steps.
 */
const bareSteps = {
  max: catalog.contactBands.length,
  start: catalog.contactBands.indexOf(startLimit),
};
let setBareValue: ((value: number) => void) | undefined;

function BareSlider() {
  const [value, setValue] = useState(bareSteps.start);
  useEffect(() => {
    setBareValue = setValue;
  }, []);
  return h(
    Slider.Root,
    {
      className: 'tarif-cls-control',
      min: 0,
      max: bareSteps.max,
      step: 1,
      value: [value],
      onValueChange: (values: number[]) => setValue(values[0] ?? value),
    },
    h(
      Slider.Track,
      { className: 'tarif-cls-track' },
      h(Slider.Range, { className: 'tarif-cls-range' }),
    ),
    h(Slider.Thumb, { className: 'tarif-cls-thumb', 'aria-label': 'Baseline' }),
  );
}

// As wide as the slider in the contacts dialog (560 px less its padding and border). On the page,
// inside a <form> as ContactLimitSlider is inside the dialog's form: Radix then renders a hidden
// input per thumb and fires an input event on it at every step (ContactLimitSlider's own slider
// has no hidden input: it takes no `name` and posts nothing).
const bare = h(
  'div',
  {
    className: 'tarif',
    'data-slot': 'bench-bare-slider',
    style: { inlineSize: 510, margin: '24px 25px' },
  },
  scenario === 'page'
    ? h(
        'form',
        { onSubmit: (event: { preventDefault(): void }) => event.preventDefault() },
        h(BareSlider),
      )
    : h(BareSlider),
);

// ---- the page ---------------------------------------------------------------------------------------

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

/** Profiler id → commits in which its subtree rendered (count pass; the profiling build only). */
const profilerCommits = new Map<string, number>();
const onRender: ProfilerOnRenderCallback = (id) => {
  profilerCommits.set(id, (profilerCommits.get(id) ?? 0) + 1);
};
const profiled = (id: string, node: ReactNode) =>
  counting ? h(Profiler, { id, onRender }, node) : node;

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
createRoot(container).render(
  h(
    Fragment,
    null,
    h(
      BillingProvider,
      { adapter, locale: 'en', now: () => now },
      profiled(scenario === 'page' ? 'BillingPage' : 'widgets', content),
    ),
    profiled('bare slider', bare),
  ),
);
assertHookInjected();

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
 * Before a burst: let running animations (a dialog's entrance) finish and the page go idle, so
 * that a burst times its own steps, not the end of what opened it.
 */
async function settle() {
  const ending = document
    .getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined));
  await Promise.race([Promise.all(ending), sleep(2000)]);
  await sleep(100);
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

/**
 * 100 steps at 60 Hz (faster than any key repeat), counting the adapter's previews; on the count
 * pass, also what React committed from the first step to the end of the last pause.
 */
async function burst(part: BurstPart, act: () => void, steps = 100): Promise<BurstResult> {
  const before = adapter.calls.previewChange;
  const times: number[] = [];
  if (counting) {
    profilerCommits.clear();
    startRecording();
  }
  for (let i = 0; i < steps; i++) {
    times.push(await step(act));
    await sleep(16);
  }
  const counted = counting
    ? { renders: stopRecording(), profiler: Object.fromEntries(profilerCommits) }
    : {};
  const during = adapter.calls.previewChange - before;
  await sleep(600);
  const after = adapter.calls.previewChange - before - during;
  return {
    part,
    times,
    previewsDuringBurst: during,
    previewsAfterBurst: after,
    ...counted,
  };
}

const key = (target: Element, name: string) => () =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
  );

const byLabel = (label: string) =>
  document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

const valueOf = (thumb: Element) => Number(thumb.getAttribute('aria-valuenow'));

/** Fails the run (the bench could not measure what it says) when a slider is not where expected. */
function expectSlider(thumb: Element, what: string, value: number) {
  const max = Number(thumb.getAttribute('aria-valuemax'));
  if (max !== bareSteps.max || valueOf(thumb) !== value) {
    throw new Error(
      `bench: ${what} at ${valueOf(thumb)} of 0–${max}, expected ${value} of 0–${bareSteps.max}`,
    );
  }
}

const widthOf = (thumb: Element) =>
  thumb.closest('.tarif-cls-control')?.getBoundingClientRect().width ?? 0;

/** 100 × ArrowRight on the bare slider, from the same start as Tarif's, with no dialog open. */
async function bareBurst(): Promise<BurstResult> {
  setBareValue?.(bareSteps.start);
  const thumb = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(
      '[data-slot="bench-bare-slider"] [role="slider"]',
    );
    return found && valueOf(found) === bareSteps.start ? found : null;
  });
  await settle();
  thumb.focus();
  expectSlider(thumb, 'the bare slider', bareSteps.start);
  const result = await burst('bare', key(thumb, 'ArrowRight'));
  expectSlider(thumb, 'the bare slider after its burst', bareSteps.start + result.times.length);
  return result;
}

async function closeDialogs() {
  document.activeElement?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
  );
  await waitFor(() => !document.querySelector('[role="dialog"]') || null);
}

async function runPage(): Promise<BenchResult> {
  const bursts: BurstResult[] = [];
  let previewsOnReview = 0;
  await waitFor(() => byLabel('Edit contact limit'));
  bursts.push(await bareBurst());

  // Contacts: Edit → 100 × ArrowRight on the slider → Update → the review asks for its price.
  (await waitFor(() => byLabel('Edit contact limit'))).click();
  const thumb = await waitFor(() =>
    document.querySelector<HTMLElement>('[data-slot="contact-limit-slider-thumb"]'),
  );
  await settle();
  thumb.focus();
  expectSlider(thumb, 'ContactLimitSlider', bareSteps.start);
  const slider = await burst('slider', key(thumb, 'ArrowRight'));
  expectSlider(thumb, 'ContactLimitSlider after its burst', bareSteps.start + slider.times.length);
  const controlWidths = {
    slider: widthOf(thumb),
    bare: widthOf(
      document.querySelector('[data-slot="bench-bare-slider"] [role="slider"]') ?? thumb,
    ),
  };
  bursts.push(slider);
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
  await closeDialogs();
  bursts.push(await bareBurst());

  // Seats: Edit → 100 clicks on + → Continue → review.
  (await waitFor(() => byLabel('Edit user seats'))).click();
  const plus = await waitFor(() => byLabel('Add a seat'));
  await settle();
  bursts.push(await burst('stepper', () => plus.click()));
  before = adapter.calls.previewChange;
  (
    await waitFor(() =>
      document.querySelector<HTMLButtonElement>('[data-slot="billing-page-seats-dialog-submit"]'),
    )
  ).click();
  await waitFor(() => document.querySelector('[data-slot="review-purchase-modal"]'));
  await sleep(600);
  previewsOnReview += adapter.calls.previewChange - before;
  await closeDialogs();
  bursts.push(await bareBurst());
  return { scenario: 'page', bursts, previewsOnReview, controlWidths, sliderSteps: bareSteps };
}

async function runLive(): Promise<BenchResult> {
  const bursts: BurstResult[] = [];
  const thumb = await waitFor(() =>
    document.querySelector<HTMLElement>('[data-slot="contact-limit-slider-thumb"]'),
  );
  // The review is open but has nothing to price until the draft moves.
  await sleep(600);
  bursts.push(await bareBurst());
  await settle();
  thumb.focus();
  expectSlider(thumb, 'ContactLimitSlider', bareSteps.start);
  const slider = await burst('slider', key(thumb, 'ArrowRight'));
  expectSlider(thumb, 'ContactLimitSlider after its burst', bareSteps.start + slider.times.length);
  bursts.push(slider);
  bursts.push(await bareBurst());
  const plus = await waitFor(() => byLabel('Add a seat'));
  await settle();
  bursts.push(await burst('stepper', () => plus.click()));
  bursts.push(await bareBurst());
  const bareThumb = document.querySelector('[data-slot="bench-bare-slider"] [role="slider"]');
  return {
    scenario: 'live',
    bursts,
    controlWidths: { slider: widthOf(thumb), bare: bareThumb ? widthOf(bareThumb) : 0 },
    sliderSteps: bareSteps,
  };
}

window.runBench = scenario === 'page' ? runPage : runLive;
