#!/usr/bin/env node
// `tarif-stripe check --catalog catalog.json`, with STRIPE_SECRET_KEY: see ../cli/run-cli.ts.
import { readFile } from 'node:fs/promises';
import Stripe from 'stripe';
import { runCli } from '../cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  readFile: (path) => readFile(path, 'utf8'),
  createStripe: (key) => new Stripe(key, { telemetry: false, maxNetworkRetries: 2 }),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
