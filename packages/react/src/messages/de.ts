import { defineMessages } from '../i18n/message-types.js';
import type { Message } from '../i18n/message-types.js';
import type { MessageKey } from './en.js';

/**
 * German catalog, written as German product copy (Sie-Form, „Tarif“ for plan, „Abrechnung“ for
 * billing, „abbuchen“ for taking an amount; the glossary is in docs/localization.md). German counts
 * 0 as plural (« 0 Plätze »), as CLDR says. Long compounds (Kontaktlimit, Abrechnungsintervall)
 * are what the layout has to take.
 */
export const de = defineMessages({
  'contacts.label': 'Kontaktlimit',
  'contacts.valueText': { one: '{count} Kontakt', other: '{count} Kontakte' },
  'contacts.valueText.beyond': 'Mehr als {count} Kontakte',
  'contacts.blocked.inUse': {
    one: 'Sie nutzen bereits {count} Kontakt',
    other: 'Sie nutzen bereits {count} Kontakte',
  },
  'contacts.nudge.nearLimit':
    'Sie nutzen {count} von {limit} Kontakten. Wählen Sie rechtzeitig ein höheres Limit.',
  'seats.label': 'Nutzerplätze',
  'seats.increment': 'Platz hinzufügen',
  'seats.decrement': 'Platz entfernen',
  'seats.valueText': { one: '{count} Platz', other: '{count} Plätze' },
  'seats.reason.inUse': {
    one: '{count} Platz ist belegt',
    other: '{count} Plätze sind belegt',
  },
  'seats.reason.planMin': {
    one: 'Dieser Tarif erfordert mindestens {count} Platz',
    other: 'Dieser Tarif erfordert mindestens {count} Plätze',
  },
  'seats.reason.planMax': {
    one: 'Dieser Tarif umfasst höchstens {count} Platz',
    other: 'Dieser Tarif umfasst höchstens {count} Plätze',
  },
  'plans.label': 'Tarif',
  'plans.unavailable.seatsInUse': {
    one: 'Für höchstens {count} Nutzer – Sie haben {seatsInUse}',
    other: 'Für höchstens {count} Nutzer – Sie haben {seatsInUse}',
  },
  // Adverbs, so that « von monatlich auf jährlich » needs no case ending.
  'interval.month': 'monatlich',
  'interval.year': 'jährlich',
  'request.plan.down': 'Vom Tarif {from} auf den kleineren Tarif {to} wechseln',
  'request.plan.up': 'Vom Tarif {from} auf den größeren Tarif {to} wechseln',
  'request.product': 'Von {from} zu {to} wechseln',
  'request.interval': 'Abrechnung von {from} auf {to} umstellen',
  'request.contacts': 'Kontaktlimit von {from} auf {to} ändern',
  'request.seats': 'Anzahl der Plätze von {from} auf {to} ändern',
  'request.addOn.add': 'Zusatzmodul {name} hinzufügen',
  'request.addOn.remove': 'Zusatzmodul {name} entfernen',
  'request.subject.more': {
    one: '{first} und {count} weitere Änderung',
    other: '{first} und {count} weitere Änderungen',
  },
  'request.subject.truncated': '{text} …',
  'change.product': 'Produkt',
  // The choice monthly / yearly; „Abrechnungszeitraum“ is the current period (ui.review.prorated).
  'change.interval': 'Abrechnungsintervall',
  'change.interval.month': 'Monatlich',
  'change.interval.year': 'Jährlich',
  'change.fromTo': '{from} → {to}',
  'change.contactsValue': { one: '{from} → {count} Kontakt', other: '{from} → {count} Kontakte' },
  'change.seatsValue': { one: '{from} → {count} Platz', other: '{from} → {count} Plätze' },
  // German predicative participles do not inflect: « SMS: Hinzugefügt » fits every name.
  'change.added': 'Hinzugefügt',
  'change.removed': 'Entfernt',
  'blocking.unknown-product': 'Dieses Produkt wird nicht mehr angeboten.',
  'blocking.unknown-plan': 'Dieser Tarif wird nicht mehr angeboten.',
  'blocking.unknown-contact-band': 'Dieses Kontaktlimit wird nicht mehr angeboten.',
  'blocking.unknown-add-on': 'Dieses Zusatzmodul wird nicht mehr angeboten.',
  'blocking.interval-not-offered':
    'Dieses Abrechnungsintervall ist für diesen Tarif nicht verfügbar.',
  'blocking.contact-sales': 'Dieser Tarif ist nur über unser Vertriebsteam erhältlich.',
  'blocking.contacts-below-usage': {
    one: 'Sie nutzen bereits {count} Kontakt; ein Limit von {contacts} reicht nicht aus.',
    other: 'Sie nutzen bereits {count} Kontakte; ein Limit von {contacts} reicht nicht aus.',
  },
  'blocking.seats-below-usage': {
    one: '{count} Platz ist belegt; eine Reduzierung auf {seats} ist nicht möglich.',
    other: '{count} Plätze sind belegt; eine Reduzierung auf {seats} ist nicht möglich.',
  },
  'blocking.seats-below-min': {
    one: 'Dieser Tarif erfordert mindestens {count} Platz.',
    other: 'Dieser Tarif erfordert mindestens {count} Plätze.',
  },
  'blocking.seats-above-max': {
    one: 'Dieser Tarif umfasst höchstens {count} Platz.',
    other: 'Dieser Tarif umfasst höchstens {count} Plätze.',
  },
  'blocking.add-on-not-allowed': 'Dieses Zusatzmodul ist mit diesem Tarif nicht verfügbar.',
  'error.network':
    'Der Abrechnungsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout':
    'Der Abrechnungsdienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen.',
  'error.unauthenticated': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  'error.forbidden': 'Nur die Person mit der Rolle Hauptadmin kann die Abrechnung ändern.',
  'error.invalid-request': 'Einige Angaben sind ungültig.',
  'error.not-found': 'Wir finden dieses Konto oder diesen Preis nicht.',
  'error.preview-expired': 'Dieser Preis ist nicht mehr gültig. Wir ermitteln einen aktuellen.',
  'error.price-changed':
    'Der Preis hat sich geändert. Prüfen Sie die neuen Beträge, bevor Sie bestätigen.',
  'error.idempotency-key-reused':
    'Dieser Kauf wurde bereits mit anderen Angaben übermittelt. Prüfen Sie ihn erneut.',
  'error.payload-too-large': 'Die Nachricht ist zu lang.',
  'error.bad-request':
    'Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.preview-not-committable':
    'Diese Änderung ist hier nicht buchbar. Senden Sie stattdessen eine Anfrage an unser Team.',
  'error.payment-declined':
    'Ihre Zahlung wurde abgelehnt, es wurde nichts abgebucht. Prüfen Sie Ihre Zahlungsmethode und versuchen Sie es erneut.',
  'error.authentication-failed':
    'Ihre Bank hat diese Zahlung nicht bestätigt. Es wurde nichts abgebucht, und Ihr Abonnement bleibt unverändert. Sie können es erneut versuchen.',
  'error.payment-requires-action':
    'Ihre Bank verlangt eine Bestätigung dieser Zahlung; abgebucht wurde noch nichts. Bestätigen Sie die Zahlung bei Ihrer Bank und versuchen Sie es erneut.',
  'error.refused':
    'Der Abrechnungsdienst hat diese Anfrage abgelehnt. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.preview-already-used':
    'Diese Änderung wurde bereits gebucht. Öffnen Sie Ihren Tarif erneut, um weitere Änderungen vorzunehmen.',
  'error.rate-limited':
    'Zu viele Anfragen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  'error.commit-in-progress':
    'Eine andere Änderung an diesem Konto wird gerade verarbeitet. Versuchen Sie es gleich noch einmal.',
  'error.provider-unavailable':
    'Der Zahlungsdienst antwortet gerade nicht; wir konnten Ihre Änderung nicht bestätigen. Versuchen Sie es gleich noch einmal: Es wird nie etwas doppelt abgebucht.',
  'error.internal': 'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
  'line.plan': '{product} {plan}, {contacts} Kontakte',
  'line.seats': { one: '{count} zusätzlicher Platz', other: '{count} zusätzliche Plätze' },
  'line.addOn': '{addOn}',
  // {to} ist der letzte abgedeckte Tag (der Tag vor der Verlängerung), wie auf einer Rechnung.
  'line.credit': 'Gutschrift für die ungenutzte Zeit vom {from} bis zum {to}',
  'line.charge': 'Neuer Preis für die verbleibende Zeit vom {from} bis zum {to}',
  // Geschütztes Leerzeichen vor %; die Rechnungsangabe nach § 14a UStG.
  'tax.vat': 'MwSt. {rate}\u00a0%',
  'tax.reverse-charge': 'Steuerschuldnerschaft des Leistungsempfängers',
  'tax.exempt': 'Steuerbefreit',
  'purchase.authenticating': 'Bestätigen Sie diese Zahlung bei Ihrer Bank.',
  'purchase.disabled.not-ready': 'Die Abrechnungsdaten werden noch geladen.',
  'purchase.disabled.read-only':
    'Nur die Person mit der Rolle Hauptadmin kann die Abrechnung ändern.',
  'purchase.disabled.estimate': 'Der endgültige Preis wird ermittelt …',
  'purchase.disabled.blocked': 'Diese Änderung ist so nicht möglich.',
  'purchase.disabled.no-change': 'Noch nichts geändert.',
  'purchase.disabled.request': 'Für diese Änderung ist eine Anfrage an unser Team nötig.',
  'purchase.disabled.price-changed':
    'Der Preis hat sich geändert. Prüfen Sie zuerst die neuen Beträge.',
  // Hinterlegte Zahlungsmethode
  'paymentMethod.label': 'Zahlungsmethode',
  'paymentMethod.card': '{brand} •••• {last4}, gültig bis {expiry}',
  'paymentMethod.sepa': 'SEPA-Lastschrift •••• {last4}',
  'paymentMethod.none': 'Keine Zahlungsmethode hinterlegt.',
  'paymentMethod.brand.other': 'Karte',
  'paymentMethod.expired':
    'Diese Karte ist abgelaufen. Aktualisieren Sie Ihre Zahlungsmethode, bevor Sie bestätigen, sonst wird die Zahlung abgelehnt.',
  'paymentMethod.update': 'Zahlungsmethode ändern',
  'paymentMethod.updateFailed':
    'Ihre Zahlungsmethode konnte nicht geändert werden. Versuchen Sie es erneut.',
  'scheduled.nothing': 'Für die Verlängerung ist keine Änderung geplant.',
  'changeRequest.subject.required': 'Geben Sie einen Betreff ein.',
  'changeRequest.tooLong': 'Verwenden Sie höchstens {max} Zeichen.',
  'changeRequest.message.required': 'Beschreiben Sie kurz, was Sie brauchen.',
  'changeRequest.contactEmail.required': 'Geben Sie eine E-Mail-Adresse ein.',
  'changeRequest.contactEmail.invalid':
    'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
} satisfies Record<MessageKey, Message>);
