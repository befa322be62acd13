import type { MessageCatalog } from '@tarif/react';

/**
 * English copy of @tarif/ui. Keys start with `ui.` so they never collide with @tarif/react's own.
 * One section per widget; add a widget's keys in its own section, and the same keys in `fr.ts`.
 * Plural messages are chosen from the `count` parameter; numbers are formatted for the locale.
 */
export const en = {
  // ---- common -------------------------------------------------------------
  'ui.common.loading': 'Loading…',
  'ui.common.close': 'Close',
  'ui.common.cancel': 'Cancel',
  'ui.common.retry': 'Try again',
  'ui.common.contactSales': 'Contact sales',
  'ui.common.current': 'Current',
  'ui.common.interval.month': 'Monthly',
  'ui.common.interval.year': 'Yearly',
  'ui.common.per.month': '/ month',
  'ui.common.per.year': '/ year',
  'ui.common.pricePer.month': '{price} per month',
  'ui.common.pricePer.year': '{price} per year',
  'ui.common.readOnly': 'Only {name}, the primary admin of this account, can change billing.',
  'ui.common.percent': '{value}%',

  // ---- contact limit slider -----------------------------------------------
  'ui.contactLimit.title': 'Edit contact limit',
  'ui.contactLimit.label': 'Contact limit',
  'ui.contactLimit.contacts': { one: '{count} contact', other: '{count} contacts' },
  'ui.contactLimit.beyond': { one: 'More than {count} contact', other: 'More than {count} contacts' },
  'ui.contactLimit.priceLabel': 'Price for this limit',
  'ui.contactLimit.usageLabel': 'Contacts in use',
  'ui.contactLimit.usageValue': { one: '{used} of {count} contact', other: '{used} of {count} contacts' },
  'ui.contactLimit.nearLimit':
    'You are using {percent} of your contact limit. Consider a higher limit before you run out; nothing changes until you confirm.',
  'ui.contactLimit.blockedByUsage': {
    one: 'You already have {count} contact, so lower limits are unavailable.',
    other: 'You already have {count} contacts, so lower limits are unavailable.',
  },
  'ui.contactLimit.contactSalesHint': {
    one: 'Need more than {count} contact? Our sales team will prepare a custom quote.',
    other: 'Need more than {count} contacts? Our sales team will prepare a custom quote.',
  },
  'ui.contactLimit.min': 'Minimum',
  'ui.contactLimit.max': 'Maximum',

  // ---- seat stepper -------------------------------------------------------
  'ui.seats.title': 'Manage user seats',
  'ui.seats.label': 'Seats',
  'ui.seats.decrement': 'Remove a seat',
  'ui.seats.increment': 'Add a seat',
  'ui.seats.count': { one: '{count} seat', other: '{count} seats' },
  'ui.seats.inUse': { one: '{count} seat in use', other: '{count} seats in use' },
  'ui.seats.included': { one: '{count} seat included in the plan', other: '{count} seats included in the plan' },
  'ui.seats.pricePerSeat.month': '{price} per extra seat per month',
  'ui.seats.pricePerSeat.year': '{price} per extra seat per year',
  'ui.seats.total': 'Seats total',
  'ui.seats.max': { one: 'The {plan} plan includes at most {count} seat.', other: 'The {plan} plan includes at most {count} seats.' },
  'ui.seats.min': { one: 'The {plan} plan needs at least {count} seat.', other: 'The {plan} plan needs at least {count} seats.' },
  'ui.seats.belowUsage': {
    one: '{count} seat is in use: remove a user before going lower.',
    other: '{count} seats are in use: remove users before going lower.',
  },

  // ---- plan tier picker ---------------------------------------------------
  'ui.plans.label': 'Plan',
  'ui.plans.interval': 'Billing period',
  'ui.plans.yearlySaving': 'Save {amount} a year',
  'ui.plans.current': 'Current plan',
  'ui.plans.features': 'Key features',
  'ui.plans.featuresLost': 'You will lose access to:',
  'ui.plans.downgradeRequest': 'Moving to a lower plan goes through a change request; our team will get back to you.',
  'ui.plans.contactSalesNote': 'Custom pricing for larger teams.',

  // ---- add-on card --------------------------------------------------------
  'ui.addOn.add': 'Add to plan',
  'ui.addOn.addNamed': 'Add {name} to plan',
  'ui.addOn.state.included': 'Included',
  'ui.addOn.state.active': 'Active',
  'ui.addOn.state.available': 'Available',
  'ui.addOn.state.unavailable': 'Not available',
  'ui.addOn.includedIn': 'Included in your {plan} plan.',
  'ui.addOn.availableFrom': 'Available from the {plan} plan.',
  'ui.addOn.notOnPlan': 'Not available on your current plan.',
} as const satisfies MessageCatalog;

/** A key of the @tarif/ui catalogs. */
export type UiMessageKey = keyof typeof en;
