// Copied into the adoption backend and run there, on PostgreSQL: docs/server.md's durable payments
// port (server/payments.ts, as the guide writes it) against a provider that, like Stripe, answers
// a repeated idempotency key with its first charge. Prints one JSON line of findings; the adoption
// check decides. Plain JavaScript, so it needs no place in the guide's tsconfig.
import pg from 'pg';
import { PaymentDeclinedError } from '@tarif/server';
import { createDurablePayments, createPaymentsTable } from './payments.ts';

const url = process.env.DATABASE_URL;
const charges = new Map();
let providerCalls = 0;
const provider = {
  async charge({ idempotencyKey }) {
    providerCalls += 1;
    // Let the other instance's call in before answering, as a network round trip would.
    await new Promise((resolve) => setImmediate(resolve));
    if (idempotencyKey.startsWith('decline-')) return { status: 'declined' };
    if (!charges.has(idempotencyKey)) charges.set(idempotencyKey, `ch_${charges.size + 1}`);
    return { status: 'succeeded', id: charges.get(idempotencyKey) };
  },
};
const eur = { amount: 4200, currency: 'EUR' };

const first = new pg.Pool({ connectionString: url });
const second = new pg.Pool({ connectionString: url });
await first.query(createPaymentsTable);
// Two instances finish one commit at once.
const together = await Promise.all([
  createDurablePayments(first, provider).charge('acct_acme', eur, 'key-1'),
  createDurablePayments(second, provider).charge('acct_acme', eur, 'key-1'),
]);
await first.end();
await second.end();

// A restart: a new pool, the same table.
const restarted = new pg.Pool({ connectionString: url });
const port = createDurablePayments(restarted, provider);
const callsBeforeReplay = providerCalls;
const replay = await port.charge('acct_acme', eur, 'key-1');
const replayReachedProvider = providerCalls !== callsBeforeReplay;
let otherAmount = 'accepted';
try {
  await port.charge('acct_acme', { amount: 4300, currency: 'EUR' }, 'key-1');
} catch (error) {
  otherAmount = error instanceof Error ? error.message : String(error);
}
let declined = 'accepted';
try {
  await port.charge('acct_acme', eur, 'decline-1');
} catch (error) {
  declined = error instanceof PaymentDeclinedError ? 'PaymentDeclinedError' : String(error);
}
await restarted.end();

console.log(
  JSON.stringify({
    together: together.map((result) => result.chargeId),
    replay: replay.chargeId,
    replayReachedProvider,
    providerCharges: charges.size,
    otherAmount,
    declined,
  }),
);
