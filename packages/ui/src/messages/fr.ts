import type { Message } from '@tarif/react';
import type { UiMessageKey } from './en.js';

/**
 * French copy of @tarif/ui, written to read as French, not as a translation: the reference
 * product's terms (« Mettre à niveau », « Ajouter au plan »...), and 0 and 1 singular.
 * `satisfies` holds it to exactly the English keys; a test checks the `{arguments}` match too.
 */
export const fr = {
  // ---- common -------------------------------------------------------------
  'ui.common.loading': 'Chargement…',
  'ui.common.close': 'Fermer',
  'ui.common.cancel': 'Annuler',
  'ui.common.retry': 'Réessayer',
  'ui.common.contactSales': "Contacter l'équipe commerciale",
  'ui.common.current': 'Actuel',
  'ui.common.interval.month': 'Mensuel',
  'ui.common.interval.year': 'Annuel',
  'ui.common.per.month': '/ mois',
  'ui.common.per.year': '/ an',
  'ui.common.pricePer.month': '{price} par mois',
  'ui.common.pricePer.year': '{price} par an',
  'ui.common.readOnly': "Seul {name}, l'administrateur principal de ce compte, peut modifier la facturation.",
  'ui.common.percent': '{value}\u202f%',

  // ---- contact limit slider -----------------------------------------------
  'ui.contactLimit.title': 'Modifier la limite de contacts',
  'ui.contactLimit.label': 'Limite de contacts',
  'ui.contactLimit.contacts': { one: '{count} contact', other: '{count} contacts' },
  'ui.contactLimit.beyond': { one: 'Plus de {count} contact', other: 'Plus de {count} contacts' },
  'ui.contactLimit.priceLabel': 'Prix pour cette limite',
  'ui.contactLimit.usageLabel': 'Contacts utilisés',
  'ui.contactLimit.usageValue': { one: '{used} sur {count} contact', other: '{used} sur {count} contacts' },
  'ui.contactLimit.nearLimit':
    'Vous utilisez {percent} de votre limite de contacts. Pensez à l’augmenter avant de l’atteindre ; rien ne change tant que vous ne confirmez pas.',
  'ui.contactLimit.blockedByUsage': {
    one: 'Vous avez déjà {count} contact : les limites inférieures ne sont pas disponibles.',
    other: 'Vous avez déjà {count} contacts : les limites inférieures ne sont pas disponibles.',
  },
  'ui.contactLimit.contactSalesHint': {
    one: 'Besoin de plus de {count} contact ? Notre équipe commerciale vous préparera un devis sur mesure.',
    other: 'Besoin de plus de {count} contacts ? Notre équipe commerciale vous préparera un devis sur mesure.',
  },
  'ui.contactLimit.min': 'Minimum',
  'ui.contactLimit.max': 'Maximum',

  // ---- seat stepper -------------------------------------------------------
  'ui.seats.title': 'Gérer les sièges utilisateur',
  'ui.seats.label': 'Sièges',
  'ui.seats.decrement': 'Retirer un siège',
  'ui.seats.increment': 'Ajouter un siège',
  'ui.seats.count': { one: '{count} siège', other: '{count} sièges' },
  'ui.seats.inUse': { one: '{count} siège utilisé', other: '{count} sièges utilisés' },
  'ui.seats.included': { one: '{count} siège inclus dans le plan', other: '{count} sièges inclus dans le plan' },
  'ui.seats.pricePerSeat.month': '{price} par siège supplémentaire et par mois',
  'ui.seats.pricePerSeat.year': '{price} par siège supplémentaire et par an',
  'ui.seats.total': 'Total des sièges',
  'ui.seats.max': { one: 'Le plan {plan} inclut {count} siège au maximum.', other: 'Le plan {plan} inclut {count} sièges au maximum.' },
  'ui.seats.min': { one: 'Le plan {plan} nécessite au moins {count} siège.', other: 'Le plan {plan} nécessite au moins {count} sièges.' },
  'ui.seats.belowUsage': {
    one: '{count} siège est utilisé : retirez un utilisateur avant de descendre plus bas.',
    other: '{count} sièges sont utilisés : retirez des utilisateurs avant de descendre plus bas.',
  },

  // ---- plan tier picker ---------------------------------------------------
  'ui.plans.label': 'Plan',
  'ui.plans.interval': 'Période de facturation',
  'ui.plans.yearlySaving': 'Économisez {amount} par an',
  'ui.plans.current': 'Plan actuel',
  'ui.plans.features': 'Fonctionnalités clés',
  'ui.plans.featuresLost': 'Vous perdrez l’accès à :',
  'ui.plans.downgradeRequest':
    'Le passage à un plan inférieur se fait par une demande de modification ; notre équipe reviendra vers vous.',
  'ui.plans.contactSalesNote': 'Tarifs sur mesure pour les grandes équipes.',

  // ---- add-on card --------------------------------------------------------
  'ui.addOn.add': 'Ajouter au plan',
  'ui.addOn.addNamed': 'Ajouter {name} au plan',
  'ui.addOn.state.included': 'Inclus',
  'ui.addOn.state.active': 'Actif',
  'ui.addOn.state.available': 'Disponible',
  'ui.addOn.state.unavailable': 'Non disponible',
  'ui.addOn.includedIn': 'Inclus dans votre plan {plan}.',
  'ui.addOn.availableFrom': 'Disponible à partir du plan {plan}.',
  'ui.addOn.notOnPlan': 'Non disponible avec votre plan actuel.',
} as const satisfies Record<UiMessageKey, Message>;
