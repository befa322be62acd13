// Subscription schedules for the loopback fake: create from a subscription, update the phases,
// release. What Stripe documents is kept (a schedule made `from_subscription` starts with one
// phase holding the subscription's items until the period ends; past phases may be omitted from
// an update; a released schedule cannot be updated or released again; release leaves the
// subscription as it is). Where Stripe's documentation is silent, the fake assumes, and says so
// at the line that does: each assumption is one the STRIPE_TEST_KEY run should confirm. Tests only.
import { notFound } from './fake-stripe.js';
import type { FakeStripe, RouteAnswer } from './fake-stripe.js';
import type { FakeItem, FakeSchedule, FakeSubscription } from './fake-subscriptions.js';
import { list, text } from './fake-subscriptions.js';
import type { FormObject } from './form.js';

export interface ScheduleDeps {
  readonly schedules: Map<string, FakeSchedule>;
  find(id: string | undefined): FakeSubscription;
  nextId(prefix: string): string;
  /** The items a phase puts on the subscription. */
  phaseItems(sub: FakeSubscription, phase: FormObject): FakeItem[];
}

export function installFakeSchedules(fake: FakeStripe, deps: ScheduleDeps): void {
  const { schedules, find } = deps;

  fake.route('POST', '/v1/subscription_schedules', (request): RouteAnswer => {
    const sub = find(text(request.params['from_subscription']));
    if (sub.schedule !== null) {
      // Assumed wording; that Stripe refuses a second schedule on one subscription is documented
      // ("a subscription can only have one schedule").
      return invalid(`The subscription ${sub.id} is already attached to a schedule.`);
    }
    const schedule: FakeSchedule = {
      id: deps.nextId('sub_sched'),
      subscription: sub.id,
      phases: [
        {
          start_date: String(sub.periodStart),
          end_date: String(sub.periodEnd),
          items: sub.items.map((item) => ({ price: item.price, quantity: String(item.quantity) })),
        },
      ],
      current: 0,
      metadata: {},
      endBehavior: 'release',
      status: 'active',
    };
    schedules.set(schedule.id, schedule);
    sub.schedule = schedule.id;
    return { body: scheduleWire(schedule) };
  });

  fake.route('POST', '/v1/subscription_schedules/:id', (request, { id }): RouteAnswer => {
    const schedule = schedules.get(id ?? '');
    if (!schedule) return notFound('subscription_schedule', id);
    if (schedule.status !== 'active') {
      return invalid(
        `You cannot update a subscription schedule that is currently in the \`${schedule.status}\` status.`,
      );
    }
    const params = request.params;
    if (params['phases'] !== undefined) {
      const sub = find(schedule.subscription);
      const refused = updatePhases(schedule, sub, list(params['phases']), params, deps);
      if (refused) return refused;
    }
    const metadata = params['metadata'];
    if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
      schedule.metadata = { ...schedule.metadata, ...(metadata as Record<string, string>) };
    }
    schedule.endBehavior = text(params['end_behavior']) ?? schedule.endBehavior;
    return { body: scheduleWire(schedule) };
  });

  fake.route('POST', '/v1/subscription_schedules/:id/release', (_, { id }): RouteAnswer => {
    const schedule = schedules.get(id ?? '');
    if (!schedule) return notFound('subscription_schedule', id);
    // Documented: "A schedule can only be released if its status is not_started or active."
    if (schedule.status !== 'active') {
      return invalid(
        `You cannot release a subscription schedule that is currently in the \`${schedule.status}\` status.`,
      );
    }
    schedule.status = 'released';
    const sub = find(schedule.subscription);
    if (sub.schedule === schedule.id) sub.schedule = null;
    return { body: scheduleWire(schedule) };
  });

  fake.route('GET', '/v1/subscription_schedules/:id', (_, { id }): RouteAnswer => {
    const schedule = schedules.get(id ?? '');
    return schedule ? { body: scheduleWire(schedule) } : notFound('subscription_schedule', id);
  });
}

/**
 * Replaces the phases from the current one on (past phases may be omitted, as Stripe documents).
 * The first phase sent must be the current one, with its start date unchanged. A current phase
 * whose items differ from the subscription's changes the subscription at once; the fake models
 * that only without proration (`proration_behavior: 'none'`) and refuses it otherwise, so a port
 * that rewrote the current phase with other items than the subscription's would be caught either
 * way. Phases end at the subscription's period end: the fake only moves from one phase to the next
 * at a renewal (`renew`), so it refuses a current phase ending elsewhere rather than ignore it.
 */
function updatePhases(
  schedule: FakeSchedule,
  sub: FakeSubscription,
  phases: FormObject[],
  params: FormObject,
  deps: ScheduleDeps,
): RouteAnswer | null {
  const current = schedule.phases[schedule.current]!;
  const first = phases[0];
  if (first === undefined) return invalid('A schedule needs at least one phase.');
  if (text(first['start_date']) !== text(current['start_date'])) {
    // Assumed: Stripe refuses to move the start of the phase that is running.
    return invalid('You cannot change the start date of the current phase.');
  }
  if (text(first['end_date']) !== String(sub.periodEnd)) {
    return invalid(
      `fake: a current phase must end at the period end (${sub.periodEnd}); got ${text(first['end_date']) ?? 'none'}.`,
    );
  }
  const items = deps.phaseItems(sub, first);
  const same =
    items.length === sub.items.length &&
    items.every((item) =>
      sub.items.some((had) => had.price === item.price && had.quantity === item.quantity),
    );
  if (!same) {
    if (text(params['proration_behavior']) !== 'none') {
      return invalid('fake: prorating a change of the current phase is not modelled.');
    }
    sub.items = items;
  }
  // A phase sent without a start begins where the one before it ends.
  const filled = phases.map((phase, index) => {
    const before = phases[index - 1];
    if (index === 0 || text(phase['start_date']) !== undefined || !before) return phase;
    return { ...phase, start_date: text(before['end_date']) ?? '' };
  });
  schedule.phases = [...schedule.phases.slice(0, schedule.current), ...filled];
  return null;
}

/** The fields of a schedule this package reads; the rest of Stripe's object is not modelled. */
export function scheduleWire(schedule: FakeSchedule) {
  const phases = schedule.phases.map((phase) => ({
    start_date: Number(text(phase['start_date']) ?? 0),
    end_date: text(phase['end_date']) === undefined ? null : Number(text(phase['end_date'])),
    proration_behavior: text(phase['proration_behavior']) ?? 'create_prorations',
    items: list(phase['items']).map((item) => ({
      price: text(item['price']) ?? '',
      quantity: Number(text(item['quantity']) ?? 1),
    })),
  }));
  const current = phases[schedule.current];
  const active = schedule.status === 'active';
  return {
    id: schedule.id,
    object: 'subscription_schedule',
    subscription: active ? schedule.subscription : null,
    released_subscription: active ? null : schedule.subscription,
    current_phase:
      active && current ? { start_date: current.start_date, end_date: current.end_date } : null,
    end_behavior: schedule.endBehavior,
    metadata: schedule.metadata,
    phases,
    status: schedule.status,
  };
}

function invalid(message: string): RouteAnswer {
  return { status: 400, body: { error: { type: 'invalid_request_error', message } } };
}
