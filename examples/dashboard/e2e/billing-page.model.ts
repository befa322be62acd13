import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatDate, formatMoney, formatNumber, localizeCatalog } from '@tarif/core';
import type { Money } from '@tarif/core';
import { demoCatalogEUR } from '@tarif/core/demo';
import { createTranslator } from '@tarif/react/i18n';
import type { MessageKey, MessageParams } from '@tarif/react/i18n';
import type { UiMessageKey } from '@tarif/ui';

import { en } from '@tarif/ui/locales/en';
import { fr } from '@tarif/ui/locales/fr';

/**
 * The demo dashboard's billing page, driven the way a person would: by roles and the names the
 * en/fr catalogs give them, so a test reads as a story (Zag's `e2e/models/slider.model.ts`).
 * Every expected string is built from the same catalogs and formatters the widgets use.
 */

export type Lang = 'en' | 'fr';

/** The dashboard's BillingProvider formats dates in this time zone (examples/dashboard/src/dashboard.tsx). */
const dashboardTimeZone = 'Europe/Paris';

/** A key of the page's copy: the widgets' own, or the hooks' words they show (`seats.label`). */
type CopyKey = UiMessageKey | MessageKey;

export type DemoUser = 'admin' | 'member' | 'german';

/**
 * Collapses the layout's ordinary whitespace (`innerText` puts line breaks between elements) and
 * nothing else: French keeps the U+202F that Intl puts between thousands and the U+00A0 before
 * « € » and before « : ; ? ! », so what the page shows is compared with the very characters the
 * catalogs and Intl write, and a page that lost a no-break space fails.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** What the page says in `lang`, from the same packs as the dashboard's provider (English built in, French registered). */
export function copyFor(lang: Lang) {
  const translate = createTranslator({
    locale: lang,
    layers: [en, fr],
    formatNumber: (value) => formatNumber(value, lang),
  });
  return {
    t: (key: CopyKey, params?: MessageParams) => translate(key, params),
    money: (money: Money) => formatMoney(money, lang),
    date: (iso: string) => formatDate(iso, lang, { timeZone: dashboardTimeZone }),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (...texts: string[]) => new RegExp(`^(${texts.map(escapeRegExp).join('|')})$`);

type Step = 'contacts' | 'seats' | 'plans' | 'bundle';

/** How the page reports a Content-Security-Policy violation on its console. */
export const cspViolation = 'CSP violation:';

/** Runs in the page: logs each `securitypolicyviolation` so the model can collect it. */
function reportViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
  );
}

export class BillingPageModel {
  /** The language the page was opened in; `t` and `money` follow it. */
  lang: Lang = 'en';
  private copy = copyFor('en');
  /** The part of the page whose "continue" button leads to the review. */
  private step: Step = 'plans';

  /**
   * Uncaught errors of the page, and whatever its Content-Security-Policy blocked: a flow that
   * ends with any is broken even if it looked right (a blocked style or script may fail quietly).
   */
  readonly pageErrors: string[] = [];
  private readonly initScript: Promise<unknown>;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    /** Where the billing page is for a language and a viewer; other hosts route it their way. */
    private readonly pathFor: (lang: Lang, user: DemoUser) => string = (lang, user) =>
      `/?lang=${lang}&user=${user}`,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.text().startsWith(cspViolation)) this.pageErrors.push(message.text());
    });
    // Before any of the page's own scripts: a violation is an event on the document, not an error.
    // open() awaits it. It rejects when the context closes first (a test that never opens the
    // page, on a loaded machine): handled here too, or Vitest fails the run on the rejection.
    this.initScript = page.addInitScript(reportViolations, cspViolation);
    this.initScript.catch(() => undefined);
  }

  /** A demo product's name in the page's language (the catalog's own translations). */
  productName(id: string): string {
    const product = localizeCatalog(demoCatalogEUR, [this.lang]).products.find((p) => p.id === id);
    return product?.name ?? id;
  }

  /** A demo add-on's name in the page's language (the catalog's own translations). */
  addOnName(id: string): string {
    const addOn = localizeCatalog(demoCatalogEUR, [this.lang]).addOns.find((a) => a.id === id);
    return addOn?.name ?? id;
  }

  /** A UI message in the page's language, as the widgets render it. */
  t(key: CopyKey, params?: MessageParams): string {
    return this.copy.t(key, params);
  }

  /** The same message with the layout's whitespace collapsed, to compare with `innerText` read through the model. */
  text(key: CopyKey, params?: MessageParams): string {
    return normalizeSpaces(this.t(key, params));
  }

  /** A date as the page writes it in its language and the dashboard's time zone ("April 1, 2026"). */
  date(iso: string): string {
    return this.copy.date(iso);
  }

  /** An amount formatted as the widgets format it in the page's language. */
  money(money: Money): string {
    return normalizeSpaces(this.copy.money(money));
  }

  /**
   * Loads the dashboard (or the host page at `path`, e.g. the embed hosts) as `user` in `lang` and
   * waits for the billing page to show the subscription. `theme` is passed to hosts that read it.
   */
  async open({
    lang = 'en',
    user = 'admin',
    path,
    theme,
  }: { lang?: Lang; user?: DemoUser; path?: string; theme?: string } = {}): Promise<void> {
    this.lang = lang;
    this.copy = copyFor(lang);
    this.step = 'plans';
    await this.initScript;
    // A host page at `path` (the embed hosts) reads the same query; otherwise the host's own route.
    const target =
      path === undefined
        ? this.pathFor(lang, user)
        : `${path}?lang=${lang}&user=${user}${theme ? `&theme=${theme}` : ''}`;
    await this.page.goto(`${this.baseUrl}${target}`);
    await this.waitUntilLoaded();
  }

  /** After `page.reload()` or a restart: the same viewer, the subscription as the server has it now. */
  async reload(): Promise<void> {
    this.step = 'plans';
    await this.page.reload();
    await this.waitUntilLoaded();
  }

  private async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.page.locator('[data-slot="billing-page"][data-view="overview"]').waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.t('ui.billing.title') });
  }

  /** The sentence telling a viewer who may change billing, when they may not; the page says it once (strict locator). */
  readOnlyNotice(adminName: string): Locator {
    return this.page.getByText(this.t('ui.common.readOnly', { name: adminName }), { exact: true });
  }

  /** "10,000 contacts" under the Contacts row. */
  async contactLimitText(): Promise<string> {
    return normalizeSpaces(await this.rowValue('ui.billing.contacts.title'));
  }

  /** "3 seats" under the User seats row. */
  async seatsText(): Promise<string> {
    return normalizeSpaces(await this.rowValue('ui.billing.seats.title'));
  }

  private rowValue(title: CopyKey): Promise<string> {
    return this.page
      .getByRole('heading', { level: 3, name: this.t(title), exact: true })
      .locator('xpath=following-sibling::p[1]')
      .innerText();
  }

  /** "Marketing Plus" in the current plan card. */
  async currentPlanText(): Promise<string> {
    return normalizeSpaces(
      await this.page.locator('[data-slot="billing-page-summary-plan"]').innerText(),
    );
  }

  get scheduledNotice(): Locator {
    return this.page.locator('[data-slot="billing-page-summary-scheduled"]');
  }

  /** The change waiting for the renewal, in the notice of the current plan card, and its cancel. */
  readonly scheduledChange = {
    /** « Cancel this change »: asks before anything is sent. */
    cancelButton: () =>
      this.scheduledNotice.getByRole('button', {
        name: this.t('ui.billing.scheduled.cancel'),
        exact: true,
      }),
    /** The question, which names the group holding its two answers; its date is the change's. */
    question: (effectiveAt: string) =>
      this.page.getByRole('group', {
        name: this.t('ui.billing.scheduled.question', { date: this.date(effectiveAt) }),
        exact: true,
      }),
    /** « Yes, cancel the change », « Cancelling… » while the call runs, « Try again » after a failure. */
    confirmButton: () =>
      this.scheduledNotice.getByRole('button', {
        name: exactly(
          this.t('ui.billing.scheduled.confirm'),
          this.t('ui.billing.scheduled.cancelling'),
          this.t('ui.common.retry'),
        ),
      }),
    keepButton: () =>
      this.scheduledNotice.getByRole('button', {
        name: this.t('ui.billing.scheduled.keep'),
        exact: true,
      }),
    /** The polite status that says the change is cancelled (always in the page, empty until then). */
    status: () => this.page.locator('[data-slot="billing-page-summary-cancelled"]'),
    /**
     * « Cancel this change », checks the question is about the change of `effectiveAt`, answers
     * yes, and resolves with what the status then says.
     */
    cancel: async (effectiveAt: string): Promise<string> => {
      await this.scheduledChange.cancelButton().click();
      await this.scheduledChange.question(effectiveAt).waitFor();
      await this.scheduledChange.confirmButton().click();
      await this.scheduledNotice.waitFor({ state: 'detached', timeout: 15_000 });
      await expect.poll(() => this.scheduledChange.status().innerText()).not.toBe('');
      return normalizeSpaces(await this.scheduledChange.status().innerText());
    },
  };

  /**
   * Reads a displayed amount back into minor units: the digits of "€1,234.56" or "1 234,56 €" are
   * the cents, and formatting the result again must give the very same text.
   */
  minorUnits(text: string, currency: string): number {
    const amount = Number(text.replace(/\D/g, ''));
    const again = this.money({ amount, currency });
    if (again !== normalizeSpaces(text))
      throw new Error(`"${text}" does not read back as ${amount} ${currency} ("${again}")`);
    return amount;
  }

  // ---- starting a change ---------------------------------------------------------------------

  get editContactLimitButton(): Locator {
    return this.page.getByRole('button', { name: this.t('ui.billing.contacts.edit'), exact: true });
  }

  get editSeatsButton(): Locator {
    return this.page.getByRole('button', { name: this.t('ui.billing.seats.edit'), exact: true });
  }

  async editContactLimit(): Promise<void> {
    await this.editContactLimitButton.click();
    await this.page.getByRole('dialog', { name: this.t('ui.contactLimit.title') }).waitFor();
    this.step = 'contacts';
  }

  async editSeats(): Promise<void> {
    await this.editSeatsButton.click();
    await this.page.getByRole('dialog', { name: this.t('ui.seats.title') }).waitFor();
    this.step = 'seats';
  }

  /** Opens the bundle screen ("Configure Marketing & Sales"). */
  async configureBundle(bundleName: string): Promise<void> {
    await this.page
      .getByRole('button', { name: this.t('ui.billing.bundle.configure', { bundle: bundleName }) })
      .click();
    await this.page
      .getByRole('heading', {
        level: 2,
        name: this.t('ui.billing.bundle.screenTitle', { bundle: bundleName }),
      })
      .waitFor();
    this.step = 'bundle';
  }

  /** The contact limit slider, wherever it is shown (the edit dialog or the bundle screen). */
  readonly slider = {
    thumb: () => this.page.getByRole('slider', { name: this.t('ui.contactLimit.label') }),
    focus: () => this.slider.thumb().focus(),
    press: (key: string) => this.slider.thumb().press(key),
    /** What a screen reader announces: "15,000 contacts". */
    valueText: async () =>
      normalizeSpaces((await this.slider.thumb().getAttribute('aria-valuetext')) ?? ''),
  };

  /** The seat stepper, in the seats dialog or the bundle screen. */
  readonly seats = {
    increment: () =>
      this.page.getByRole('button', { name: this.t('seats.increment'), exact: true }).click(),
    decrement: () =>
      this.page.getByRole('button', { name: this.t('seats.decrement'), exact: true }).click(),
    valueText: async () =>
      normalizeSpaces(
        (await this.page
          .getByRole('spinbutton', { name: this.t('seats.label') })
          .getAttribute('aria-valuetext')) ?? '',
      ),
  };

  /** The plan tiers, a radio group named "Plan". */
  readonly tiers = {
    group: () => this.page.getByRole('radiogroup', { name: this.t('plans.label'), exact: true }),
    choose: async (name: string) => {
      await this.tiers.group().getByRole('radio', { name, exact: true }).click();
      await expect
        .poll(() =>
          this.tiers.group().getByRole('radio', { name, exact: true }).getAttribute('aria-checked'),
        )
        .toBe('true');
    },
    /** The button in the downgrade note: lower tiers go through a change request. */
    requestDowngrade: async () => {
      await this.page
        .getByRole('button', { name: this.t('ui.common.requestChange'), exact: true })
        .click();
      await this.changeRequest.dialog().waitFor();
    },
  };

  /** The add-on cards: "Add to plan" buttons are named after their add-on. */
  readonly addOns = {
    button: (name: string) =>
      this.page.getByRole('button', { name: `${this.t('ui.addOn.add')} ${name}`, exact: true }),
    /** On the overview this opens the review of that add-on alone; on the bundle screen it adds it to the draft. */
    add: async (name: string) => {
      await this.addOns.button(name).click();
    },
  };

  /** Leaves the current step for the review: the dialog's submit, the Upgrade button or "Update my plan". */
  async continueToReview(): Promise<void> {
    const names: Record<Step, string> = {
      contacts: this.t('ui.billing.contacts.submit'),
      seats: this.t('ui.billing.seats.submit'),
      plans: this.t('ui.billing.plans.upgrade'),
      bundle: this.t('ui.billing.bundle.submit'),
    };
    await this.page.getByRole('button', { name: names[this.step], exact: true }).click();
    await this.review.dialog().waitFor();
  }

  // ---- the review ----------------------------------------------------------------------------

  readonly review = {
    dialog: () =>
      this.page.getByRole('dialog', {
        name: exactly(
          this.t('ui.review.title'),
          this.t('ui.review.success.title'),
          this.t('ui.review.success.scheduledTitle'),
        ),
      }),
    /** The "Estimate" badge shown until the server's preview for this exact draft arrives. */
    estimateMarker: () =>
      this.review.dialog().getByText(this.t('ui.review.estimate'), { exact: true }),
    /** The live region that says whether the figures are an estimate or the server's. */
    status: () => this.review.dialog().getByRole('status'),
    /** Resolves once the figures shown are the server's (the estimate marker is gone). */
    waitForServerPreview: async () => {
      await expect
        .poll(() => this.review.status().innerText(), { timeout: 15_000 })
        .toBe(this.t('ui.review.status.final'));
      await this.review.estimateMarker().waitFor({ state: 'detached' });
    },
    /** "€27.74": the "Charged today" amount (without its tax mention, « TTC », "incl. tax"). */
    dueToday: async () => {
      const row = this.review.dialog().locator('[data-slot="review-purchase-modal-due-today"] dd');
      // With tax the amount has its own span inside the price message (« 24,00 € TTC »).
      const amount = row.locator('.tarif-price .tarif-amount');
      return normalizeSpaces(await ((await amount.count()) > 0 ? amount : row).innerText());
    },
    /** The rows of today's charge or of the renewal as "label: amount", their characters kept. */
    rows: async (section: 'today' | 'recurring') =>
      this.review
        .dialog()
        .locator(`[data-slot="review-purchase-modal-${section}"] .tarif-rpm-row`)
        .evaluateAll((rows) =>
          rows.map(
            (row) =>
              `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
          ),
        ),
    /** The recurring total after the change, e.g. "€99.00". */
    nextRenewalTotal: async () => {
      // The amount has its own span inside the one price message (« 99,00 € HT / mois »).
      return normalizeSpaces(
        await this.review
          .dialog()
          .locator('[data-slot="review-purchase-modal-renewal"] dd .tarif-amount')
          .innerText(),
      );
    },
    definition: async (term: string) =>
      normalizeSpaces(
        await this.review
          .dialog()
          .locator('dt', { hasText: exactly(term) })
          .locator('xpath=following-sibling::dd[1]')
          .innerText(),
      ),
    /** The note of a change that waits for the renewal: nothing is charged today. */
    scheduledNote: () =>
      this.review.dialog().locator('[data-slot="review-purchase-modal-scheduled"]'),
    confirmButton: () =>
      this.review.dialog().getByRole('button', {
        name: exactly(
          this.t('ui.review.confirm'),
          this.t('ui.review.confirmScheduled'),
          this.t('ui.review.confirming'),
        ),
      }),
    /** Waits until confirming is possible (the server's price is in), then clicks once. */
    confirm: async () => {
      const button = this.review.confirmButton();
      await expect
        .poll(() => button.getAttribute('aria-disabled'), { timeout: 15_000 })
        .not.toBe('true');
      await button.click();
    },
    /** Twenty clicks in one burst, before React can render the "Confirming…" state in between. */
    confirmRapidly: async (clicks: number) => {
      const button = this.review.confirmButton();
      await expect
        .poll(() => button.getAttribute('aria-disabled'), { timeout: 15_000 })
        .not.toBe('true');
      await button.evaluate((element, count) => {
        for (let i = 0; i < count; i++) (element as HTMLButtonElement).click();
      }, clicks);
    },
    /** Resolves on the success state and returns its sentence ("We charged €27.74 …"). */
    expectSuccess: async ({ scheduled = false }: { scheduled?: boolean } = {}) => {
      const title = this.t(
        scheduled ? 'ui.review.success.scheduledTitle' : 'ui.review.success.title',
      );
      await this.page.getByRole('dialog', { name: title }).waitFor({ timeout: 15_000 });
      return normalizeSpaces(
        await this.review
          .dialog()
          .locator('[data-slot="review-purchase-modal-success"]')
          .innerText(),
      );
    },
    /** The alert shown when the commit failed (the server did not answer, or answered 500). */
    purchaseError: () =>
      this.review.dialog().locator('[data-slot="review-purchase-modal-purchase-error"]'),
    /** The alert shown when the server's preview could not be had; its button asks again. */
    previewError: () =>
      this.review.dialog().locator('[data-slot="review-purchase-modal-preview-error"]'),
    retryPreview: () =>
      this.review
        .previewError()
        .getByRole('button', { name: this.t('ui.common.retry'), exact: true })
        .click(),
    /** The alert shown when the server re-priced the change at commit time. */
    priceChangedAlert: () =>
      this.review
        .dialog()
        .getByRole('alert')
        .filter({ hasText: this.t('ui.review.priceChanged.title') }),
    acknowledgeNewPrice: () =>
      this.review
        .dialog()
        .getByRole('button', { name: this.t('ui.review.priceChanged.acknowledge'), exact: true })
        .click(),
    done: async () => {
      await this.review
        .dialog()
        .getByRole('button', { name: this.t('ui.review.success.done'), exact: true })
        .click();
      await this.review.dialog().waitFor({ state: 'detached' });
    },
    cancel: async () => {
      await this.review
        .dialog()
        .getByRole('button', { name: this.t('ui.common.cancel'), exact: true })
        .click();
      await this.review.dialog().waitFor({ state: 'detached' });
    },
  };

  // ---- change requests -------------------------------------------------------------------------

  readonly changeRequest = {
    dialog: () =>
      this.page.getByRole('dialog', {
        name: exactly(this.t('ui.changeRequest.title'), this.t('ui.changeRequest.sent.title')),
      }),
    subject: () =>
      this.changeRequest.dialog().getByLabel(this.t('ui.changeRequest.subject'), { exact: true }),
  };

  /** Fills the open change request form (the subject is prefilled from the draft) and sends it; returns the confirmation. */
  async requestChange({
    subject,
    message,
    contactEmail,
  }: {
    subject?: string;
    message: string;
    contactEmail: string;
  }): Promise<string> {
    const dialog = this.changeRequest.dialog();
    if (subject !== undefined) await this.changeRequest.subject().fill(subject);
    await dialog.getByLabel(this.t('ui.changeRequest.message'), { exact: true }).fill(message);
    await dialog
      .getByLabel(this.t('ui.changeRequest.contactEmail'), { exact: true })
      .fill(contactEmail);
    await dialog
      .getByRole('button', { name: this.t('ui.changeRequest.submit'), exact: true })
      .click();
    await this.page.getByRole('dialog', { name: this.t('ui.changeRequest.sent.title') }).waitFor();
    return normalizeSpaces(await dialog.getByRole('status').innerText());
  }
}
