// Interaction benchmark for @tarif/ui in real Chromium: 100 ArrowRight presses on the contact
// slider and 100 clicks on the seat stepper's +, inside BillingPage, timing each step on the
// main thread and counting the previews the adapter receives. Not a test: it prints figures.
//
//   pnpm exec tsx packages/ui/scripts/interaction-bench.ts [--runs 3]
//
// The page is packages/ui/src/benchmarks/interaction.bench.{html,ts}, served by Vite from the sources.
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { chromiumArgs, sourceAliases } from '../../../workspace.config.js';
import type { BenchResult, StepStats } from '../src/benchmarks/interaction.bench.js';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

// A production build (minified, React's production bundle), as a host app would ship it.
const outDir = mkdtempSync(path.join(tmpdir(), 'tarif-bench-'));
const root = fileURLToPath(new URL('../src/benchmarks/', import.meta.url));
await build({
  configFile: false,
  root,
  mode: 'production',
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: path.join(root, 'interaction.bench.html') },
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
const results: BenchResult[] = [];

/** One run in a fresh page. */
async function measure(scenario: string, attempt = 0): Promise<BenchResult> {
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/interaction.bench.html?scenario=${scenario}`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    return await page.evaluate(() => window.runBench!());
  } catch (error) {
    if (attempt < 2 && String(error).includes('context was destroyed'))
      return measure(scenario, attempt + 1);
    throw error;
  } finally {
    await page.close();
  }
}
try {
  for (const scenario of ['page', 'live']) {
    for (let run = 0; run < runs; run++) {
      results.push(await measure(scenario));
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const row = (name: string, s: StepStats) =>
  `${name.padEnd(34)} ${ms(s.medianMs).padStart(9)} ${ms(s.p95Ms).padStart(9)} ${ms(s.maxMs).padStart(9)} ${String(s.previewsDuringBurst).padStart(7)} ${String(s.previewsAfterBurst).padStart(7)}`;
console.log(
  `${'burst (100 steps, 60 Hz)'.padEnd(34)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)} ${'prev.in'.padStart(7)} ${'prev.out'.padStart(7)}`,
);
let worstP95 = 0;
let worstPreviews = 0;
for (const result of results) {
  console.log(
    `-- ${result.scenario}${result.previewsOnReview !== undefined ? `; previews when the reviews opened: ${result.previewsOnReview}` : ''}`,
  );
  for (const [name, stats] of [
    ['ContactLimitSlider ArrowRight', result.slider],
    ['SeatStepper + click', result.seats],
  ] as const) {
    console.log(row(name, stats));
    worstP95 = Math.max(worstP95, stats.p95Ms);
    worstPreviews = Math.max(worstPreviews, stats.previewsDuringBurst + stats.previewsAfterBurst);
  }
}
console.log(
  `\nworst p95 ${ms(worstP95)} (target < 4 ms); most previews per burst ${worstPreviews} (target <= 2)`,
);
