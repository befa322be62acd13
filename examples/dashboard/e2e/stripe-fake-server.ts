import Stripe from 'stripe';
import { fetchRecordedRequests } from '@tarif/stripe/fake';
import type { RecordedRequest } from '@tarif/stripe/fake';
import { startServer } from './server-process.js';
import type { RunningServer } from './server-process.js';

export interface StripeFakeServer {
  readonly server: RunningServer;
  /** The real SDK, pointed at the server's loopback fake: the test reads and sets Stripe's side with it. */
  readonly stripe: Stripe;
  /** The fake's base URL (its test-only routes, e.g. the Stripe.js stand-in's). */
  readonly url: string;
  /** Every request the fake received so far, in order (the test's own included). */
  requests(): Promise<RecordedRequest[]>;
}

/** The fake's address, from the server's startup line (runDemoServer's payments description). */
const fakeLine = /loopback fake on (http:\/\/127\.0\.0\.1:\d+)/;

/** The demo server as `TARIF_PAYMENTS=stripe-fake pnpm start` runs it, on a fresh database. */
export async function startStripeFakeServer(database: string): Promise<StripeFakeServer> {
  const server = await startServer(database, undefined, undefined, { payments: 'stripe-fake' });
  const url = fakeLine.exec(await server.output(fakeLine))![1]!;
  const stripe = new Stripe('sk_test_fake', {
    host: '127.0.0.1',
    port: Number(new URL(url).port),
    protocol: 'http',
    telemetry: false,
    maxNetworkRetries: 0,
  });
  return { server, stripe, url, requests: () => fetchRecordedRequests(url) };
}
