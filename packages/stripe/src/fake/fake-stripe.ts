// A loopback fake of the few Stripe API routes this package uses, for the real `stripe` SDK:
// `fake.client()` is `new Stripe(key, { host: '127.0.0.1', port, protocol: 'http' })`. It answers
// with Stripe's own example objects (fixtures/), records every request, keeps Stripe's idempotency
// rules, and can be scripted to fail the way Stripe fails. Published as `@tarif/stripe/fake` for
// demos and tests: it binds to loopback only, and is not Stripe (see README "The fake").
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import Stripe from 'stripe';
import {
  paymentIntentFixture,
  priceFixture,
  subscriptionFixture,
} from './fixtures/stripe-objects.js';
import type { Wire } from './fixtures/wire.js';
import { decodeForm } from './form.js';
import type { FormObject, FormValue } from './form.js';

export interface RecordedRequest {
  readonly method: string;
  /** The path without the query, e.g. `/v1/prices`. */
  readonly path: string;
  /** The decoded query (GET, DELETE) or form body (POST). */
  readonly params: FormObject;
  readonly idempotencyKey: string | null;
  readonly stripeVersion: string | null;
}

/**
 * Ways Stripe fails, each used once by the first request it matches:
 * - `card_declined`: 402 card_error `card_declined` (generic_decline); nothing charged.
 * - `requires_action`: 402 `invoice_payment_intent_requires_action`, with a PaymentIntent in
 *   `requires_action` (3-D Secure), as `payment_behavior: 'error_if_incomplete'` answers.
 * - `rate_limited`: 429 `rate_limit`, before anything runs.
 * - `server_error`: 500 api_error.
 * - `idempotency_key_in_use`: 409, another request with the same key is running.
 * - `drop`: the connection is cut before the request is processed.
 * - `drop_after_processing`: the request is processed (its effect happens and its answer is kept
 *   for its idempotency key), then the connection is cut: a response lost after Stripe acted.
 * - `hang`: no answer at all, until the fake closes (the SDK's `timeout` fires).
 */
export type ScriptedFailure =
  | 'card_declined'
  | 'requires_action'
  | 'rate_limited'
  | 'server_error'
  | 'idempotency_key_in_use'
  | 'drop'
  | 'drop_after_processing'
  | 'hang';

export interface RequestMatch {
  readonly method?: string;
  readonly path?: string | RegExp;
}

/** What a route answers: a status (200 by default) and a JSON body. */
export interface RouteAnswer {
  readonly status?: number;
  readonly body: unknown;
}

export type RouteHandler = (
  request: RecordedRequest,
  pathParams: { readonly [name: string]: string },
) => RouteAnswer;

export type WirePrice = Wire<Stripe.Price>;

export interface FakeStripe {
  readonly port: number;
  /** The real SDK pointed at the fake: no telemetry, no retries unless `config` says otherwise. */
  client(config?: Stripe.StripeConfig): Stripe;
  /** Every request received, in order, including failed and replayed ones. */
  readonly requests: readonly RecordedRequest[];
  /** Mutating requests that succeeded (2xx, not replayed): what Stripe acted on. */
  readonly effects: readonly RecordedRequest[];
  /** Stripe's prices, in the order added (`prices.list` pages through them). */
  readonly prices: {
    add(fields: Partial<WirePrice>): WirePrice;
    all(): readonly WirePrice[];
    /** Replaces fields of the price with `id` (an archive, a changed amount). */
    update(id: string, fields: Partial<WirePrice>): void;
  };
  failNext(failure: ScriptedFailure, match?: RequestMatch): void;
  /** Adds or replaces a route; `pattern` may hold `:name` segments (`/v1/invoices/:id/pay`). */
  route(method: string, pattern: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

interface StoredAnswer {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: RouteHandler;
}

export interface FakeStripeOptions {
  /** The loopback port to listen on; 0 (the default) picks a free one, read back as `fake.port`. */
  readonly port?: number;
}

/** Starts the fake on 127.0.0.1; `close()` stops it. */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const effects: RecordedRequest[] = [];
  const prices: WirePrice[] = [];
  const failures: { failure: ScriptedFailure; match: RequestMatch }[] = [];
  const idempotent = new Map<string, StoredAnswer>();
  const routes: Route[] = [];
  const sockets = new Set<Socket>();
  let ids = 0;
  const nextId = (prefix: string) => `${prefix}_fake${String(++ids).padStart(6, '0')}`;

  const route = (method: string, pattern: string, handler: RouteHandler) => {
    const names: string[] = [];
    const source = pattern.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const compiled = new RegExp(`^${source}$`);
    const existing = routes.findIndex(
      (r) => r.method === method && r.pattern.source === compiled.source,
    );
    const entry = { method, pattern: compiled, names, handler };
    if (existing === -1) routes.push(entry);
    else routes[existing] = entry;
  };

  route('GET', '/v1/prices', (request) => listPrices(prices, request.params));
  route('GET', '/v1/prices/:id', (_, { id }) => {
    const price = prices.find((p) => p.id === id);
    return price ? { body: price } : notFound('price', id);
  });
  route('GET', '/v1/subscriptions/:id', (_, { id }) => ({ body: { ...subscriptionFixture, id } }));
  route('POST', '/v1/subscriptions/:id', (_, { id }) => ({ body: { ...subscriptionFixture, id } }));

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : null;
    };
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      params: decodeForm(method === 'POST' ? body : url.search.slice(1)),
      idempotencyKey: header('idempotency-key'),
      stripeVersion: header('stripe-version'),
    };
    requests.push(request);
    const requestId = nextId('req');
    const send = (status: number, text: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': requestId,
        ...extra,
      });
      res.end(text);
    };

    const scripted = takeFailure(failures, request);
    if (scripted === 'drop') return void res.socket?.destroy();
    if (scripted === 'hang') return;
    if (scripted === 'rate_limited') {
      return send(
        429,
        json(stripeError('invalid_request_error', 'rate_limit', 'Too many requests.')),
      );
    }
    if (scripted === 'idempotency_key_in_use') {
      const message = 'There is currently another in-progress request using this idempotency key.';
      return send(
        409,
        json(stripeError('invalid_request_error', 'idempotency_key_in_use', message)),
      );
    }

    // Stripe keeps the first answer of a key once an endpoint has started, errors included, and
    // refuses the key with other parameters. GET requests are not idempotent-keyed.
    const key = method === 'GET' ? null : request.idempotencyKey;
    const fingerprint = `${method} ${request.path} ${body}`;
    const stored = key === null ? undefined : idempotent.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        const message =
          'Keys for idempotent requests can only be used with the same parameters they were first used with.';
        return send(400, json(stripeError('idempotency_error', undefined, message)));
      }
      return send(stored.status, stored.body, { 'idempotent-replayed': 'true' });
    }

    const answer = answerFor(request, scripted);
    const text = json(answer.body);
    const status = answer.status ?? 200;
    if (method !== 'GET') {
      if (status < 300) effects.push(request);
      if (key !== null) idempotent.set(key, { fingerprint, status, body: text });
    }
    if (scripted === 'drop_after_processing') return void res.socket?.destroy();
    send(status, text);
  }

  function answerFor(request: RecordedRequest, scripted: ScriptedFailure | undefined): RouteAnswer {
    if (scripted === 'card_declined') return cardDeclined('generic_decline');
    if (scripted === 'requires_action') return requiresAction();
    if (scripted === 'server_error') {
      return {
        status: 500,
        body: stripeError('api_error', undefined, 'An unknown error occurred.'),
      };
    }
    for (const candidate of routes) {
      if (candidate.method !== request.method) continue;
      const match = candidate.pattern.exec(request.path);
      if (!match) continue;
      const params = Object.fromEntries(
        candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]),
      );
      return candidate.handler(request, params);
    }
    return {
      status: 404,
      body: {
        error: {
          type: 'invalid_request_error',
          message: `Unrecognized request URL (${request.method}: ${request.path}).`,
        },
      },
    };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    client: (config = {}) =>
      new Stripe('sk_test_fake', {
        host: '127.0.0.1',
        port,
        protocol: 'http',
        telemetry: false,
        maxNetworkRetries: 0,
        ...config,
      }),
    requests,
    effects,
    prices: {
      add(fields) {
        const price: WirePrice = {
          ...priceFixture,
          id: nextId('price'),
          product: 'prod_fake',
          custom_unit_amount: null,
          transform_quantity: null,
          ...fields,
        };
        prices.push(price);
        return price;
      },
      all: () => prices,
      update(id, fields) {
        const index = prices.findIndex((price) => price.id === id);
        if (index === -1) throw new Error(`No fake price ${id}`);
        prices[index] = { ...prices[index]!, ...fields };
      },
    },
    failNext: (failure, match = {}) => void failures.push({ failure, match }),
    route,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** Stripe's 402 for a declined card; `declineCode` as Stripe's decline codes name it. */
export function cardDeclined(declineCode: string): RouteAnswer {
  return {
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: declineCode,
        message: 'Your card was declined.',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      },
    },
  };
}

/** Stripe's 402 when `payment_behavior: 'error_if_incomplete'` meets a payment needing 3-D Secure. */
export function requiresAction(): RouteAnswer {
  return {
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'invoice_payment_intent_requires_action',
        message:
          'Payment for this subscription requires additional user action before it can be completed successfully.',
        payment_intent: { ...paymentIntentFixture, status: 'requires_action' },
      },
    },
  };
}

function takeFailure(
  failures: { failure: ScriptedFailure; match: RequestMatch }[],
  request: RecordedRequest,
): ScriptedFailure | undefined {
  const index = failures.findIndex(({ match }) => {
    if (match.method !== undefined && match.method !== request.method) return false;
    if (match.path === undefined) return true;
    return typeof match.path === 'string'
      ? match.path === request.path
      : match.path.test(request.path);
  });
  if (index === -1) return undefined;
  return failures.splice(index, 1)[0]!.failure;
}

function listPrices(prices: readonly WirePrice[], params: FormObject): RouteAnswer {
  const keys = strings(params['lookup_keys']);
  const active = params['active'];
  const currency = params['currency'];
  const matching = prices.filter(
    (price) =>
      (keys === null || (price.lookup_key !== null && keys.includes(price.lookup_key))) &&
      (active === undefined || String(price.active) === active) &&
      (currency === undefined || price.currency === currency),
  );
  const after = typeof params['starting_after'] === 'string' ? params['starting_after'] : null;
  const start = after === null ? 0 : matching.findIndex((price) => price.id === after) + 1;
  const limit = typeof params['limit'] === 'string' ? Number(params['limit']) : 10;
  const page = matching.slice(start, start + limit);
  return {
    body: {
      object: 'list',
      data: page,
      has_more: start + limit < matching.length,
      url: '/v1/prices',
    },
  };
}

function strings(value: FormValue | undefined): string[] | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}

const json = (value: unknown) => JSON.stringify(value);

function stripeError(type: string, code: string | undefined, message: string): unknown {
  return { error: { type, ...(code === undefined ? {} : { code }), message } };
}

/** Stripe's 404 for an id it does not know. */
export function notFound(resource: string, id: string | undefined): RouteAnswer {
  return {
    status: 404,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: resource,
        message: `No such ${resource}: '${id ?? ''}'`,
      },
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
