// Customers for the loopback fake, and what decides whether their invoices pay: as in Stripe's
// test mode, the customer's default payment method. Stripe documents test PaymentMethod ids whose
// payments succeed, are declined or need 3-D Secure (docs.stripe.com/testing); a test or a demo
// sets one with `customers.update(id, { invoice_settings: { default_payment_method } })`, the
// same call a host makes, instead of reaching into the fake.
import type Stripe from 'stripe';
import { notFound } from './fake-stripe.js';
import type { FakeStripe, RouteAnswer } from './fake-stripe.js';
import { customerFixture } from './fixtures/stripe-objects.js';
import type { Wire } from './fixtures/wire.js';
import type { FormObject, FormValue } from './form.js';

/** How a payment by a customer's default payment method ends. */
export type PaymentOutcome =
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'declined'; readonly declineCode: string }
  | { readonly kind: 'requires_action' };

/**
 * Stripe's test PaymentMethod ids this fake knows. Any other id, and a customer without one, pays
 * (the fake has no card numbers to decline).
 */
export const testPaymentMethods = {
  pm_card_visa: { kind: 'succeeded' },
  pm_card_mastercard: { kind: 'succeeded' },
  pm_card_chargeDeclined: { kind: 'declined', declineCode: 'generic_decline' },
  pm_card_chargeDeclinedInsufficientFunds: { kind: 'declined', declineCode: 'insufficient_funds' },
  pm_card_chargeDeclinedExpiredCard: { kind: 'declined', declineCode: 'expired_card' },
  pm_card_authenticationRequired: { kind: 'requires_action' },
} as const satisfies Record<string, PaymentOutcome>;

export type TestPaymentMethod = keyof typeof testPaymentMethods;

export interface FakeCustomers {
  /** Adds a customer; `id` defaults to a new `cus_…`. Paying with `pm_card_visa` unless told. */
  add(fields?: {
    readonly id?: string;
    readonly email?: string;
    readonly name?: string;
    readonly metadata?: Record<string, string>;
    readonly defaultPaymentMethod?: string;
  }): Wire<Stripe.Customer>;
  get(id: string): Wire<Stripe.Customer> | undefined;
  /** How a payment by `id`'s default payment method ends now. */
  paymentOutcome(id: string): PaymentOutcome;
}

export function installFakeCustomers(fake: FakeStripe): FakeCustomers {
  const customers = new Map<string, Wire<Stripe.Customer>>();
  let ids = 0;

  const add: FakeCustomers['add'] = (fields = {}) => {
    const id = fields.id ?? `cus_fake${String(++ids).padStart(6, '0')}`;
    const customer: Wire<Stripe.Customer> = {
      ...customerFixture,
      id,
      currency: null,
      email: fields.email ?? null,
      name: fields.name ?? null,
      metadata: { ...fields.metadata },
      invoice_settings: {
        ...customerFixture.invoice_settings,
        default_payment_method: fields.defaultPaymentMethod ?? 'pm_card_visa',
      },
    };
    customers.set(id, customer);
    return customer;
  };

  /** Applies the form fields of a create or an update that this fake models. */
  const update = (customer: Wire<Stripe.Customer>, params: FormObject): Wire<Stripe.Customer> => {
    const settings = object(params['invoice_settings']);
    const method = settings['default_payment_method'];
    const metadata = object(params['metadata']);
    const next: Wire<Stripe.Customer> = {
      ...customer,
      ...(typeof params['email'] === 'string' ? { email: params['email'] } : {}),
      ...(typeof params['name'] === 'string' ? { name: params['name'] } : {}),
      metadata: { ...customer.metadata, ...strings(metadata) },
      invoice_settings: {
        ...customer.invoice_settings,
        ...(typeof method === 'string'
          ? { default_payment_method: method === '' ? null : method }
          : {}),
      },
    };
    customers.set(customer.id, next);
    return next;
  };

  fake.route('POST', '/v1/customers', (request): RouteAnswer => {
    return { body: update(add(), request.params) };
  });
  fake.route('GET', '/v1/customers/:id', (_, { id }): RouteAnswer => {
    const customer = customers.get(id ?? '');
    return customer ? { body: customer } : notFound('customer', id);
  });
  fake.route('POST', '/v1/customers/:id', (request, { id }): RouteAnswer => {
    const customer = customers.get(id ?? '');
    return customer ? { body: update(customer, request.params) } : notFound('customer', id);
  });

  return {
    add,
    get: (id) => customers.get(id),
    paymentOutcome(id) {
      const method = customers.get(id)?.invoice_settings.default_payment_method;
      const known = typeof method === 'string' && Object.hasOwn(testPaymentMethods, method);
      return known ? testPaymentMethods[method as TestPaymentMethod] : { kind: 'succeeded' };
    },
  };
}

function object(value: FormValue | undefined): FormObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function strings(value: FormObject): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
