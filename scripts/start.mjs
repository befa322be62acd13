// The main job: installs, builds the packages and the demo dashboard, then serves both from the
// reference server on localhost with a seeded SQLite file that survives restarts
// (DATABASE_URL=postgres://… serves from PostgreSQL instead). TARIF_PAYMENTS=stripe-fake charges
// through @tarif/stripe's payments port and the real Stripe SDK, against a loopback fake of Stripe.
import path from 'node:path';
import { installWorkspace, root, run } from './bootstrap.mjs';

// What each TARIF_PAYMENTS value runs: unset, the demo payments that move no money.
const servers = {
  demo: 'packages/server/dist/bin/serve.js',
  'stripe-fake': 'packages/stripe/dist/bin/serve-stripe-fake.js',
};
const payments = process.env.TARIF_PAYMENTS || 'demo';
if (!Object.hasOwn(servers, payments)) {
  console.error(
    `TARIF_PAYMENTS=${payments} is not known: use ${Object.keys(servers).join(' or ')}, or leave it unset.`,
  );
  process.exit(2);
}

installWorkspace();
for (const [name, args] of [
  ['packages', ['run', 'build']],
  ['dashboard', ['--filter', 'dashboard', 'run', 'build']],
]) {
  console.log(`Building ${name}...`);
  if (run('pnpm', args) !== 0) process.exit(1);
}

const env = {
  ...process.env,
  PORT: process.env.PORT ?? '8787',
  TARIF_DB: process.env.TARIF_DB ?? path.join(root, '.tarif-data', 'tarif.sqlite'),
  TARIF_STATIC_DIR: path.join(root, 'examples', 'dashboard', 'dist'),
};
// `pnpm exec node` is the workspace's Node 22 (node:sqlite needs 22.13 or later).
process.exit(run('pnpm', ['exec', 'node', servers[payments]], { env }));
