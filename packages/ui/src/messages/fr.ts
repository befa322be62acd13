import type { Message } from '@tarif/react/i18n';
import type { UiMessageKey } from './en.js';

/**
 * French copy of @tarif/ui, written to read as French, not as a translation: the reference
 * product's terms (« Mettre à niveau », « Ajouter au plan »...), typographic apostrophes (’), and 0 and 1 singular.
 * `satisfies` holds it to exactly the English keys; a test checks the `{arguments}` match too.
 */
export const fr = {
  // ---- common -------------------------------------------------------------
  'ui.common.loading': 'Chargement…',
  'ui.common.close': 'Fermer',
  'ui.common.cancel': 'Annuler',
  'ui.common.retry': 'Réessayer',
  'ui.common.contactSales': 'Contacter l’équipe commerciale',
  'ui.common.requestChange': 'Demander une modification du compte',
  // HT (hors taxes) for a catalog whose taxMode is 'exclusive', TTC for 'inclusive'; no-break spaces throughout.
  'ui.common.amount.exclusive': '{amount}\u00a0HT',
  'ui.common.amount.inclusive': '{amount}\u00a0TTC',
  'ui.common.price.month.exclusive': '{amount}\u00a0HT\u00a0/\u00a0mois',
  'ui.common.price.month.inclusive': '{amount}\u00a0TTC\u00a0/\u00a0mois',
  'ui.common.price.year.exclusive': '{amount}\u00a0HT\u00a0/\u00a0an',
  'ui.common.price.year.inclusive': '{amount}\u00a0TTC\u00a0/\u00a0an',
  // Neutral: the admin may be anyone, and their gender is not known; « administrateur principal » names the role.
  'ui.common.readOnly':
    'Seule la personne ayant le rôle d’administrateur principal, {name}, peut modifier la facturation.',
  'ui.common.percent': '{value}\u202f%',
  'ui.common.plus': '+{amount}',

  // ---- contact limit slider -----------------------------------------------
  'ui.contactLimit.title': 'Modifier la limite de contacts',
  'ui.contactLimit.label': 'Limite de contacts',
  'ui.contactLimit.contacts': { one: '{count} contact', other: '{count} contacts' },
  'ui.contactLimit.beyond': { one: 'Plus de {count} contact', other: 'Plus de {count} contacts' },
  'ui.contactLimit.priceLabel': 'Prix pour cette limite',
  'ui.contactLimit.usageLabel': 'Contacts utilisés',
  'ui.contactLimit.usageValue': {
    one: '{used} sur {count} contact',
    other: '{used} sur {count} contacts',
  },
  'ui.contactLimit.nearLimit':
    'Vous utilisez {percent} de votre limite de contacts. Pensez à l’augmenter avant de l’atteindre ; rien ne change tant que vous ne confirmez pas.',
  'ui.contactLimit.blockedByUsage': {
    one: 'Vous avez déjà {count} contact : les limites inférieures ne sont pas disponibles.',
    other: 'Vous avez déjà {count} contacts : les limites inférieures ne sont pas disponibles.',
  },
  'ui.contactLimit.contactSalesHint': {
    one: 'Besoin de plus de {count} contact ? Notre équipe commerciale vous préparera un devis sur mesure.',
    other:
      'Besoin de plus de {count} contacts ? Notre équipe commerciale vous préparera un devis sur mesure.',
  },

  // ---- seat stepper -------------------------------------------------------
  'ui.seats.title': 'Gérer les sièges utilisateur',
  'ui.seats.inUse': { one: '{count} siège utilisé', other: '{count} sièges utilisés' },
  'ui.seats.included': {
    one: '{count} siège inclus dans le plan',
    other: '{count} sièges inclus dans le plan',
  },
  'ui.seats.perSeat': 'Par siège supplémentaire',
  'ui.seats.priceChange': 'Variation de votre facture',
  'ui.seats.max': {
    one: 'Le plan {plan} est limité à {count} siège.',
    other: 'Le plan {plan} est limité à {count} sièges.',
  },
  'ui.seats.min': {
    one: 'Le plan {plan} nécessite au moins {count} siège.',
    other: 'Le plan {plan} nécessite au moins {count} sièges.',
  },
  'ui.seats.belowUsage': {
    one: '{count} siège est utilisé : retirez un utilisateur avant de réduire le nombre de sièges.',
    other:
      '{count} sièges sont utilisés : retirez des utilisateurs avant de réduire le nombre de sièges.',
  },

  // ---- plan tier picker ---------------------------------------------------
  'ui.plans.yearlySaving': 'Économisez {amount} par an',
  'ui.plans.current': 'Plan actuel',
  'ui.plans.features': 'Fonctionnalités clés',
  'ui.plans.everythingIn': 'Tout ce qu’inclut le plan {plan}, ainsi que :',
  'ui.plans.featuresLost': 'Vous perdrez l’accès à :',
  'ui.plans.downgradeRequest':
    'Le passage à un plan inférieur se fait par une demande de modification ; notre équipe vous recontactera.',
  'ui.plans.contactSalesNote': 'Tarifs sur mesure pour les grandes équipes.',

  // ---- add-on card --------------------------------------------------------
  'ui.addOn.add': 'Ajouter au plan',
  'ui.addOn.added': 'Ajouté',
  'ui.addOn.state.included': 'Inclus',
  'ui.addOn.state.active': 'Actif',
  'ui.addOn.state.available': 'Disponible',
  'ui.addOn.state.unavailable': 'Non disponible',
  'ui.addOn.includedIn': 'Inclus dans votre plan {plan}.',
  'ui.addOn.availableFrom': 'Disponible à partir du plan {plan}.',
  'ui.addOn.notOnPlan': 'Non disponible avec votre plan actuel.',

  // ---- review purchase modal (engineer B) -----------------------------------
  'ui.review.title': 'Récapitulatif de l’achat',
  'ui.review.description':
    'Vérifiez le nouveau prix avant de confirmer. Rien ne change tant que vous n’avez pas confirmé.',
  'ui.review.estimate': 'Estimation',
  'ui.review.status.estimate': 'Prix estimé. Calcul du prix définitif…',
  'ui.review.status.final': 'Prix définitif confirmé.',
  'ui.review.changes': 'Ce qui change',
  'ui.review.change.atRenewal': 'Au renouvellement',
  'ui.review.change.to': 'à',
  'ui.review.recurring.month': 'Nouveau prix mensuel',
  'ui.review.recurring.year': 'Nouveau prix annuel',
  'ui.review.nextRenewal': 'Prochain renouvellement le {date}',
  'ui.review.today': 'À payer aujourd’hui',
  'ui.review.dueToday': 'Prélevé aujourd’hui',
  'ui.review.subtotal': 'Total HT',
  'ui.review.prorated':
    'Calculé au prorata du temps restant dans votre période de facturation en cours.',
  'ui.review.balanceCredit': 'Crédit reporté sur votre solde',
  'ui.review.scheduled':
    'Rien n’est prélevé aujourd’hui. Le changement prendra effet à votre prochain renouvellement, le {date}.',
  'ui.review.confirm': 'Confirmer l’achat',
  'ui.review.confirmScheduled': 'Confirmer le changement',
  'ui.review.confirming': 'Confirmation en cours…',
  'ui.review.authenticating':
    'Votre banque ouvre une fenêtre pour vérifier qu’il s’agit bien de vous. Rien n’est prélevé tant que vous n’y avez pas confirmé le paiement.',
  'ui.review.priceChanged.title': 'Le prix a changé',
  'ui.review.priceChanged.body':
    'Les tarifs ont été mis à jour après l’ouverture de cet écran. Les montants ci-dessous sont les nouveaux : vérifiez-les avant de confirmer.',
  'ui.review.priceChanged.acknowledge': 'Voir le nouveau prix',
  'ui.review.previewError': 'Impossible d’obtenir le prix définitif.',
  'ui.review.purchaseError':
    'Votre achat n’a pas abouti. Rien ne sera prélevé deux fois : vous pouvez réessayer sans risque.',
  'ui.review.request.title': 'Ce changement passe par notre équipe',
  'ui.review.request.body':
    'Envoyez-nous une demande et nous vous recontacterons. Rien ne change d’ici là.',
  'ui.review.blocked.title': 'Ce changement n’est pas possible en l’état',
  'ui.review.success.title': 'Achat confirmé',
  'ui.review.success.scheduledTitle': 'Changement programmé',
  'ui.review.success.charged':
    'Nous avons prélevé {amount} sur votre moyen de paiement. Vos changements sont actifs dès maintenant.',
  'ui.review.success.scheduled':
    'Votre changement est programmé pour le {date}. Rien n’a été prélevé aujourd’hui.',
  'ui.review.success.done': 'Terminé',

  // ---- change request dialog (engineer B) -----------------------------------
  'ui.changeRequest.title': 'Demander une modification du compte',
  'ui.changeRequest.description':
    'Le passage à un plan inférieur, le retrait d’un module complémentaire, la sortie d’une offre groupée et le changement de produit passent par notre équipe. Dites-nous ce dont vous avez besoin : nous vous répondrons sous un jour ouvré.',
  'ui.changeRequest.subject': 'Objet',
  'ui.changeRequest.message': 'Message',
  'ui.changeRequest.messageHint': 'Que souhaitez-vous modifier, et à partir de quand ?',
  'ui.changeRequest.allRequired': 'Tous les champs sont obligatoires.',
  'ui.changeRequest.limit': '{max} caractères au maximum.',
  'ui.changeRequest.contactEmail': 'E-mail de contact',
  'ui.changeRequest.submit': 'Envoyer la demande',
  'ui.changeRequest.sending': 'Envoi en cours…',
  'ui.changeRequest.error': 'Votre demande n’a pas été envoyée.',
  'ui.changeRequest.sent.title': 'Demande envoyée',
  'ui.changeRequest.sent.body':
    'Merci. Notre équipe vous répondra à l’adresse {email}. Votre référence : {id}.',

  // ---- billing page (engineer B) --------------------------------------------
  'ui.billing.title': 'Facturation et mise à niveau',
  'ui.billing.subtitle': 'Votre plan, vos limites et vos modules complémentaires, au même endroit.',
  'ui.billing.loadError': 'Impossible de charger vos informations de facturation.',
  'ui.billing.summary.title': 'Plan actuel',
  'ui.billing.summary.plan': '{product} {plan}',
  'ui.billing.summary.price': 'Prix',
  'ui.billing.summary.renewal': 'Prochain renouvellement',
  // What the account holds is a credit for the customer, not a balance to settle.
  'ui.billing.summary.balance': 'Crédit disponible',
  'ui.billing.summary.scheduled':
    'Un changement est programmé pour votre renouvellement du {date}.',
  'ui.billing.scheduled.cancel': 'Annuler ce changement',
  'ui.billing.scheduled.question':
    'Annuler le changement prévu le {date} ? Votre abonnement sera renouvelé à l’identique.',
  'ui.billing.scheduled.confirm': 'Oui, annuler le changement',
  'ui.billing.scheduled.keep': 'Conserver le changement',
  'ui.billing.scheduled.cancelling': 'Annulation en cours…',
  'ui.billing.scheduled.error': 'Le changement n’a pas été annulé.',
  'ui.billing.scheduled.cancelled':
    'Changement annulé. Votre abonnement sera renouvelé à l’identique le {date}.',
  'ui.billing.edit': 'Modifier',
  'ui.billing.contacts.title': 'Contacts',
  'ui.billing.contacts.edit': 'Modifier la limite de contacts',
  'ui.billing.contacts.nearLimit': 'Limite presque atteinte',
  'ui.billing.contacts.submit': 'Mettre à jour la limite de contacts',
  'ui.billing.seats.title': 'Sièges utilisateur',
  'ui.billing.seats.edit': 'Modifier les sièges utilisateur',
  'ui.billing.seats.submit': 'Continuer',
  'ui.billing.plans.title': 'Plans',
  'ui.billing.plans.description':
    'Passez à un plan supérieur pour débloquer davantage de fonctionnalités. Prix calculés pour votre limite de contacts et vos sièges actuels.',
  'ui.billing.plans.upgrade': 'Mettre à niveau',
  'ui.billing.bundle.title': 'Complétez votre offre pour débloquer davantage de fonctionnalités',
  // Names the bundle once: its name already says which products it joins.
  'ui.billing.bundle.body':
    '{bundle} réunit les deux produits : un seul plan, une seule facture, toutes leurs fonctionnalités.',
  'ui.billing.bundle.configure': 'Configurer {bundle}',
  'ui.billing.bundle.screenTitle': 'Configurer {bundle}',
  'ui.billing.bundle.back': 'Retour à la facturation',
  'ui.billing.bundle.tier': 'Niveau du plan',
  'ui.billing.bundle.addOns': 'Modules complémentaires',
  'ui.billing.bundle.total': 'Prix récurrent estimé',
  'ui.billing.bundle.submit': 'Mettre à jour mon plan',
  'ui.billing.addOns.title': 'Modules complémentaires disponibles',
  'ui.billing.contactUs.text': 'Vous souhaitez modifier votre plan ?',
  'ui.billing.contactUs.action': 'Contactez-nous',
} as const satisfies Record<UiMessageKey, Message>;
