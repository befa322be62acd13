import type { Message } from '@tarif/react/i18n';
import type { UiMessageKey } from './en.js';

/**
 * German copy of @tarif/ui, written as German product copy rather than translated: Sie-Form,
 * „Tarif“ and „Zusatzmodul“, „zzgl. MwSt.“ / „inkl. MwSt.“ after the unit („/ Monat zzgl. MwSt.“),
 * „abbuchen“ for an amount taken, German quotation marks; the glossary is in docs/localization.md.
 * Its long compounds (Abrechnungszeitraum, Kontaktlimit) are the layout's stress test.
 * `satisfies` holds it to exactly the English keys; the pack test checks `{arguments}` too.
 */
export const de = {
  // ---- common -------------------------------------------------------------
  'ui.common.loading': 'Wird geladen …',
  'ui.common.close': 'Schließen',
  'ui.common.cancel': 'Abbrechen',
  'ui.common.retry': 'Erneut versuchen',
  'ui.common.contactSales': 'Vertrieb kontaktieren',
  'ui.common.requestChange': 'Kontoänderung anfragen',
  // Netto- oder Bruttopreis (taxMode des Katalogs), mit geschützten Leerzeichen: bricht nie auseinander.
  'ui.common.amount.exclusive': '{amount}\u00a0zzgl.\u00a0MwSt.',
  'ui.common.amount.inclusive': '{amount}\u00a0inkl.\u00a0MwSt.',
  'ui.common.price.month.exclusive': '{amount}\u00a0/\u00a0Monat\u00a0zzgl.\u00a0MwSt.',
  'ui.common.price.month.inclusive': '{amount}\u00a0/\u00a0Monat\u00a0inkl.\u00a0MwSt.',
  'ui.common.price.year.exclusive': '{amount}\u00a0/\u00a0Jahr\u00a0zzgl.\u00a0MwSt.',
  'ui.common.price.year.inclusive': '{amount}\u00a0/\u00a0Jahr\u00a0inkl.\u00a0MwSt.',
  // The role named as a role („Hauptadmin“), as the French does; „Hauptadministration“ read as a department.
  'ui.common.readOnly': 'Nur {name} (Hauptadmin dieses Kontos) kann die Abrechnung ändern.',
  'ui.common.percent': '{value}\u00a0%',
  'ui.common.plus': '+{amount}',

  // ---- contact limit slider -----------------------------------------------
  'ui.contactLimit.title': 'Kontaktlimit bearbeiten',
  'ui.contactLimit.label': 'Kontaktlimit',
  'ui.contactLimit.contacts': { one: '{count} Kontakt', other: '{count} Kontakte' },
  'ui.contactLimit.beyond': {
    one: 'Mehr als {count} Kontakt',
    other: 'Mehr als {count} Kontakte',
  },
  'ui.contactLimit.priceLabel': 'Preis für dieses Limit',
  'ui.contactLimit.usageLabel': 'Genutzte Kontakte',
  'ui.contactLimit.usageValue': {
    one: '{used} von {count} Kontakt',
    other: '{used} von {count} Kontakten',
  },
  'ui.contactLimit.nearLimit':
    'Sie nutzen {percent} Ihres Kontaktlimits. Wählen Sie rechtzeitig ein höheres Limit. Geändert wird erst, wenn Sie bestätigen.',
  'ui.contactLimit.blockedByUsage': {
    one: 'Sie haben bereits {count} Kontakt, daher sind niedrigere Limits nicht verfügbar.',
    other: 'Sie haben bereits {count} Kontakte, daher sind niedrigere Limits nicht verfügbar.',
  },
  'ui.contactLimit.contactSalesHint': {
    one: 'Sie brauchen mehr als {count} Kontakt? Unser Vertrieb erstellt Ihnen gern ein individuelles Angebot.',
    other:
      'Sie brauchen mehr als {count} Kontakte? Unser Vertrieb erstellt Ihnen gern ein individuelles Angebot.',
  },

  // ---- seat stepper -------------------------------------------------------
  'ui.seats.title': 'Nutzerplätze verwalten',
  'ui.seats.inUse': { one: '{count} Platz belegt', other: '{count} Plätze belegt' },
  'ui.seats.included': {
    one: '{count} Platz im Tarif enthalten',
    other: '{count} Plätze im Tarif enthalten',
  },
  'ui.seats.perSeat': 'Pro zusätzlichem Platz',
  'ui.seats.priceChange': 'Auswirkung auf Ihre Rechnung',
  'ui.seats.max': {
    one: 'Der Tarif {plan} umfasst höchstens {count} Platz.',
    other: 'Der Tarif {plan} umfasst höchstens {count} Plätze.',
  },
  'ui.seats.min': {
    one: 'Der Tarif {plan} erfordert mindestens {count} Platz.',
    other: 'Der Tarif {plan} erfordert mindestens {count} Plätze.',
  },
  'ui.seats.belowUsage': {
    one: '{count} Platz ist belegt: Entfernen Sie einen Nutzer, bevor Sie die Anzahl weiter verringern.',
    other:
      '{count} Plätze sind belegt: Entfernen Sie Nutzer, bevor Sie die Anzahl weiter verringern.',
  },

  // ---- plan tier picker ---------------------------------------------------
  'ui.plans.yearlySaving': '{amount} pro Jahr sparen',
  'ui.plans.current': 'Aktueller Tarif',
  'ui.plans.features': 'Wichtigste Funktionen',
  'ui.plans.everythingIn': 'Alles aus {plan} und zusätzlich:',
  'ui.plans.featuresLost': 'Sie verlieren den Zugriff auf:',
  'ui.plans.downgradeRequest':
    'Der Wechsel in einen kleineren Tarif läuft über eine Änderungsanfrage; unser Team meldet sich bei Ihnen.',
  'ui.plans.contactSalesNote': 'Individuelle Preise für größere Teams.',

  // ---- add-on card --------------------------------------------------------
  'ui.addOn.add': 'Zum Tarif hinzufügen',
  // A state on the (then disabled) button: noted for the purchase, not bought yet.
  'ui.addOn.added': 'Vorgemerkt',
  'ui.addOn.state.included': 'Inklusive',
  'ui.addOn.state.active': 'Aktiv',
  'ui.addOn.state.available': 'Verfügbar',
  'ui.addOn.state.unavailable': 'Nicht verfügbar',
  'ui.addOn.includedIn': 'In Ihrem Tarif {plan} enthalten.',
  'ui.addOn.availableFrom': 'Verfügbar ab dem Tarif {plan}.',
  'ui.addOn.notOnPlan': 'In Ihrem aktuellen Tarif nicht verfügbar.',

  // ---- review purchase modal ------------------------------------------------
  'ui.review.title': 'Kauf prüfen',
  'ui.review.description':
    'Prüfen Sie den neuen Preis, bevor Sie bestätigen. Bis dahin ändert sich nichts.',
  'ui.review.estimate': 'Schätzung',
  'ui.review.status.estimate': 'Geschätzter Preis. Der endgültige Preis wird ermittelt …',
  'ui.review.status.final': 'Endgültiger Preis bestätigt.',
  'ui.review.changes': 'Was sich ändert',
  'ui.review.change.atRenewal': 'Bei Verlängerung',
  'ui.review.change.to': 'auf',
  'ui.review.recurring.month': 'Neuer Monatspreis',
  'ui.review.recurring.year': 'Neuer Jahrespreis',
  'ui.review.nextRenewal': 'Nächste Verlängerung am {date}',
  'ui.review.today': 'Heute fällig',
  'ui.review.dueToday': 'Heute abgebucht',
  'ui.review.subtotal': 'Zwischensumme netto',
  'ui.review.prorated':
    'Anteilig berechnet für die Restlaufzeit Ihres aktuellen Abrechnungszeitraums.',
  'ui.review.balanceCredit': 'Gutschrift auf Ihr Guthaben',
  'ui.review.scheduled':
    'Heute wird nichts abgebucht. Die Änderung gilt ab Ihrer nächsten Verlängerung am {date}.',
  'ui.review.confirm': 'Kauf bestätigen',
  'ui.review.confirmScheduled': 'Änderung bestätigen',
  'ui.review.confirming': 'Wird bestätigt …',
  'ui.review.authenticating':
    'Ihre Bank öffnet ein Fenster, um zu prüfen, dass Sie es sind. Belastet wird erst, wenn Sie die Zahlung dort bestätigen.',
  'ui.review.priceChanged.title': 'Der Preis hat sich geändert',
  'ui.review.priceChanged.body':
    'Die Preise haben sich geändert, seit Sie diese Übersicht geöffnet haben. Unten stehen die neuen Beträge: Prüfen Sie sie, bevor Sie bestätigen.',
  'ui.review.priceChanged.acknowledge': 'Neuen Preis prüfen',
  'ui.review.previewError': 'Der endgültige Preis konnte nicht ermittelt werden.',
  'ui.review.purchaseError':
    'Ihr Kauf wurde nicht abgeschlossen. Es wurde nichts doppelt abgebucht: Sie können es gefahrlos erneut versuchen.',
  'ui.review.request.title': 'Diese Änderung läuft über unser Team',
  'ui.review.request.body':
    'Senden Sie uns eine Anfrage, wir melden uns bei Ihnen. Bis dahin ändert sich nichts.',
  'ui.review.blocked.title': 'Diese Änderung ist so nicht möglich',
  'ui.review.success.title': 'Kauf bestätigt',
  'ui.review.success.scheduledTitle': 'Änderung geplant',
  'ui.review.success.charged':
    'Ihre Zahlungsmethode wurde mit {amount} belastet. Ihre Änderungen sind ab sofort aktiv.',
  'ui.review.success.scheduled':
    'Ihre Änderung ist für den {date} geplant. Heute wurde nichts abgebucht.',
  'ui.review.success.done': 'Fertig',

  // ---- change request dialog ------------------------------------------------
  'ui.changeRequest.title': 'Kontoänderung anfragen',
  'ui.changeRequest.description':
    'Der Wechsel in einen kleineren Tarif oder ein anderes Produkt, das Entfernen von Zusatzmodulen und der Ausstieg aus einem Paket laufen über unser Team. Beschreiben Sie, was Sie brauchen: Wir antworten innerhalb eines Werktags.',
  'ui.changeRequest.subject': 'Betreff',
  'ui.changeRequest.message': 'Nachricht',
  'ui.changeRequest.messageHint': 'Was möchten Sie ändern, und ab wann?',
  'ui.changeRequest.allRequired': 'Alle Felder sind Pflichtfelder.',
  'ui.changeRequest.limit': 'Höchstens {max} Zeichen.',
  'ui.changeRequest.contactEmail': 'Kontakt-E-Mail',
  'ui.changeRequest.submit': 'Anfrage senden',
  'ui.changeRequest.sending': 'Wird gesendet …',
  'ui.changeRequest.error': 'Ihre Anfrage wurde nicht gesendet.',
  'ui.changeRequest.sent.title': 'Anfrage gesendet',
  'ui.changeRequest.sent.body':
    'Vielen Dank. Unser Team antwortet Ihnen an {email}. Ihre Vorgangsnummer lautet {id}.',

  // ---- billing page ---------------------------------------------------------
  'ui.billing.title': 'Abrechnung und Upgrade',
  'ui.billing.subtitle': 'Ihr Tarif, Ihre Limits und Ihre Zusatzmodule an einem Ort.',
  'ui.billing.loadError': 'Ihre Abrechnungsdaten konnten nicht geladen werden.',
  'ui.billing.summary.title': 'Aktueller Tarif',
  'ui.billing.summary.plan': '{product} {plan}',
  'ui.billing.summary.price': 'Preis',
  'ui.billing.summary.renewal': 'Nächste Verlängerung',
  'ui.billing.summary.balance': 'Verfügbares Guthaben',
  'ui.billing.summary.scheduled': 'Für Ihre Verlängerung am {date} ist eine Änderung geplant.',
  'ui.billing.scheduled.cancel': 'Diese Änderung verwerfen',
  'ui.billing.scheduled.question':
    'Die für den {date} geplante Änderung verwerfen? Ihr Abonnement verlängert sich unverändert.',
  'ui.billing.scheduled.confirm': 'Ja, Änderung verwerfen',
  'ui.billing.scheduled.keep': 'Änderung behalten',
  'ui.billing.scheduled.cancelling': 'Wird verworfen …',
  'ui.billing.scheduled.error': 'Die Änderung wurde nicht verworfen.',
  'ui.billing.scheduled.cancelled':
    'Änderung verworfen. Ihr Abonnement verlängert sich am {date} unverändert.',
  'ui.billing.edit': 'Bearbeiten',
  'ui.billing.contacts.title': 'Kontakte',
  'ui.billing.contacts.edit': 'Kontaktlimit bearbeiten',
  'ui.billing.contacts.nearLimit': 'Limit fast erreicht',
  'ui.billing.contacts.submit': 'Kontaktlimit aktualisieren',
  'ui.billing.seats.title': 'Nutzerplätze',
  'ui.billing.seats.edit': 'Nutzerplätze bearbeiten',
  'ui.billing.seats.submit': 'Weiter',
  'ui.billing.plans.title': 'Tarife',
  'ui.billing.plans.description':
    'Mit einem Upgrade schalten Sie weitere Funktionen frei. Die Preise gelten für Ihr aktuelles Kontaktlimit und Ihre aktuellen Nutzerplätze.',
  'ui.billing.plans.upgrade': 'Upgrade',
  'ui.billing.bundle.title': 'Erweitern Sie Ihren Tarif und schalten Sie weitere Funktionen frei',
  // Names the bundle once: its name already says which products it joins.
  'ui.billing.bundle.body':
    '{bundle} vereint beide Produkte: ein Tarif, eine Rechnung, alle Funktionen.',
  'ui.billing.bundle.configure': '{bundle} konfigurieren',
  'ui.billing.bundle.screenTitle': '{bundle} konfigurieren',
  'ui.billing.bundle.back': 'Zurück zur Abrechnung',
  'ui.billing.bundle.tier': 'Tarifstufe',
  'ui.billing.bundle.addOns': 'Zusatzmodule',
  'ui.billing.bundle.total': 'Voraussichtlicher laufender Preis',
  'ui.billing.bundle.submit': 'Tarif aktualisieren',
  'ui.billing.addOns.title': 'Verfügbare Zusatzmodule',
  'ui.billing.contactUs.text': 'Möchten Sie Ihren Tarif ändern?',
  'ui.billing.contactUs.action': 'Kontakt aufnehmen',
} as const satisfies Record<UiMessageKey, Message>;
