// A page model for BillingPage in browser tests: tests read as steps of use (open the contacts
// modal, press a key on the slider, confirm) and the copy of each locale lives here, once.
// French is typed with its real characters: U+202F between thousands, U+00A0 before « € » and
// before « : ; ? ! », so a test comparing it fails when a no-break space is lost.
import { expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { demoNames } from '../../internal/test-utils/demo-names.js';

export const pageCopy = {
  en: {
    title: 'Billing & upgrade',
    editContacts: 'Edit contact limit',
    updateContacts: 'Update contact limit',
    editSeats: 'Edit user seats',
    addSeat: 'Add a seat',
    removeSeat: 'Remove a seat',
    continue: 'Continue',
    review: 'Review purchase',
    confirm: 'Confirm purchase',
    confirmScheduled: 'Confirm change',
    success: 'Purchase confirmed',
    scheduledSuccess: 'Change scheduled',
    done: 'Done',
    upgrade: 'Upgrade',
    request: 'Request an account change',
    configureBundle: `Configure ${demoNames('en').product('marketing-sales')}`,
    updatePlan: 'Update my plan',
    addToPlan: /^Add to plan/,
    getInTouch: 'Get in touch',
    retry: 'Try again',
    scheduledNote: /A change is scheduled/,
    chargedToday: 'Charged today',
    starterReason: '1 user maximum; you have 2 users',
    contacts15000: '15,000 contacts',
    money: { 39: '€39.00', 59: '€59.00', 79: '€79.00' },
    summary: [
      ['Billing period', 'Monthly'],
      ['Next renewal', 'April 1, 2026'],
    ],
    scheduledOn: 'A change is scheduled for your renewal on April 1, 2026.',
    cancelChange: 'Cancel this change',
    cancelQuestion:
      'Cancel the change scheduled for April 1, 2026? Your subscription will renew as it is.',
    confirmCancel: 'Yes, cancel the change',
    keepChange: 'Keep the change',
    cancelling: 'Cancelling…',
    cancelError: 'The change was not cancelled.',
    cancelled: 'Change cancelled. Your subscription will renew as it is on April 1, 2026.',
    currentPlan: 'Current plan',
    networkError: 'We could not reach the billing service. Check your connection and try again.',
  },
  fr: {
    title: 'Facturation et mise à niveau',
    editContacts: 'Modifier la limite de contacts',
    updateContacts: 'Mettre à jour la limite de contacts',
    editSeats: 'Modifier les sièges utilisateur',
    addSeat: 'Ajouter un siège',
    removeSeat: 'Retirer un siège',
    continue: 'Continuer',
    review: 'Récapitulatif de l’achat',
    confirm: 'Confirmer l’achat',
    confirmScheduled: 'Confirmer le changement',
    success: 'Achat confirmé',
    scheduledSuccess: 'Changement programmé',
    done: 'Terminé',
    upgrade: 'Mettre à niveau',
    request: 'Demander une modification du compte',
    configureBundle: `Configurer ${demoNames('fr').product('marketing-sales')}`,
    updatePlan: 'Mettre à jour mon plan',
    addToPlan: /^Ajouter au plan/,
    getInTouch: 'Contactez-nous',
    retry: 'Réessayer',
    scheduledNote: /Un changement est programmé/,
    chargedToday: 'Prélevé aujourd’hui',
    starterReason: '1 utilisateur maximum\u00a0; vous en avez 2',
    contacts15000: '15\u202f000 contacts',
    money: { 39: '39,00\u00a0€', 59: '59,00\u00a0€', 79: '79,00\u00a0€' },
    // « Cycle de facturation » is masculine, as « Mensuel » is: label and value agree.
    summary: [
      ['Cycle de facturation', 'Mensuel'],
      ['Prochain renouvellement', '1er avril 2026'],
    ],
    scheduledOn: 'Un changement est programmé pour votre renouvellement du 1er avril 2026.',
    cancelChange: 'Annuler ce changement',
    cancelQuestion:
      'Annuler le changement prévu le 1er avril 2026\u00a0? Votre abonnement sera renouvelé à l’identique.',
    confirmCancel: 'Oui, annuler le changement',
    keepChange: 'Conserver le changement',
    cancelling: 'Annulation en cours…',
    cancelError: 'Le changement n’a pas été annulé.',
    cancelled:
      'Changement annulé. Votre abonnement sera renouvelé à l’identique le 1er avril 2026.',
    currentPlan: 'Plan actuel',
    networkError:
      'Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.',
  },
} as const;

export type Locale = keyof typeof pageCopy;

export class BillingPageModel {
  readonly copy: (typeof pageCopy)[Locale];
  constructor(readonly locale: Locale) {
    this.copy = pageCopy[locale];
  }

  async seePage() {
    await expect.element(page.getByRole('heading', { name: this.copy.title })).toBeVisible();
  }

  button(name: string | RegExp) {
    return page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async click(name: string | RegExp) {
    const button = this.button(name);
    await expect.element(button).toBeEnabled();
    await button.click();
  }

  async pressKey(key: string, times = 1) {
    for (let i = 0; i < times; i++) await userEvent.keyboard(`{${key}}`);
  }

  async focusSlider() {
    const slider = page.getByRole('slider');
    await expect.element(slider).toBeVisible();
    (slider.element() as HTMLElement).focus();
  }

  async seeReview() {
    await expect.element(page.getByRole('dialog', { name: this.copy.review })).toBeVisible();
  }

  /** Waits for the server price, then clicks the confirm button (purchase or scheduled wording). */
  async confirm(scheduled = false) {
    const confirm = this.button(scheduled ? this.copy.confirmScheduled : this.copy.confirm);
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    await confirm.click();
  }

  async seeSuccess(scheduled = false) {
    await expect
      .element(
        page.getByRole('dialog', {
          name: scheduled ? this.copy.scheduledSuccess : this.copy.success,
        }),
      )
      .toBeVisible();
  }

  async finish() {
    await this.click(this.copy.done);
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  }
}
