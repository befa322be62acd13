// Stripe Billing's state for the loopback fake: subscriptions with items, the prorated invoices an
// update makes, `invoices.createPreview` computed from the same state, subscription schedules
// (fake-schedules.ts) and a renewal (`renew`, what a Stripe test clock's advance would do).
// Proration is the fake's own rule, as Stripe documents it: each item that changes gets a credit
// line for the unused time of the old price × quantity and a charge line for the remaining time of
// the new one, each rounded half up to the minor unit (in integers). A payment is decided by the customer's default payment method (fake-customers.ts).
import type Stripe from 'stripe';
import { installFakeCustomers } from './fake-customers.js';
import type { FakeCustomers } from './fake-customers.js';
import { cardDeclined, notFound, requiresAction } from './fake-stripe.js';
import type { FakeStripe, RouteAnswer, WirePrice } from './fake-stripe.js';
import { invoiceFixture, subscriptionFixture } from './fixtures/stripe-objects.js';
import type { Wire } from './fixtures/wire.js';
import { installFakeSchedules, scheduleWire } from './fake-schedules.js';
import type { FormObject, FormValue } from './form.js';

export interface FakeItem {
  readonly id: string;
  readonly price: string;
  readonly quantity: number;
}

export interface FakeSubscription {
  readonly id: string;
  readonly customer: string;
  /** 'canceled' once replaced (`FakeStripeAccount.subscribe` again); Stripe's lists then skip it. */
  status: 'active' | 'canceled';
  /** Unix seconds. */
  periodStart: number;
  periodEnd: number;
  items: FakeItem[];
  metadata: Record<string, string>;
  latestInvoice: string | null;
  schedule: string | null;
  /**
   * A `pending_if_incomplete` update waiting for its invoice to be paid: the items and period it
   * brings, applied when the customer confirms the invoice's PaymentIntent, dropped when it is voided.
   */
  pendingUpdate: {
    readonly items: FakeItem[];
    readonly period: { readonly start: number; readonly end: number };
    readonly invoice: string;
  } | null;
  /**
   * Stripe Tax on this subscription (`automatic_tax.enabled`), with what it finds for the customer
   * (from their address, their tax ids and the account's registrations, which this fake does not
   * model): the rate in basis points and Stripe's `taxability_reason`. Null: no automatic tax.
   */
  automaticTax: FakeAutomaticTax | null;
}

/** What Stripe Tax computes for a customer, as this fake applies it to each invoice line. */
export interface FakeAutomaticTax {
  /** Basis points (2000 = 20 %); 0 for a reverse charge. */
  readonly rate: number;
  readonly reason: 'standard_rated' | 'reverse_charge';
}

export interface FakeSchedule {
  readonly id: string;
  readonly subscription: string;
  /** Every phase sent, past ones included; `current` indexes the one running. */
  phases: FormObject[];
  current: number;
  metadata: Record<string, string>;
  endBehavior: string;
  status: 'active' | 'released';
}

export interface FakeBilling {
  /** Adds a subscription billing the prices with these lookup keys and quantities. */
  addSubscription(input: {
    readonly customer: string;
    readonly periodStart: Date;
    readonly periodEnd: Date;
    readonly items: readonly { readonly lookupKey: string; readonly quantity: number }[];
  }): FakeSubscription;
  subscription(id: string): FakeSubscription;
  /** Turns Stripe Tax on for a subscription with what it finds for the customer, or off (null). */
  setAutomaticTax(id: string, tax: FakeAutomaticTax | null): void;
  /** The customers; a subscription's customer is added (paying by `pm_card_visa`) if missing. */
  readonly customers: FakeCustomers;
  readonly invoices: ReadonlyMap<string, Wire<Stripe.Invoice>>;
  readonly schedules: ReadonlyMap<string, FakeSchedule>;
  /**
   * Stripe's clock for `billing_cycle_anchor: 'now'` (Unix seconds): Stripe restarts the period at
   * the time of the request, not at `proration_date`. The real time unless a test sets it.
   */
  setNow(date: Date): void;
  /**
   * The period ends (a test clock advanced to `periodEnd`): the schedule's next phase, if any,
   * becomes the items (a schedule on its last phase is released, `end_behavior: 'release'`), the
   * next period starts, and its invoice bills every item in full, paid. Returns that invoice.
   */
  renew(id: string): Wire<Stripe.Invoice>;
  /**
   * The customer's bank step for the PaymentIntent whose client secret is `clientSecret`, as
   * Stripe.js's `handleNextAction` ends it: 'succeeded' pays the invoice and applies its pending
   * update; 'failed' leaves it open (the PaymentIntent back to `requires_payment_method`).
   */
  authenticate(
    clientSecret: string,
    outcome: 'succeeded' | 'failed',
  ): 'succeeded' | 'requires_payment_method';
}

/** The fake's route for a Stripe.js stand-in: `{ client_secret, outcome }` → `{ status }`. */
export const authenticatePath = '/__fake/payment_intents/authenticate';

type Line = {
  readonly item: string;
  readonly price: WirePrice;
  readonly quantity: number;
  readonly sign: 1 | -1;
};

export function installFakeBilling(fake: FakeStripe): FakeBilling {
  const subscriptions = new Map<string, FakeSubscription>();
  const invoices = new Map<string, Wire<Stripe.Invoice>>();
  const schedules = new Map<string, FakeSchedule>();
  // PaymentIntent client secrets of open invoices (Stripe's `confirmation_secret`), to their invoice.
  const secrets = new Map<string, string>();
  let clock: number | null = null;
  const now = () => clock ?? Math.floor(Date.now() / 1000);
  const customers = installFakeCustomers(fake);
  let ids = 0;
  const nextId = (prefix: string) => `${prefix}_bill${String(++ids).padStart(6, '0')}`;

  const priceById = (id: string) => {
    const price = fake.prices.all().find((p) => p.id === id);
    if (!price) throw new Error(`No fake price ${id}`);
    return price;
  };
  const priceByKey = (key: string) => {
    const price = fake.prices.all().find((p) => p.lookup_key === key);
    if (!price) throw new Error(`No fake price with lookup key ${key}`);
    return price;
  };
  const find = (id: string | undefined) => {
    const sub = id === undefined ? undefined : subscriptions.get(id);
    if (!sub) throw new Error(`No fake subscription ${id ?? ''}`);
    return sub;
  };

  /**
   * The items after `changes` (Stripe's `items[]`), and the prorated lines they make.
   * `anchorNow` (`billing_cycle_anchor: 'now'`, as an interval change needs): a new period starts
   * at `prorationDate`; every item is credited for its unused time and charged in full.
   */
  function apply(
    sub: FakeSubscription,
    changes: FormValue | undefined,
    prorationDate: number,
    anchorNow = false,
  ) {
    let items = [...sub.items];
    const lines: Line[] = [];
    const touched = new Set<string>();
    for (const change of list(changes)) {
      const id = text(change['id']);
      const existing = id === undefined ? undefined : items.find((item) => item.id === id);
      if (id !== undefined && !existing) throw new Error(`No item ${id} on ${sub.id}`);
      if (existing) {
        lines.push({
          item: existing.id,
          price: priceById(existing.price),
          quantity: existing.quantity,
          sign: -1,
        });
        items = items.filter((item) => item !== existing);
        if (text(change['deleted']) === 'true') continue;
      }
      const next: FakeItem = {
        id: existing?.id ?? nextId('si'),
        price: text(change['price']) ?? existing?.price ?? '',
        quantity: Number(text(change['quantity']) ?? existing?.quantity ?? 1),
      };
      items.push(next);
      touched.add(next.id);
      lines.push({ item: next.id, price: priceById(next.price), quantity: next.quantity, sign: 1 });
    }
    if (anchorNow) {
      for (const item of items.filter((i) => !touched.has(i.id))) {
        const price = priceById(item.price);
        lines.push({ item: item.id, price, quantity: item.quantity, sign: -1 });
        lines.push({ item: item.id, price, quantity: item.quantity, sign: 1 });
      }
    }
    const period = BigInt(sub.periodEnd - sub.periodStart);
    const remaining = BigInt(Math.max(0, sub.periodEnd - prorationDate));
    const prorated = lines.map((line) => {
      const full = BigInt(line.price.unit_amount ?? 0) * BigInt(line.quantity);
      const amount =
        anchorNow && line.sign === 1
          ? Number(full)
          : Number((2n * full * remaining + period) / (2n * period));
      return { ...line, amount: line.sign * amount };
    });
    const interval = items[0] ? priceById(items[0].price).recurring?.interval : undefined;
    // Stripe anchors the new period at the time of the request (`now`), not at `proration_date`.
    const nextPeriod = anchorNow
      ? { start: now(), end: addInterval(now(), String(interval ?? 'month')) }
      : { start: sub.periodStart, end: sub.periodEnd };
    return { items, prorated, period: nextPeriod };
  }

  function invoice(
    sub: FakeSubscription,
    prorated: ReturnType<typeof apply>['prorated'],
    status: 'paid' | 'open' | 'draft',
    proration = true,
  ): Wire<Stripe.Invoice> {
    const paid = status === 'paid';
    const id = nextId('in');
    const subtotal = prorated.reduce((sum, line) => sum + line.amount, 0);
    const template = invoiceFixture.lines.data[0]!;
    // Stripe Tax: an integer tax on each line, summed into the invoice's `total_taxes`.
    const taxes = prorated.map((line) => lineTaxes(sub.automaticTax, line.amount));
    const tax = taxes.flat().reduce((sum, entry) => sum + entry.amount, 0);
    const total = subtotal + tax;
    const due = Math.max(0, total);
    return {
      ...invoiceFixture,
      id,
      customer: sub.customer,
      currency: prorated[0]?.price.currency ?? 'eur',
      status,
      subtotal,
      subtotal_excluding_tax: subtotal,
      total,
      total_excluding_tax: subtotal,
      total_taxes:
        sub.automaticTax === null
          ? []
          : [{ ...lineTaxes(sub.automaticTax, subtotal)[0]!, amount: tax }],
      automatic_tax: {
        ...invoiceFixture.automatic_tax,
        enabled: sub.automaticTax !== null,
        status: sub.automaticTax === null ? null : 'complete',
      },
      amount_due: due,
      amount_paid: paid ? due : 0,
      amount_overpaid: 0,
      amount_remaining: paid ? 0 : due,
      lines: {
        ...invoiceFixture.lines,
        data: prorated.map((line, index) => ({
          ...template,
          id: `il_${id}_${index}`,
          invoice: id,
          amount: line.amount,
          currency: line.price.currency,
          quantity: line.quantity,
          subscription: sub.id,
          taxes: taxes[index]!,
          parent: {
            type: 'subscription_item_details',
            invoice_item_details: null,
            subscription_item_details: {
              invoice_item: null,
              proration,
              proration_details: null,
              subscription: sub.id,
              subscription_item: line.item,
            },
          },
        })),
        url: `/v1/invoices/${id}/lines`,
      },
    };
  }

  /** An invoice as sent, with its `confirmation_secret` when expanded (Stripe's includable field). */
  function invoiceWire(id: string, withSecret: boolean): Wire<Stripe.Invoice> {
    const found = invoices.get(id)!;
    if (!withSecret) return found;
    const secret = [...secrets].find(([, invoice]) => invoice === id)?.[0];
    return {
      ...found,
      confirmation_secret:
        secret === undefined ? null : { client_secret: secret, type: 'payment_intent' },
    };
  }

  function wire(sub: FakeSubscription, params: FormObject): Wire<Stripe.Subscription> {
    const template = subscriptionFixture.items.data[0]!;
    const expand = strings(params['expand']);
    const latest = sub.latestInvoice;
    const expandsLatest = expand.some((path) => path.split('.')[0] === 'latest_invoice');
    return {
      ...subscriptionFixture,
      id: sub.id,
      customer: sub.customer,
      status: sub.status,
      metadata: { ...sub.metadata },
      schedule:
        sub.schedule !== null && expand.includes('schedule')
          ? (scheduleWire(
              schedules.get(sub.schedule)!,
            ) as unknown as Wire<Stripe.SubscriptionSchedule>)
          : sub.schedule,
      latest_invoice:
        latest !== null && expandsLatest
          ? invoiceWire(latest, expand.includes('latest_invoice.confirmation_secret'))
          : latest,
      pending_update:
        sub.pendingUpdate === null
          ? null
          : {
              billing_cycle_anchor: null,
              cancel_at_period_end: null,
              discount: null,
              discounts: null,
              metadata: null,
              expires_at: now() + 23 * 3600,
              subscription_items: sub.pendingUpdate.items.map((item) => ({
                ...template,
                id: item.id,
                price: priceById(item.price),
                quantity: item.quantity,
                subscription: sub.id,
              })),
              trial_end: null,
              trial_from_plan: null,
            },
      items: {
        ...subscriptionFixture.items,
        data: sub.items.map((item) => ({
          ...template,
          id: item.id,
          price: priceById(item.price),
          quantity: item.quantity,
          subscription: sub.id,
          current_period_start: sub.periodStart,
          current_period_end: sub.periodEnd,
        })),
      },
    };
  }

  fake.route('GET', '/v1/subscriptions', (request): RouteAnswer => {
    const customer = text(request.params['customer']);
    // Without `status`, Stripe lists every subscription that is not canceled.
    const status = text(request.params['status']);
    const data = [...subscriptions.values()]
      .filter(
        (sub) =>
          (customer === undefined || sub.customer === customer) &&
          (status === undefined
            ? sub.status !== 'canceled'
            : status === 'all' || sub.status === status),
      )
      .reverse()
      .map((sub) => wire(sub, request.params));
    return { body: { object: 'list', data, has_more: false, url: '/v1/subscriptions' } };
  });
  fake.route('GET', '/v1/subscriptions/:id', (request, { id }): RouteAnswer => {
    const sub = subscriptions.get(id ?? '');
    return sub ? { body: wire(sub, request.params) } : notFound('subscription', id);
  });
  fake.route('POST', '/v1/subscriptions/:id', (request, { id }): RouteAnswer => {
    const sub = subscriptions.get(id ?? '');
    if (!sub) return notFound('subscription', id);
    const params = request.params;
    const at = Number(text(params['proration_date']) ?? sub.periodStart);
    const anchorNow = text(params['billing_cycle_anchor']) === 'now';
    const { items, prorated, period } = apply(sub, params['items'], at, anchorNow);
    const invoiced = text(params['proration_behavior']) === 'always_invoice' && prorated.length > 0;
    const due = prorated.reduce((sum, line) => sum + line.amount, 0);
    // The invoice is paid at once by the customer's default payment method. With
    // 'error_if_incomplete' a failed payment fails the whole update: nothing changes, no invoice
    // is kept. Otherwise the update stands and the invoice stays open.
    const outcome = invoiced && due > 0 ? customers.paymentOutcome(sub.customer) : null;
    const failed = outcome !== null && outcome.kind !== 'succeeded';
    const behavior = text(params['payment_behavior']);
    if (failed && behavior === 'error_if_incomplete') {
      return outcome.kind === 'declined' ? cardDeclined(outcome.declineCode) : requiresAction();
    }
    if (behavior === 'pending_if_incomplete') {
      // Stripe takes only a few parameters with a pending update; metadata is not one of them.
      if (params['metadata'] !== undefined) {
        return invalidRequest('metadata', 'pending_if_incomplete', 'metadata');
      }
      if (failed && outcome.kind === 'requires_action') {
        const held = invoice(sub, prorated, 'open');
        invoices.set(held.id, held);
        secrets.set(`pi_${held.id}_secret_${held.id.slice(-6)}`, held.id);
        sub.latestInvoice = held.id;
        sub.pendingUpdate = { items, period, invoice: held.id };
        return { body: wire(sub, params) };
      }
    }
    sub.items = items;
    sub.periodStart = period.start;
    sub.periodEnd = period.end;
    if (invoiced) {
      const issued = invoice(sub, prorated, failed ? 'open' : 'paid');
      invoices.set(issued.id, issued);
      sub.latestInvoice = issued.id;
    }
    const metadata = params['metadata'];
    if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
      sub.metadata = { ...sub.metadata, ...(metadata as Record<string, string>) };
    }
    return { body: wire(sub, params) };
  });
  fake.route('GET', '/v1/invoices', (request): RouteAnswer => {
    const { customer, subscription, status } = request.params;
    const data = [...invoices.values()]
      .filter(
        (inv) =>
          (customer === undefined || inv.customer === customer) &&
          (subscription === undefined || inv.lines.data[0]?.subscription === subscription) &&
          (status === undefined || inv.status === status),
      )
      .reverse(); // Stripe lists the newest first
    return { body: { object: 'list', data, has_more: false, url: '/v1/invoices' } };
  });
  fake.route('GET', '/v1/invoices/:id', (request, { id }): RouteAnswer => {
    if (!invoices.has(id ?? '')) return notFound('invoice', id);
    const expand = strings(request.params['expand']);
    return { body: invoiceWire(id!, expand.includes('confirmation_secret')) };
  });
  fake.route('POST', '/v1/invoices/create_preview', (request): RouteAnswer => {
    const sub = find(text(request.params['subscription']));
    const details = object(request.params['subscription_details']);
    const at = Number(text(details['proration_date']) ?? sub.periodStart);
    const anchorNow = text(details['billing_cycle_anchor']) === 'now';
    return { body: invoice(sub, apply(sub, details['items'], at, anchorNow).prorated, 'draft') };
  });
  // After create_preview, which `/v1/invoices/:id` would otherwise take.
  fake.route('POST', '/v1/invoices/:id', (request, { id }): RouteAnswer => {
    const found = invoices.get(id ?? '');
    if (!found) return notFound('invoice', id);
    const metadata = object(request.params['metadata']);
    const next = {
      ...found,
      metadata: { ...found.metadata, ...(metadata as Record<string, string>) },
    };
    invoices.set(found.id, next);
    const expand = strings(request.params['expand']);
    return { body: invoiceWire(found.id, expand.includes('confirmation_secret')) };
  });
  fake.route('POST', '/v1/invoices/:id/void', (_, { id }): RouteAnswer => {
    const found = invoices.get(id ?? '');
    if (!found) return notFound('invoice', id);
    if (found.status !== 'open') {
      return invalidRequest('invoice', 'invoice_not_open', `You can only void an open invoice.`);
    }
    invoices.set(found.id, { ...found, status: 'void', amount_remaining: 0 });
    for (const [secret, invoice] of secrets) if (invoice === found.id) secrets.delete(secret);
    // Voiding the invoice of a pending update discards the update (assumed; see DESIGN.md §6).
    for (const sub of subscriptions.values()) {
      if (sub.pendingUpdate?.invoice === found.id) sub.pendingUpdate = null;
    }
    return { body: invoices.get(found.id) };
  });
  fake.route('POST', authenticatePath, (request): RouteAnswer => {
    const secret = text(request.params['client_secret']) ?? '';
    const outcome = text(request.params['outcome']) === 'succeeded' ? 'succeeded' : 'failed';
    if (!secrets.has(secret)) return notFound('payment_intent', secret);
    return { body: { status: authenticate(secret, outcome) } };
  });
  installFakeSchedules(fake, { schedules, find, nextId, phaseItems });

  function renew(id: string): Wire<Stripe.Invoice> {
    const sub = find(id);
    const schedule = sub.schedule === null ? undefined : schedules.get(sub.schedule);
    if (schedule) {
      const next = schedule.phases[schedule.current + 1];
      if (next === undefined) {
        // The last phase ran its one period: the schedule ends and lets the subscription go on.
        schedule.status = 'released';
        sub.schedule = null;
      } else {
        schedule.current += 1;
        sub.items = phaseItems(sub, next);
      }
    }
    const interval = sub.items[0] ? priceById(sub.items[0].price).recurring?.interval : undefined;
    sub.periodStart = sub.periodEnd;
    sub.periodEnd = addInterval(sub.periodEnd, String(interval ?? 'month'));
    const lines = sub.items.map((item) => {
      const price = priceById(item.price);
      const amount = (price.unit_amount ?? 0) * item.quantity;
      return { item: item.id, price, quantity: item.quantity, sign: 1 as const, amount };
    });
    const renewal = invoice(sub, lines, 'paid', false);
    invoices.set(renewal.id, renewal);
    sub.latestInvoice = renewal.id;
    return renewal;
  }

  function authenticate(
    clientSecret: string,
    outcome: 'succeeded' | 'failed',
  ): 'succeeded' | 'requires_payment_method' {
    const id = secrets.get(clientSecret);
    if (id === undefined) throw new Error('No open PaymentIntent with this client secret');
    if (outcome === 'failed') return 'requires_payment_method';
    const found = invoices.get(id)!;
    invoices.set(id, {
      ...found,
      status: 'paid',
      amount_paid: found.amount_due,
      amount_remaining: 0,
    });
    secrets.delete(clientSecret);
    for (const sub of subscriptions.values()) {
      if (sub.pendingUpdate?.invoice !== id) continue;
      sub.items = sub.pendingUpdate.items;
      sub.periodStart = sub.pendingUpdate.period.start;
      sub.periodEnd = sub.pendingUpdate.period.end;
      sub.pendingUpdate = null;
    }
    return 'succeeded';
  }

  /** A phase's items on the subscription, keeping the item id of a price it already bills. */
  function phaseItems(sub: FakeSubscription, phase: FormObject): FakeItem[] {
    return list(phase['items']).map((item) => {
      const price = text(item['price']) ?? '';
      const kept = sub.items.find((existing) => existing.price === price);
      return { id: kept?.id ?? nextId('si'), price, quantity: Number(text(item['quantity']) ?? 1) };
    });
  }

  return {
    addSubscription(input) {
      if (!customers.get(input.customer)) customers.add({ id: input.customer });
      const sub: FakeSubscription = {
        id: nextId('sub'),
        customer: input.customer,
        status: 'active',
        periodStart: Math.floor(input.periodStart.getTime() / 1000),
        periodEnd: Math.floor(input.periodEnd.getTime() / 1000),
        items: input.items.map((item) => ({
          id: nextId('si'),
          price: priceByKey(item.lookupKey).id,
          quantity: item.quantity,
        })),
        metadata: {},
        latestInvoice: null,
        schedule: null,
        automaticTax: null,
        pendingUpdate: null,
      };
      subscriptions.set(sub.id, sub);
      return sub;
    },
    subscription: (id) => find(id),
    setAutomaticTax: (id, tax) => void (find(id).automaticTax = tax),
    customers,
    invoices,
    schedules,
    setNow: (date) => void (clock = Math.floor(date.getTime() / 1000)),
    renew,
    authenticate,
  };
}

/** Unix seconds one calendar month or year after `start` (UTC). */
export function addInterval(start: number, interval: string): number {
  const date = new Date(start * 1000);
  if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return Math.floor(date.getTime() / 1000);
}

export function list(value: FormValue | undefined): FormObject[] {
  return Array.isArray(value)
    ? value.filter((v): v is FormObject => typeof v === 'object' && !Array.isArray(v))
    : [];
}

function strings(value: FormValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function object(value: FormValue | undefined): FormObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Stripe's 400 for a parameter it refuses. */
function invalidRequest(param: string, code: string, message: string): RouteAnswer {
  return { status: 400, body: { error: { type: 'invalid_request_error', code, param, message } } };
}

export function text(value: FormValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Stripe's `taxes[]` of one line under automatic tax: exclusive tax rounded half away from zero
 * to the minor unit, per line (Stripe writes an integer `amount` on each line). None without it.
 */
function lineTaxes(tax: FakeAutomaticTax | null, amount: number): Stripe.InvoiceLineItem.Tax[] {
  if (tax === null) return [];
  const exact = BigInt(Math.abs(amount)) * BigInt(tax.rate);
  const rounded = Number((exact * 2n + 10_000n) / 20_000n);
  return [
    {
      amount: amount < 0 ? -rounded : rounded,
      tax_behavior: 'exclusive',
      taxability_reason: tax.reason,
      taxable_amount: amount,
      type: 'tax_rate_details',
      tax_rate_details: { tax_rate: `txr_fake_${tax.reason}_${tax.rate}` },
    },
  ];
}
