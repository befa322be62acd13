// docs/localization.md's override example: a host that sells "licences", not "seats", says so on
// every message that names the term, the hooks' (`seats.*`, `line.seats` …) and the widgets'
// (`ui.seats.*`, `ui.billing.seats.*`). licence-wording.browser.test.tsx renders the billing page,
// its seat dialog and its review with it and finds "seat" nowhere.
import type { MessageOverrides } from '@tarif/react/i18n';
import '../messages/en.js'; // registers the ui.* keys with MessageOverrides

export const licenceWording = {
  en: {
    // The hooks' messages, which the widgets show too (the stepper's label, its buttons, its value).
    'seats.label': 'Licences',
    'seats.increment': 'Add a licence',
    'seats.decrement': 'Remove a licence',
    'seats.valueText': { one: '{count} licence', other: '{count} licences' },
    'seats.reason.inUse': {
      one: '{count} licence is in use',
      other: '{count} licences are in use',
    },
    'seats.reason.planMin': {
      one: 'This plan needs at least {count} licence',
      other: 'This plan needs at least {count} licences',
    },
    'seats.reason.planMax': {
      one: 'This plan allows at most {count} licence',
      other: 'This plan allows at most {count} licences',
    },
    'request.seats': 'Change licences from {from} to {to}',
    'change.seatsValue': {
      one: '{from} → {count} licence',
      other: '{from} → {count} licences',
    },
    'blocking.seats-below-usage': {
      one: '{count} licence is in use: you cannot go down to {seats}.',
      other: '{count} licences are in use: you cannot go down to {seats}.',
    },
    'blocking.seats-below-min': {
      one: 'This plan needs at least {count} licence.',
      other: 'This plan needs at least {count} licences.',
    },
    'blocking.seats-above-max': {
      one: 'This plan allows at most {count} licence.',
      other: 'This plan allows at most {count} licences.',
    },
    'line.seats': { one: '{count} extra licence', other: '{count} extra licences' },
    // The widgets' own.
    'ui.seats.title': 'Manage licences',
    'ui.seats.inUse': { one: '{count} licence in use', other: '{count} licences in use' },
    'ui.seats.included': {
      one: '{count} licence included in the plan',
      other: '{count} licences included in the plan',
    },
    'ui.seats.perSeat': 'Per extra licence',
    'ui.seats.max': {
      one: 'The {plan} plan includes at most {count} licence.',
      other: 'The {plan} plan includes at most {count} licences.',
    },
    'ui.seats.min': {
      one: 'The {plan} plan needs at least {count} licence.',
      other: 'The {plan} plan needs at least {count} licences.',
    },
    'ui.seats.belowUsage': {
      one: '{count} licence is in use: remove a user before going lower.',
      other: '{count} licences are in use: remove users before going lower.',
    },
    'ui.billing.seats.title': 'Licences',
    'ui.billing.seats.edit': 'Edit licences',
    'ui.billing.plans.description':
      'Upgrade to unlock more features. Prices are for your current contact limit and licences.',
  },
} satisfies MessageOverrides;
