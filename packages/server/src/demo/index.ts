// @tarif/server/demo: what the demo server and the examples run on. None of it belongs in
// production: bearer tokens named after users, seeded accounts, a payments port that moves no money.
export { seedDemo } from './seed-demo.js';
export type { SeedDemoOptions } from './seed-demo.js';
export { demoAuthenticate } from './demo-authenticate.js';
export { demoUsers, demoAccounts } from './demo-users.js';
export { createDemoPayments, demoCard } from './demo-payments.js';
export type { DemoPayment, DemoPaymentsTable } from './demo-payments.js';
export { runDemoServer } from './run-demo-server.js';
export type { DemoPaymentsChoice, RunDemoServerOptions } from './run-demo-server.js';
export { quietSqliteWarning } from './quiet-sqlite-warning.js';
