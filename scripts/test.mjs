// The test command: installs what the tests need, then runs every check and every test.
// Ends with one line CI can read: "N passed, N failed". Fails when anything failed or no test ran.
import { readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, installWorkspace, root, run } from './bootstrap.mjs';

installWorkspace();
ensureChromium();

const checks = [];
function check(name, command, args, options) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const status = run(command, args, options);
  checks.push({ name, ok: status === 0 });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`}`);
}

const reports = path.join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

check('build', 'pnpm', ['run', 'build']);
// The end-to-end tests serve the built dashboard from the built server.
check('build dashboard', 'pnpm', ['--filter', 'dashboard', 'run', 'build']);
check('typecheck tests, stories and scripts', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.tests.json']);
check('typecheck dashboard and e2e', 'pnpm', [
  'exec',
  'tsc',
  '-p',
  'examples/dashboard',
  '--noEmit',
]);
check('lint', 'pnpm', ['run', 'lint']);
// The published contract (docs/openapi.yaml) must parse and pass redocly.yaml's rules.
check('openapi lint', 'pnpm', ['run', 'lint:openapi']);
check('format', 'pnpm', ['run', 'format:check']);
check('vitest', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
check('size budgets', 'pnpm', ['exec', 'node', 'scripts/size.mjs']);
for (const pkg of ['core', 'react', 'ui', 'server']) {
  const cwd = path.join(root, 'packages', pkg);
  check(`publint @tarif/${pkg}`, 'pnpm', ['exec', 'publint', '--strict'], { cwd });
  // A stylesheet has no types to check.
  const exclude = pkg === 'ui' ? ['--exclude-entrypoints', 'styles.css'] : [];
  check(
    `attw @tarif/${pkg}`,
    'pnpm',
    ['exec', 'attw', '--pack', '.', '--profile', 'esm-only', ...exclude],
    { cwd },
  );
}
check('storybook build', 'pnpm', ['run', 'build-storybook']);

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
