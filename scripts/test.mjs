// The test command: installs what the tests need, then runs every check and every test.
// Ends with one line CI can read: "N passed, N failed". Fails when anything failed or no test ran.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium, installWorkspace, root } from './bootstrap.mjs';
import { startThrowawayPostgres } from './postgres.mjs';

installWorkspace();
ensureChromium();

// The PostgreSQL tests are required: without a server the run fails here, not test by test.
let postgres = null;
if (process.env.TARIF_TEST_POSTGRES_URL) {
  const shown = new URL(process.env.TARIF_TEST_POSTGRES_URL);
  if (shown.password) shown.password = '***';
  console.log(`postgres: TARIF_TEST_POSTGRES_URL is set, the tests use ${shown}`);
} else {
  try {
    postgres = await startThrowawayPostgres();
  } catch (error) {
    console.error(
      `\nPostgreSQL could not be started, and the PostgreSQL tests need it: ${error.message}\n` +
        "Install Debian's postgresql (or set PG_BIN to a PostgreSQL bin directory), or set " +
        'TARIF_TEST_POSTGRES_URL to the URL of a server you run.',
    );
    process.exit(1);
  }
  // Every check inherits it: the tests create their own databases from this admin URL.
  process.env.TARIF_TEST_POSTGRES_URL = postgres.url;
}

// Checks run asynchronously so that a signal is handled at once: the running check gets it too
// (a terminal's Ctrl-C reaches it anyway), no further check starts, and PostgreSQL is stopped.
// A second signal ends the run without waiting for the check.
let interrupted = null;
let running = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) process.exit(128 + os.constants.signals[interrupted]);
    interrupted = signal;
    console.error(`\n${signal}: stopping the run`);
    running?.kill(signal);
  });
}

function runCheck(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    running = child;
    const done = (status) => {
      if (running !== child) return;
      running = null;
      resolve(status);
    };
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const checks = [];
async function check(name, command, args, options) {
  if (interrupted) return;
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const status = await runCheck(command, args, options);
  checks.push({ name, ok: status === 0 });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`}`);
}

const reports = path.join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

try {
  await check('build', 'pnpm', ['run', 'build']);
  // The end-to-end tests serve the built dashboard from the built server.
  await check('build dashboard', 'pnpm', ['--filter', 'dashboard', 'run', 'build']);
  // The Next.js example's e2e test runs `next start` on this build; it must build with no network.
  await check('build nextjs example', 'pnpm', ['--filter', 'nextjs-example', 'run', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  await check('typecheck tests, stories and scripts', 'pnpm', [
    'exec',
    'tsc',
    '-p',
    'tsconfig.tests.json',
  ]);
  await check('typecheck dashboard and e2e', 'pnpm', [
    'exec',
    'tsc',
    '-p',
    'examples/dashboard',
    '--noEmit',
  ]);
  await check('typecheck nextjs e2e', 'pnpm', ['exec', 'tsc', '-p', 'examples/nextjs/e2e']);
  await check('lint', 'pnpm', ['run', 'lint']);
  // The published contract (docs/openapi.yaml) must parse and pass redocly.yaml's rules.
  await check('openapi lint', 'pnpm', ['run', 'lint:openapi']);
  await check('format', 'pnpm', ['run', 'format:check']);
  await check('vitest', 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ]);
  await check('size budgets', 'pnpm', ['exec', 'node', 'scripts/size.mjs']);
  // The packed packages in a fresh Vite app and Node backend built from the guides' code blocks,
  // one purchase in Chromium, and the host bundle's growth (docs/benchmarks.md). About 20 s.
  await check('adoption', 'pnpm', ['exec', 'node', 'scripts/adoption.mjs']);
  for (const pkg of ['core', 'react', 'ui', 'server', 'stripe', 'embed']) {
    const cwd = path.join(root, 'packages', pkg);
    await check(`publint @tarif/${pkg}`, 'pnpm', ['exec', 'publint', '--strict'], { cwd });
    // A stylesheet has no types to check.
    const exclude = pkg === 'ui' ? ['--exclude-entrypoints', 'styles.css'] : [];
    await check(
      `attw @tarif/${pkg}`,
      'pnpm',
      ['exec', 'attw', '--pack', '.', '--profile', 'esm-only', ...exclude],
      { cwd },
    );
  }
  await check('storybook build', 'pnpm', ['run', 'build-storybook']);
} finally {
  postgres?.stop();
}
if (interrupted) {
  console.error(`Interrupted by ${interrupted}: the run is incomplete.`);
  process.exit(128 + os.constants.signals[interrupted]);
}

let tests = { passed: 0, failed: 0 };
const vitestReport = path.join(reports, 'vitest.json');
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  tests = { passed: report.numPassedTests, failed: report.numFailedTests };
}
const failedChecks = checks.filter((c) => !c.ok);
console.log('\nChecks:');
for (const c of checks) console.log(`  ${c.ok ? 'ok    ' : 'FAILED'} ${c.name}`);
console.log(`Tests: ${tests.passed} passed, ${tests.failed} failed (vitest)`);
const passed = tests.passed + checks.length - failedChecks.length;
const failed = tests.failed + failedChecks.length;
console.log(`${passed} passed, ${failed} failed`);
if (tests.passed === 0) console.error('No test ran.');
process.exit(failed === 0 && tests.passed > 0 ? 0 : 1);
