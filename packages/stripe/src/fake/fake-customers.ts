// Customers for the loopback fake, and what decides whether their invoices pay: as in Stripe's
// test mode, the customer's default payment method. Stripe documents test PaymentMethod ids whose
// payments succeed, are declined or need 3-D Secure (docs.stripe.com/testing); a test or a demo
// sets one with `customers.update(id, { invoice_settings: { default_payment_method } })`, the
// same call a host makes, instead of reaching into the fake.
import type Stripe from 'stripe';
import { notFound } from './fake-stripe.js';
import type { FakeStripe, RouteAnswer } from './fake-stripe.js';
import { customerFixture, paymentMethodFixture } from './fixtures/stripe-objects.js';
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

type CardDetails = {
  readonly brand: string;
  readonly last4: string;
  readonly expYear?: number;
  readonly expMonth?: number;
};

/**
 * What the fake shows of each payment method (`GET /v1/payment_methods/:id`): Stripe's test cards
 * with their documented last four digits (valid until 12/2034 here), and two of the fake's own for
 * the page's other states: `pm_fake_expired_card` (expired 01/2024) and `pm_fake_sepa_debit` (a
 * SEPA mandate on Stripe's test IBAN ending 3000). They pay like `pm_card_visa`.
 */
const shownPaymentMethods: Readonly<Record<string, CardDetails | { readonly sepaLast4: string }>> =
  {
    pm_card_visa: { brand: 'visa', last4: '4242' },
    pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
    pm_card_chargeDeclined: { brand: 'visa', last4: '0002' },
    pm_card_chargeDeclinedInsufficientFunds: { brand: 'visa', last4: '9995' },
    pm_card_chargeDeclinedExpiredCard: { brand: 'visa', last4: '0069' },
    pm_card_authenticationRequired: { brand: 'visa', last4: '3184' },
    pm_fake_expired_card: { brand: 'visa', last4: '4242', expMonth: 1, expYear: 2024 },
    pm_fake_sepa_debit: { sepaLast4: '3000' },
  };

/** The payment method `id` as Stripe sends it, or undefined for one the fake does not know. */
export function paymentMethodWire(id: string): Wire<Stripe.PaymentMethod> | undefined {
  const shown = shownPaymentMethods[id];
  if (!shown) return undefined;
  if ('sepaLast4' in shown) {
    // Stripe sends no `card` on a mandate.
    const { card: _card, ...rest } = paymentMethodFixture;
    return {
      ...rest,
      id,
      type: 'sepa_debit',
      sepa_debit: {
        bank_code: '37040044',
        branch_code: null,
        country: 'DE',
        fingerprint: `fake_${id}`,
        generated_from: null,
        last4: shown.sepaLast4,
      },
    };
  }
  return {
    ...paymentMethodFixture,
    id,
    card: {
      ...paymentMethodFixture.card!,
      brand: shown.brand,
      display_brand: shown.brand,
      last4: shown.last4,
      exp_month: shown.expMonth ?? 12,
      exp_year: shown.expYear ?? 2034,
    },
  };
}

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
  fake.route('GET', '/v1/customers/:id', (request, { id }): RouteAnswer => {
    const customer = customers.get(id ?? '');
    if (!customer) return notFound('customer', id);
    const expand = request.params['expand'];
    const paths = Array.isArray(expand) ? expand : expand === undefined ? [] : [expand];
    const method = customer.invoice_settings.default_payment_method;
    if (!paths.includes('invoice_settings.default_payment_method') || typeof method !== 'string') {
      return { body: customer };
    }
    return {
      body: {
        ...customer,
        invoice_settings: {
          ...customer.invoice_settings,
          default_payment_method: paymentMethodWire(method) ?? method,
        },
      },
    };
  });
  fake.route('GET', '/v1/payment_methods/:id', (_, { id }): RouteAnswer => {
    const method = paymentMethodWire(id ?? '');
    return method ? { body: method } : notFound('payment_method', id);
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
