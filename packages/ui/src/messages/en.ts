import type { MessageCatalog } from '@tarif/react/i18n';

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
  // The button that opens the change request form, wherever a change needs our team.
  'ui.common.requestChange': 'Request an account change',
  // A price with its tax mention (the catalog's taxMode) and its unit: one message, so the amount,
  // the mention and the unit never wrap apart (no-break spaces) nor get glued together in JSX.
  'ui.common.amount.exclusive': '{amount}\u00a0excl.\u00a0tax',
  'ui.common.amount.inclusive': '{amount}\u00a0incl.\u00a0tax',
  'ui.common.price.month.exclusive': '{amount}\u00a0excl.\u00a0tax\u00a0/\u00a0month',
  'ui.common.price.month.inclusive': '{amount}\u00a0incl.\u00a0tax\u00a0/\u00a0month',
  'ui.common.price.year.exclusive': '{amount}\u00a0excl.\u00a0tax\u00a0/\u00a0year',
  'ui.common.price.year.inclusive': '{amount}\u00a0incl.\u00a0tax\u00a0/\u00a0year',
  'ui.common.readOnly': 'Only {name}, the primary admin of this account, can change billing.',
  'ui.common.percent': '{value}%',
  'ui.common.plus': '+{amount}',

  // ---- contact limit slider -----------------------------------------------
  'ui.contactLimit.title': 'Edit contact limit',
  'ui.contactLimit.label': 'Contact limit',
  'ui.contactLimit.contacts': { one: '{count} contact', other: '{count} contacts' },
  'ui.contactLimit.beyond': {
    one: 'More than {count} contact',
    other: 'More than {count} contacts',
  },
  'ui.contactLimit.priceLabel': 'Price for this limit',
  'ui.contactLimit.usageLabel': 'Contacts in use',
  'ui.contactLimit.usageValue': {
    one: '{used} of {count} contact',
    other: '{used} of {count} contacts',
  },
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

  // ---- seat stepper -------------------------------------------------------
  'ui.seats.title': 'Manage user seats',
  'ui.seats.inUse': { one: '{count} seat in use', other: '{count} seats in use' },
  'ui.seats.included': {
    one: '{count} seat included in the plan',
    other: '{count} seats included in the plan',
  },
  'ui.seats.perSeat': 'Per extra seat',
  'ui.seats.priceChange': 'Change to your bill',
  'ui.seats.max': {
    one: 'The {plan} plan includes at most {count} seat.',
    other: 'The {plan} plan includes at most {count} seats.',
  },
  'ui.seats.min': {
    one: 'The {plan} plan needs at least {count} seat.',
    other: 'The {plan} plan needs at least {count} seats.',
  },
  'ui.seats.belowUsage': {
    one: '{count} seat is in use: remove a user before going lower.',
    other: '{count} seats are in use: remove users before going lower.',
  },

  // ---- plan tier picker ---------------------------------------------------
  'ui.plans.yearlySaving': 'Save {amount} a year',
  'ui.plans.current': 'Current plan',
  'ui.plans.features': 'Key features',
  'ui.plans.everythingIn': 'Everything in {plan}, plus:',
  'ui.plans.featuresLost': 'You will lose access to:',
  'ui.plans.downgradeRequest':
    'Moving to a lower plan goes through a change request; our team will get back to you.',
  'ui.plans.contactSalesNote': 'Custom pricing for larger teams.',

  // ---- add-on card --------------------------------------------------------
  'ui.addOn.add': 'Add to plan',
  'ui.addOn.added': 'Added to your changes',
  'ui.addOn.state.included': 'Included',
  'ui.addOn.state.active': 'Active',
  'ui.addOn.state.available': 'Available',
  'ui.addOn.state.unavailable': 'Not available',
  'ui.addOn.includedIn': 'Included in your {plan} plan.',
  'ui.addOn.availableFrom': 'Available from the {plan} plan.',
  'ui.addOn.notOnPlan': 'Not available on your current plan.',

  // ---- review purchase modal (engineer B) -----------------------------------
  'ui.review.title': 'Review purchase',
  'ui.review.description': 'Check the new price before you confirm. Nothing changes until you do.',
  'ui.review.estimate': 'Estimate',
  'ui.review.status.estimate': 'Estimated price. Getting the final price…',
  'ui.review.status.final': 'Final price confirmed.',
  'ui.review.changes': 'What changes',
  'ui.review.change.atRenewal': 'At renewal',
  // Read instead of the arrow in « 3 → 4 seats »: « 3 to 4 seats ».
  'ui.review.change.to': 'to',
  'ui.review.recurring.month': 'New monthly price',
  'ui.review.recurring.year': 'New yearly price',
  'ui.review.nextRenewal': 'Next renewal on {date}',
  'ui.review.today': 'Due today',
  'ui.review.dueToday': 'Charged today',
  // Tax from the backend: the amounts before tax, then each tax line (`tax.*` of @tarif/react).
  'ui.review.subtotal': 'Subtotal excl. tax',
  'ui.review.prorated': 'Prorated for the time left in your current billing period.',
  'ui.review.balanceCredit': 'Credit carried to your balance',
  'ui.review.scheduled':
    'Nothing is charged today. The change takes effect at your next renewal, on {date}.',
  'ui.review.confirm': 'Confirm purchase',
  'ui.review.confirmScheduled': 'Confirm change',
  'ui.review.confirming': 'Confirming…',
  'ui.review.authenticating':
    'Your bank opens a window to confirm it is you. Nothing is charged until you confirm there.',
  'ui.review.priceChanged.title': 'The price has changed',
  'ui.review.priceChanged.body':
    'Prices were updated after this review opened. The amounts below are the new ones: check them before you confirm.',
  'ui.review.priceChanged.acknowledge': 'Review new price',
  'ui.review.previewError': 'We could not get the final price.',
  'ui.review.purchaseError':
    'Your purchase did not go through. You have not been charged twice: trying again is safe.',
  'ui.review.request.title': 'This change goes through our team',
  'ui.review.request.body':
    'Send us a request and we will get back to you. Nothing changes until then.',
  'ui.review.blocked.title': 'This change cannot be made as it is',
  'ui.review.success.title': 'Purchase confirmed',
  'ui.review.success.scheduledTitle': 'Change scheduled',
  'ui.review.success.charged':
    'We charged {amount} to your payment method. Your changes are active now.',
  'ui.review.success.scheduled': 'Your change is scheduled for {date}. Nothing was charged today.',
  'ui.review.success.done': 'Done',

  // ---- change request dialog (engineer B) -----------------------------------
  'ui.changeRequest.title': 'Request an account change',
  'ui.changeRequest.description':
    'Downgrades, add-on removals, leaving a bundle and product changes go through our team. Tell us what you need and we will reply within one business day.',
  'ui.changeRequest.subject': 'Subject',
  'ui.changeRequest.message': 'Message',
  'ui.changeRequest.messageHint': 'What would you like to change, and from when?',
  'ui.changeRequest.allRequired': 'All fields are required.',
  'ui.changeRequest.limit': 'Up to {max} characters.',
  'ui.changeRequest.contactEmail': 'Contact email',
  'ui.changeRequest.submit': 'Send request',
  'ui.changeRequest.sending': 'Sending…',
  'ui.changeRequest.error': 'Your request was not sent.',
  'ui.changeRequest.sent.title': 'Request sent',
  'ui.changeRequest.sent.body':
    'Thank you. Our team will reply to {email}. Your reference is {id}.',

  // ---- billing page (engineer B) --------------------------------------------
  'ui.billing.title': 'Billing & upgrade',
  'ui.billing.subtitle': 'Your plan, your limits and your add-ons, in one place.',
  'ui.billing.loadError': 'We could not load your billing details.',
  'ui.billing.summary.title': 'Current plan',
  'ui.billing.summary.plan': '{product} {plan}',
  'ui.billing.summary.price': 'Price',
  'ui.billing.summary.renewal': 'Next renewal',
  'ui.billing.summary.balance': 'Account balance',
  'ui.billing.summary.scheduled': 'A change is scheduled for your renewal on {date}.',
  'ui.billing.scheduled.cancel': 'Cancel this change',
  'ui.billing.scheduled.question':
    'Cancel the change scheduled for {date}? Your subscription will renew as it is.',
  'ui.billing.scheduled.confirm': 'Yes, cancel the change',
  'ui.billing.scheduled.keep': 'Keep the change',
  'ui.billing.scheduled.cancelling': 'Cancelling…',
  'ui.billing.scheduled.error': 'The change was not cancelled.',
  'ui.billing.scheduled.cancelled':
    'Change cancelled. Your subscription will renew as it is on {date}.',
  'ui.billing.edit': 'Edit',
  'ui.billing.contacts.title': 'Contacts',
  'ui.billing.contacts.edit': 'Edit contact limit',
  'ui.billing.contacts.nearLimit': 'Near limit',
  'ui.billing.contacts.submit': 'Update contact limit',
  'ui.billing.seats.title': 'User seats',
  'ui.billing.seats.edit': 'Edit user seats',
  'ui.billing.seats.submit': 'Continue',
  'ui.billing.plans.title': 'Plans',
  'ui.billing.plans.description':
    'Upgrade to unlock more features. Prices are for your current contact limit and seats.',
  'ui.billing.plans.upgrade': 'Upgrade',
  'ui.billing.bundle.title': 'Expand your plan to unlock more features',
  // Names the bundle once: its name already says which products it joins.
  'ui.billing.bundle.body':
    '{bundle} brings both products together: one plan, one bill, every feature of each.',
  'ui.billing.bundle.configure': 'Configure {bundle}',
  'ui.billing.bundle.screenTitle': 'Configure {bundle}',
  'ui.billing.bundle.back': 'Back to billing',
  'ui.billing.bundle.tier': 'Plan tier',
  'ui.billing.bundle.addOns': 'Add-ons',
  'ui.billing.bundle.total': 'Estimated recurring price',
  'ui.billing.bundle.submit': 'Update my plan',
  'ui.billing.addOns.title': 'Available add-ons',
  'ui.billing.contactUs.text': 'Want to change your plan?',
  'ui.billing.contactUs.action': 'Get in touch',
} as const satisfies MessageCatalog;

/** A key of the @tarif/ui catalogs. */
export type UiMessageKey = keyof typeof en;

// Registers the widgets' keys with @tarif/react, so `messages` overrides and host locales are
// checked against them: `{ fr: { 'ui.biling.title': … } }` does not compile.
declare module '@tarif/react/i18n' {
  interface MessageKeyRegistry {
    ui: UiMessageKey;
  }
}
