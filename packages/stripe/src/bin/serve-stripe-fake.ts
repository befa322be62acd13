#!/usr/bin/env node
// The demo server with every charge going through `createStripePaymentsPort`, the real `stripe`
// SDK and the loopback fake: what `TARIF_PAYMENTS=stripe-fake pnpm start` runs. The same variables
// as `tarif-server` (docs/server.md), plus TARIF_STRIPE_FAKE_PORT (default: any free port).
import { demoAccounts, quietSqliteWarning, runDemoServer } from '@tarif/server/demo';
import { stripeFakePayments } from '../fake/stripe-fake-payments.js';

quietSqliteWarning();
await runDemoServer({
  env: process.env,
  payments: stripeFakePayments({
    accountIds: Object.keys(demoAccounts),
    port: Number(process.env['TARIF_STRIPE_FAKE_PORT'] ?? 0),
  }),
});
