import { defineMessages } from '../i18n/message-types.js';
import type { Message } from '../i18n/message-types.js';
import type { MessageKey } from './en.js';

/** French catalog. French counts 0 and 1 as singular (« 0 siège »); CLDR's rule via Intl.PluralRules. */
export const fr = defineMessages({
  'contacts.label': 'Limite de contacts',
  'contacts.valueText': { one: '{count} contact', other: '{count} contacts' },
  'contacts.valueText.beyond': 'Plus de {count} contacts',
  'contacts.blocked.inUse': {
    one: 'Vous utilisez déjà {count} contact',
    other: 'Vous utilisez déjà {count} contacts',
  },
  'contacts.nudge.nearLimit':
    'Vous utilisez {count} de vos {limit} contacts. Pensez à augmenter votre limite.',
  'seats.label': 'Sièges',
  'seats.increment': 'Ajouter un siège',
  'seats.decrement': 'Retirer un siège',
  'seats.valueText': { one: '{count} siège', other: '{count} sièges' },
  'seats.reason.inUse': { one: '{count} siège est utilisé', other: '{count} sièges sont utilisés' },
  'seats.reason.planMin': {
    one: 'Ce plan nécessite au moins {count} siège',
    other: 'Ce plan nécessite au moins {count} sièges',
  },
  'seats.reason.planMax': {
    one: 'Ce plan est limité à {count} siège',
    other: 'Ce plan est limité à {count} sièges',
  },
  'plans.label': 'Plan',
  'plans.unavailable.seatsInUse': {
    one: '{count} utilisateur maximum\u00a0; vous en avez {seatsInUse}',
    other: '{count} utilisateurs maximum\u00a0; vous en avez {seatsInUse}',
  },
  'interval.month': 'mensuelle',
  'interval.year': 'annuelle',
  'request.plan.down': 'Passer du plan {from} au plan inférieur {to}',
  'request.plan.up': 'Passer du plan {from} au plan supérieur {to}',
  'request.product': 'Passer de {from} à {to}',
  'request.interval': 'Passer de la facturation {from} à la facturation {to}',
  'request.contacts': 'Faire passer la limite de contacts de {from} à {to}',
  'request.seats': 'Faire passer le nombre de sièges de {from} à {to}',
  'request.addOn.add': 'Ajouter le module complémentaire {name}',
  'request.addOn.remove': 'Retirer le module complémentaire {name}',
  'request.subject.more': {
    one: '{first} et {count} autre changement',
    other: '{first} et {count} autres changements',
  },
  'request.subject.truncated': '{text}…',
  'change.product': 'Produit',
  'change.interval': 'Cycle de facturation',
  'change.interval.month': 'Mensuel',
  'change.interval.year': 'Annuel',
  'change.fromTo': '{from} → {to}',
  'change.contactsValue': { one: '{from} → {count} contact', other: '{from} → {count} contacts' },
  'change.seatsValue': { one: '{from} → {count} siège', other: '{from} → {count} sièges' },
  'change.added': 'Ajout',
  'change.removed': 'Retrait',
  'blocking.unknown-product': 'Ce produit n’est plus proposé.',
  'blocking.unknown-plan': 'Ce plan n’est plus proposé.',
  'blocking.unknown-contact-band': 'Cette limite de contacts n’est plus proposée.',
  'blocking.unknown-add-on': 'Ce module complémentaire n’est plus proposé.',
  'blocking.interval-not-offered': 'Ce cycle de facturation n’est pas proposé pour ce plan.',
  'blocking.contact-sales': 'Ce plan s’obtient auprès de notre équipe commerciale.',
  'blocking.contacts-below-usage': {
    one: 'Vous utilisez déjà {count} contact\u00a0: une limite de {contacts} ne suffit pas.',
    other: 'Vous utilisez déjà {count} contacts\u00a0: une limite de {contacts} ne suffit pas.',
  },
  'blocking.seats-below-usage': {
    one: '{count} siège est utilisé\u00a0: impossible de passer à {seats}.',
    other: '{count} sièges sont utilisés\u00a0: impossible de passer à {seats}.',
  },
  'blocking.seats-below-min': {
    one: 'Ce plan nécessite au moins {count} siège.',
    other: 'Ce plan nécessite au moins {count} sièges.',
  },
  'blocking.seats-above-max': {
    one: 'Ce plan est limité à {count} siège.',
    other: 'Ce plan est limité à {count} sièges.',
  },
  'blocking.add-on-not-allowed': 'Ce module complémentaire n’est pas disponible avec ce plan.',
  'error.network':
    'Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le service de facturation a mis trop de temps à répondre. Réessayez.',
  'error.aborted': 'La demande a été annulée.',
  'error.unauthenticated': 'Votre session a expiré. Reconnectez-vous.',
  'error.forbidden':
    'Seule la personne ayant le rôle d’administrateur principal peut modifier la facturation.',
  'error.invalid-request': 'Certaines informations ne sont pas valides.',
  'error.not-found': 'Nous ne trouvons pas ce compte ou ce prix.',
  'error.preview-expired': 'Ce prix n’est plus valable. Nous en calculons un nouveau.',
  'error.price-changed': 'Le prix a changé. Vérifiez les nouveaux montants avant de confirmer.',
  'error.idempotency-key-reused':
    'Cet achat a déjà été envoyé avec d’autres informations. Vérifiez-le à nouveau.',
  'error.payload-too-large': 'Le message est trop long.',
  'error.bad-request': 'La demande est illisible. Rechargez la page et réessayez.',
  'error.preview-not-committable': 'Ce changement passe par une demande à notre équipe.',
  'error.payment-declined':
    'Votre paiement a été refusé et rien n’a été prélevé. Vérifiez votre moyen de paiement, puis réessayez.',
  'error.authentication-failed':
    'Votre banque n’a pas confirmé ce paiement : rien n’a été prélevé et votre abonnement reste inchangé. Vous pouvez réessayer.',
  'error.payment-requires-action':
    'Votre banque vous demande de confirmer ce paiement ; rien n’a encore été prélevé. Confirmez-le auprès de votre banque, puis réessayez.',
  'error.refused':
    'Le service de facturation a refusé cette demande. Rechargez la page et réessayez.',
  'error.preview-already-used':
    'Ce changement a déjà été acheté. Vérifiez votre plan avant d’en faire un autre.',
  'error.rate-limited': 'Trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
  'error.commit-in-progress':
    'Un autre changement de ce compte est en cours. Réessayez dans un instant.',
  'error.provider-unavailable':
    'Le service de paiement ne répond pas pour le moment ; nous n’avons pas pu confirmer votre changement. Réessayez dans un instant, sans risque : rien ne sera jamais prélevé deux fois.',
  'error.internal': 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  'line.plan': '{product} {plan}, {contacts} contacts',
  'line.seats': { one: '{count} siège supplémentaire', other: '{count} sièges supplémentaires' },
  'line.addOn': '{addOn}',
  // {to} est le dernier jour couvert (la veille du renouvellement), comme sur une facture.
  'line.credit': 'Crédit pour la période non utilisée, du {from} au {to}',
  'line.charge': 'Nouveau prix pour la période restante, du {from} au {to}',
  // Espace fine insécable avant %, comme 'ui.common.percent' ; la mention d’une facture en
  // autoliquidation (CGI, art. 242 nonies A).
  'tax.vat': 'TVA {rate}\u202f%',
  'tax.reverse-charge': 'Autoliquidation de la TVA',
  'tax.exempt': 'Exonération de TVA',
  'purchase.authenticating': 'Confirmez ce paiement auprès de votre banque.',
  'purchase.disabled.not-ready': 'Chargement des informations de facturation…',
  'purchase.disabled.read-only':
    'Seule la personne ayant le rôle d’administrateur principal peut modifier la facturation.',
  'purchase.disabled.estimate': 'Calcul du prix définitif…',
  'purchase.disabled.blocked': 'Ce changement n’est pas possible en l’état.',
  'purchase.disabled.no-change': 'Aucun changement pour l’instant.',
  'purchase.disabled.request': 'Ce changement passe par une demande à notre équipe.',
  'purchase.disabled.price-changed': 'Le prix a changé. Vérifiez d’abord les nouveaux montants.',
  // Moyen de paiement enregistré
  'paymentMethod.label': 'Moyen de paiement',
  'paymentMethod.card': '{brand} •••• {last4}, expire {expiry}',
  'paymentMethod.sepa': 'Prélèvement SEPA •••• {last4}',
  'paymentMethod.none': 'Aucun moyen de paiement enregistré.',
  'paymentMethod.brand.other': 'Carte',
  'paymentMethod.expired':
    'Cette carte a expiré. Mettez à jour votre moyen de paiement avant de confirmer, sinon le paiement sera refusé.',
  'paymentMethod.update': 'Modifier le moyen de paiement',
  'paymentMethod.updateFailed': 'Impossible de modifier votre moyen de paiement. Réessayez.',
  'scheduled.nothing': 'Aucun changement n’est programmé pour le renouvellement.',
  'changeRequest.subject.required': 'Indiquez un objet.',
  'changeRequest.tooLong': 'Utilisez au plus {max} caractères.',
  'changeRequest.message.required': 'Dites-nous ce dont vous avez besoin.',
  'changeRequest.contactEmail.required': 'Indiquez une adresse e-mail.',
  'changeRequest.contactEmail.invalid':
    'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
} satisfies Record<MessageKey, Message>);
