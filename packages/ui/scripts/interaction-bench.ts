// Interaction benchmark for @tarif/ui in real Chromium, against a baseline measured in the same
// page and the same run: a bare Radix slider (@radix-ui/react-slider, a devDependency kept for
// this baseline, with the same range, start and classes as ContactLimitSlider's own slider). Each page run times, one step at a time on the main thread,
// five bursts of 100 steps in turn: bare slider, Tarif's contact slider (100 × ArrowRight),
// bare slider, Tarif's seat stepper (100 clicks on +), bare slider; and counts the previews the
// adapter receives. Tarif's p95 is then given as a multiple of the bare slider's p95, so that a
// slower or busier machine, which slows both, does not move the figure the way it moves
// milliseconds. A last, untimed pass counts which components commit per step.
//
// Not a test: it prints figures and never fails on them. It exits non-zero only when it could not
// measure (a build, the browser or the page failed, or a slider was not where it should be).
//
//   pnpm exec tsx packages/ui/scripts/interaction-bench.ts [--runs 3] [--json results.json]
//
// The page is packages/ui/src/benchmarks/interaction.bench.{html,ts}, built by Vite from the sources.
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { chromiumArgs, sourceAliases } from '../../../workspace.config.js';
import type { BenchResult, BurstPart, BurstResult } from '../src/benchmarks/interaction.bench.js';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(argument('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs, at least 1');
  process.exit(2);
}

/** `--json <file>`: also writes every step time and count there. */
const jsonPath = argument('--json');

/** Targets, as multiples of the bare slider's p95 and in milliseconds. Printed, never enforced. */
const RATIO_TARGET = 1.5;
const FRAME_MS = 16.7;

const root = fileURLToPath(new URL('../src/benchmarks/', import.meta.url));
/** The version installed for @tarif/ui (the bench page imports from its dependencies). */
const version = (pkg: string) =>
  (
    JSON.parse(
      readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8'),
    ) as { version: string }
  ).version;

// Two builds of the same page. Timed: minified, React's production bundle, as a host app would
// ship it. Counted (served under /count/): not minified, so that components keep their names,
// and with react-dom/profiling in place of react-dom/client, so that <Profiler> reports.
const outDir = mkdtempSync(path.join(tmpdir(), 'tarif-bench-'));
const input = path.join(root, 'interaction.bench.html');
await build({
  configFile: false,
  root,
  mode: 'production',
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: { outDir, emptyOutDir: true, rollupOptions: { input } },
  logLevel: 'error',
});
await build({
  configFile: false,
  root,
  base: '/count/',
  mode: 'production',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
      ...Object.entries(sourceAliases).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  build: {
    outDir: path.join(outDir, 'count'),
    emptyOutDir: false,
    minify: false,
    rollupOptions: { input },
  },
  logLevel: 'error',
});
const server = await preview({
  configFile: false,
  root,
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});

const chromiumVersion = browser.version();
const load = () => loadavg()[0] ?? 0;
const loadStart = load();
const started = new Date();

/** One run in a fresh page. */
async function measure(url: string, attempt = 0): Promise<BenchResult> {
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}${url}`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    return await page.evaluate(() => window.runBench!());
  } catch (error) {
    if (attempt < 2 && String(error).includes('context was destroyed'))
      return measure(url, attempt + 1);
    throw error;
  } finally {
    await page.close();
  }
}

interface TimedRun {
  readonly run: number;
  readonly result: BenchResult;
  readonly loadBefore: number;
  readonly loadAfter: number;
}
const timed: TimedRun[] = [];
const counted: BenchResult[] = [];
try {
  // Page and live alternate too, starting with the other one every second run.
  for (let run = 1; run <= runs; run++) {
    const order = run % 2 === 1 ? ['page', 'live'] : ['live', 'page'];
    for (const scenario of order) {
      const loadBefore = load();
      const result = await measure(`/interaction.bench.html?scenario=${scenario}`);
      timed.push({ run, result, loadBefore, loadAfter: load() });
      process.stderr.write(`run ${run} ${scenario} done\n`);
    }
  }
  for (const scenario of ['page', 'live']) {
    counted.push(await measure(`/count/interaction.bench.html?scenario=${scenario}&count`));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
const loadEnd = load();

// The counter's own check: the bare slider renders its component once a step, nothing more.
for (const result of counted) {
  for (const b of result.bursts.filter((x) => x.part === 'bare')) {
    const seen = b.renders?.renders['BareSlider'];
    if (seen !== b.times.length) {
      console.error(
        `the commit counter saw BareSlider render ${seen ?? 0} times in ${b.times.length} steps (${result.scenario}); its counts cannot be trusted`,
      );
      process.exit(1);
    }
  }
}

// ---- figures --------------------------------------------------------------------------------------

if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ timed, counted }, null, 1));

/** Nearest rank: the smallest step time that `p` % of the steps do not exceed. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Stats {
  readonly steps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Steps longer than a frame at 60 Hz. */
  readonly overFrame: number;
}
function stats(times: readonly number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    steps: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    overFrame: sorted.filter((t) => t > FRAME_MS).length,
  };
}
const timesOf = (bursts: readonly BurstResult[], part: BurstPart) =>
  bursts.filter((b) => b.part === part).flatMap((b) => b.times);

const ms = (value: number) => `${value.toFixed(2)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;
const label: Record<BurstPart, string> = {
  bare: 'Bare Radix slider, ArrowRight',
  slider: 'ContactLimitSlider, ArrowRight',
  stepper: 'SeatStepper, + click',
};
const parts = ['bare', 'slider', 'stepper'] as const;
const scenarioLabel = { page: 'Page', live: 'Live review' } as const;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
/** p50, p95, p99 and max, then p50, p95 and p99 as multiples of the baseline's. */
const figures = (s: Stats, bare: Stats, part: BurstPart) => [
  ms(s.p50),
  ms(s.p95),
  ms(s.p99),
  ms(s.max),
  ...(part === 'bare'
    ? ['1 (baseline)', '1 (baseline)', '1 (baseline)']
    : [times(s.p50 / bare.p50), times(s.p95 / bare.p95), times(s.p99 / bare.p99)]),
];

const cpu = cpus();
console.log(`@tarif/ui interaction benchmark, ${started.toISOString()}`);
console.log(
  `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}`,
);
console.log(
  `Node ${process.version}, Chromium ${chromiumVersion}, React ${version('react')}, @radix-ui/react-slider ${version('@radix-ui/react-slider')} (the baseline)`,
);
const first = timed[0]?.result;
if (first) {
  console.log(
    `slider range 0–${first.sliderSteps.max} from ${first.sliderSteps.start}, one band a step, for both; control width: bare ${first.controlWidths.bare.toFixed(0)} px, ContactLimitSlider ${first.controlWidths.slider.toFixed(0)} px`,
  );
}
console.log(
  `${runs} run(s) of each scenario; load average (1 min): ${loadStart.toFixed(2)} at the start, ${loadEnd.toFixed(2)} at the end\n`,
);

// Each run: every burst against the bare slider's three bursts of the same page.
console.log("Per run (ratios: against the same page's 300 bare-slider steps)\n");
const perRun: string[][] = [];
for (const { run, result, loadBefore, loadAfter } of timed) {
  const bare = stats(timesOf(result.bursts, 'bare'));
  for (const part of parts) {
    const s = stats(timesOf(result.bursts, part));
    const previews = result.bursts
      .filter((b) => b.part === part)
      .map((b) => b.previewsDuringBurst + b.previewsAfterBurst);
    perRun.push([
      String(run),
      scenarioLabel[result.scenario],
      label[part],
      String(s.steps),
      ...figures(s, bare, part),
      part === 'bare' ? '' : previews.join(', '),
      `${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
    ]);
  }
}
console.log(
  table(
    ['Run', 'Scenario', 'Burst', 'Steps', 'p50', 'p95', 'p99', 'Max'].concat([
      'p50 ratio',
      'p95 ratio',
      'p99 ratio',
      'Previews',
      'Load 1 min',
    ]),
    perRun,
  ),
);

// All runs pooled, per scenario.
console.log(`\nAll ${runs} run(s) pooled\n`);
const pooled: string[][] = [];
const verdicts: string[] = [];
for (const scenario of ['page', 'live'] as const) {
  const results = timed.filter((t) => t.result.scenario === scenario).map((t) => t.result);
  const bare = stats(
    timesOf(
      results.flatMap((r) => r.bursts),
      'bare',
    ),
  );
  for (const part of parts) {
    const s = stats(
      timesOf(
        results.flatMap((r) => r.bursts),
        part,
      ),
    );
    const runRatios = results.map(
      (r) => stats(timesOf(r.bursts, part)).p95 / stats(timesOf(r.bursts, 'bare')).p95,
    );
    pooled.push([
      scenarioLabel[scenario],
      label[part],
      String(s.steps),
      ...figures(s, bare, part),
      part === 'bare' ? '' : `${times(Math.min(...runRatios))}–${times(Math.max(...runRatios))}`,
      String(s.overFrame),
    ]);
    if (scenario === 'page' && part !== 'bare') {
      const r = s.p95 / bare.p95;
      const within = runRatios.filter((x) => x <= RATIO_TARGET).length;
      verdicts.push(
        `${label[part]}: p95 ${times(r)} the bare slider's, target ≤ ${RATIO_TARGET}× ${r <= RATIO_TARGET ? 'met' : 'NOT met'} (${within} of ${runRatios.length} runs within); p99 ${ms(s.p99)}, target ≤ ${FRAME_MS} ms ${s.p99 <= FRAME_MS ? 'met' : 'NOT met'} (${s.overFrame} of ${s.steps} steps over ${FRAME_MS} ms)`,
      );
    }
  }
}
console.log(
  table(
    ['Scenario', 'Burst', 'Steps', 'p50', 'p95', 'p99', 'Max'].concat([
      'p50 ratio',
      'p95 ratio',
      'p99 ratio',
      'p95 ratio per run',
      `> ${FRAME_MS} ms`,
    ]),
    pooled,
  ),
);
console.log('\nTargets (page scenario, review closed during the bursts):');
for (const line of verdicts) console.log(`- ${line}`);
const previewCounts = timed.flatMap((t) =>
  t.result.bursts
    .filter((b) => b.part !== 'bare')
    .map((b) => b.previewsDuringBurst + b.previewsAfterBurst),
);
const onReview = timed.flatMap((t) => t.result.previewsOnReview ?? []);
console.log(
  `- previews per burst: at most ${Math.max(...previewCounts)}, target ≤ 2; when the page's two reviews opened: ${[...new Set(onReview)].join(' or ')}`,
);

// What commits per step, from the count pass (one untimed run of each scenario; the first burst
// of each part).
console.log(
  '\nWhat commits during a burst (count pass: one untimed run, unminified production build with react-dom/profiling)',
);
for (const result of counted) {
  for (const part of parts) {
    const b = result.bursts.find((x) => x.part === part);
    const renders = b?.renders;
    if (!b || !renders) continue;
    const steps = b.times.length;
    const perStep = (n: number) => (n / steps).toFixed(2);
    const profiler = Object.entries(b.profiler ?? {})
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    console.log(
      `\n${scenarioLabel[result.scenario]}, ${label[part]}: ${steps} steps, ${renders.commits} React commits; <Profiler> commits: ${profiler || 'none'}\n`,
    );
    const rows = Object.entries(renders.renders).map(([name, n]) => [
      name,
      String(renders.instances[name] ?? ''),
      String(n),
      perStep(n),
      String(renders.mounts[name] ?? ''),
    ]);
    console.log(
      table(['Component', 'Instances', `Commits in ${steps} steps`, 'Per step', 'Mounts'], rows),
    );
  }
}
