import { defineMessages } from '../i18n/message-types.js';

/** Every string the hooks produce, in English (also the fallback for any missing key). */
export const en = defineMessages({
  // Contact limit
  'contacts.label': 'Contact limit',
  'contacts.valueText': { one: '{count} contact', other: '{count} contacts' },
  'contacts.valueText.beyond': 'More than {count} contacts',
  'contacts.blocked.inUse': {
    one: 'You already use {count} contact',
    other: 'You already use {count} contacts',
  },
  'contacts.nudge.nearLimit': 'You use {count} of your {limit} contacts. Consider a higher limit.',
  // Seats
  'seats.label': 'Seats',
  'seats.increment': 'Add a seat',
  'seats.decrement': 'Remove a seat',
  'seats.valueText': { one: '{count} seat', other: '{count} seats' },
  'seats.reason.inUse': { one: '{count} seat is in use', other: '{count} seats are in use' },
  'seats.reason.planMin': {
    one: 'This plan needs at least {count} seat',
    other: 'This plan needs at least {count} seats',
  },
  'seats.reason.planMax': {
    one: 'This plan allows at most {count} seat',
    other: 'This plan allows at most {count} seats',
  },
  // Plans and intervals
  'plans.label': 'Plan',
  // Only shown when users in use exceed the tier's maximum (at least 1), so {seatsInUse} is always 2 or more.
  'plans.unavailable.seatsInUse': {
    one: '{count} user maximum; you have {seatsInUse} users',
    other: '{count} users maximum; you have {seatsInUse} users',
  },
  'interval.month': 'monthly',
  'interval.year': 'yearly',
  // Change requests: what needs sales
  'request.plan.down': 'Downgrade from {from} to {to}',
  'request.plan.up': 'Upgrade from {from} to {to}',
  'request.product': 'Switch from {from} to {to}',
  'request.interval': 'Switch from {from} to {to} billing',
  'request.contacts': 'Change the contact limit from {from} to {to}',
  'request.seats': 'Change seats from {from} to {to}',
  'request.addOn.add': 'Add {name}',
  'request.addOn.remove': 'Remove {name}',
  // A change request's subject: the first change, then how many more (the selection carries them all).
  'request.subject.more': {
    one: '{first}, and {count} other change',
    other: '{first}, and {count} other changes',
  },
  // A subject cut to the wire limit at a word boundary.
  'request.subject.truncated': '{text}…',
  // Review: what changes, part by part (contacts, seats and plan are named by their fields' labels)
  'change.product': 'Product',
  'change.interval': 'Billing period',
  'change.interval.month': 'Monthly',
  'change.interval.year': 'Yearly',
  'change.fromTo': '{from} → {to}',
  'change.contactsValue': { one: '{from} → {count} contact', other: '{from} → {count} contacts' },
  'change.seatsValue': { one: '{from} → {count} seat', other: '{from} → {count} seats' },
  'change.added': 'Added',
  'change.removed': 'Removed',
  // Blocking reasons (core BlockingCode)
  'blocking.unknown-product': 'This product is no longer offered.',
  'blocking.unknown-plan': 'This plan is no longer offered.',
  'blocking.unknown-contact-band': 'This contact limit is no longer offered.',
  'blocking.unknown-add-on': 'This add-on is no longer offered.',
  'blocking.interval-not-offered': 'This billing interval is not offered for this plan.',
  'blocking.contact-sales': 'This plan is sold by our sales team.',
  'blocking.contacts-below-usage': {
    one: 'You already use {count} contact, more than {contacts}.',
    other: 'You already use {count} contacts, more than {contacts}.',
  },
  'blocking.seats-below-usage': {
    one: '{count} seat is in use, more than {seats}.',
    other: '{count} seats are in use, more than {seats}.',
  },
  'blocking.seats-below-min': {
    one: 'This plan needs at least {count} seat.',
    other: 'This plan needs at least {count} seats.',
  },
  'blocking.seats-above-max': {
    one: 'This plan allows at most {count} seat.',
    other: 'This plan allows at most {count} seats.',
  },
  'blocking.add-on-not-allowed': 'This add-on is not available with this plan.',
  // Adapter errors
  'error.network': 'We could not reach the billing service. Check your connection and try again.',
  // Also a 408 from the server: to the customer, the same wait (errorMessageKey).
  'error.timeout': 'The billing service took too long to answer. Try again.',
  'error.aborted': 'The request was cancelled.',
  'error.unauthenticated': 'Your session has ended. Sign in again.',
  'error.forbidden': 'Only the account’s primary admin can change billing.',
  'error.invalid-request': 'Some details are not valid.',
  'error.not-found': 'We could not find this account or preview.',
  'error.preview-expired': 'This price is no longer valid. We are getting a fresh one.',
  'error.price-changed': 'The price has changed. Review the new amounts before confirming.',
  'error.idempotency-key-reused':
    'This purchase was already sent with different details. Review it again.',
  'error.payload-too-large': 'The message is too long.',
  'error.bad-request': 'The request could not be read. Reload the page and try again.',
  'error.preview-not-committable':
    'This change cannot be bought here. Send a request to our team instead.',
  'error.payment-declined':
    'Your payment was declined and nothing was charged. Check your payment method, then try again.',
  'error.authentication-failed':
    'Your bank did not confirm this payment, so nothing was charged and your plan is unchanged. You can try again.',
  'error.payment-requires-action':
    'Your bank needs you to confirm this payment, and nothing was charged yet. Confirm it with your bank, then try again.',
  // 405, 415 and 431: the service refused what our page sent (errorMessageKey).
  'error.refused': 'The billing service refused this request. Reload the page and try again.',
  'error.preview-already-used':
    'This change was already bought. Review your plan again to change more.',
  'error.rate-limited': 'Too many requests in a short time. Wait a minute, then try again.',
  'error.commit-in-progress':
    'Another change to this account is being processed. Try again in a moment.',
  'error.provider-unavailable':
    'The payment service is not responding right now, so we could not confirm your change. Try again in a moment: you will never be charged twice.',
  'error.internal': 'Something went wrong on our side. Try again in a moment.',
  // Review and purchase
  'line.plan': '{product} {plan}, {contacts} contacts',
  'line.seats': { one: '{count} extra seat', other: '{count} extra seats' },
  'line.addOn': '{addOn}',
  // {to} is the last day the period covers (the day before the renewal): « {from} – {to} » inclusive.
  'line.credit': 'Credit for unused time, {from}\u00a0– {to}',
  'line.charge': 'New price for the remaining time, {from}\u00a0– {to}',
  // Tax, computed by the backend. {rate} is the number of percent, formatted (« 5,5 » in French).
  'tax.vat': 'VAT {rate}%',
  'tax.reverse-charge': 'Reverse charge',
  'tax.exempt': 'VAT exempt',
  'purchase.authenticating': 'Confirm this payment with your bank.',
  'purchase.disabled.not-ready': 'Billing details are still loading.',
  'purchase.disabled.read-only': 'Only the account’s primary admin can change billing.',
  'purchase.disabled.estimate': 'Getting the final price…',
  'purchase.disabled.blocked': 'This change cannot be made as it is.',
  'purchase.disabled.no-change': 'Nothing to change yet.',
  'purchase.disabled.request': 'This change needs a request to our team.',
  'purchase.disabled.price-changed': 'The price has changed. Review the new amounts first.',
  // Payment method on file
  'paymentMethod.label': 'Payment method',
  'paymentMethod.card': '{brand} •••• {last4}, expires {expiry}',
  'paymentMethod.sepa': 'SEPA Direct Debit •••• {last4}',
  'paymentMethod.none': 'No payment method on file.',
  'paymentMethod.brand.other': 'Card',
  'paymentMethod.expired':
    'This card has expired. Update your payment method before you confirm, or the payment will be declined.',
  'paymentMethod.update': 'Update payment method',
  'paymentMethod.updateFailed': 'We could not update your payment method. Try again.',
  // Scheduled change
  'scheduled.nothing': 'No change is scheduled for the renewal.',
  // Change request form
  'changeRequest.subject.required': 'Enter a subject.',
  'changeRequest.tooLong': 'Use at most {max} characters.',
  'changeRequest.message.required': 'Tell us what you need.',
  'changeRequest.contactEmail.required': 'Enter an email address.',
  'changeRequest.contactEmail.invalid': 'Enter an email address like name@example.com.',
});

/** A key of the hooks' catalogs. */
export type MessageKey = keyof typeof en;
