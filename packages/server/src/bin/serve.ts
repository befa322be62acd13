#!/usr/bin/env node
// The demo server: `tarif-server` (or `node dist/bin/serve.js`). See docs/server.md for the variables.
import { runDemoServer } from '../demo/run-demo-server.js';
import { quietSqliteWarning } from '../demo/quiet-sqlite-warning.js';

quietSqliteWarning();
await runDemoServer({ env: process.env });
