import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useDraftChange, useReview } from '@tarif/react';
import type { Selection } from '@tarif/core';
import {
  axeViolations,
  cleanup,
  renderWithBilling,
} from '../billing-page/test-utils/render-billing.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ReviewPurchaseModal } from './review-purchase-modal.js';

/** A trigger that puts `change` in the draft and opens the review, like a host's button would. */
function Harness({
  change,
  onRequestChange,
}: {
  change: Partial<Selection>;
  onRequestChange?: () => void;
}) {
  const draft = useDraftChange();
  const review = useReview();
  const { t } = useUiMessages();
  return (
    <>
      <button
        type="button"
        disabled={draft.selection === null}
        onClick={() => {
          draft.setSelection((previous) => ({ ...previous, ...change }));
          review.open();
        }}
      >
        {t('ui.review.title')}
      </button>
      <ReviewPurchaseModal {...(onRequestChange ? { onRequestChange } : {})} />
    </>
  );
}

const copy = {
  en: {
    review: 'Review purchase',
    confirm: 'Confirm purchase',
    success: 'Purchase confirmed',
    acknowledge: 'Review new price',
    estimate: 'Estimate',
    done: 'Done',
    scheduledConfirm: 'Confirm change',
    active: 'Your changes are active now.',
    below: 'The amounts below are the new ones',
    requiresAction: 'Your bank needs you to confirm this payment, and nothing was charged yet.',
  },
  fr: {
    review: 'Récapitulatif de l’achat',
    confirm: 'Confirmer l’achat',
    success: 'Achat confirmé',
    acknowledge: 'Voir le nouveau prix',
    estimate: 'Estimation',
    done: 'Terminé',
    scheduledConfirm: 'Confirmer le changement',
    active: 'Vos changements sont actifs dès maintenant.',
    below: 'Les montants ci-dessous sont les nouveaux',
    requiresAction:
      'Votre banque vous demande de confirmer ce paiement ; rien n’a encore été prélevé.',
  },
} as const;

async function openReview(locale: 'en' | 'fr') {
  const trigger = page.getByRole('button', { name: copy[locale].review });
  await expect.element(trigger).toBeEnabled();
  await trigger.click();
  await expect.element(page.getByRole('dialog', { name: copy[locale].review })).toBeVisible();
  return trigger;
}

async function confirmButtonReady(locale: 'en' | 'fr') {
  const confirm = page.getByRole('button', { name: copy[locale].confirm });
  await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
  return confirm;
}

afterEach(() => cleanup());

describe.each(['en', 'fr'] as const)('ReviewPurchaseModal (%s)', (locale) => {
  const c = copy[locale];

  it('marks the estimate until the server price arrives, and only then allows confirming', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, {
      locale,
      hold: ['previewChange'],
    });
    await openReview(locale);
    // The server's answer is held: the modal shows the client estimate for as long as it takes.
    await vi.waitFor(() => expect(adapter.held('previewChange')).toBe(1));
    await expect.element(page.getByText(c.estimate, { exact: true })).toBeVisible();
    await expect
      .element(page.getByRole('button', { name: c.confirm }))
      .toHaveAttribute('aria-disabled', 'true');
    adapter.release('previewChange');
    await confirmButtonReady(locale);
    await expect.element(page.getByText(c.estimate, { exact: true })).not.toBeInTheDocument();
    expect(adapter.calls.previewChange).toBe(1);
  });

  it('commits once when Confirm is clicked twenty times in a row', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, {
      locale,
    });
    await openReview(locale);
    const confirm = await confirmButtonReady(locale);
    adapter.hold('commitChange');
    const button = confirm.element() as HTMLButtonElement;
    for (let i = 0; i < 20; i++) button.click();
    await vi.waitFor(() => expect(adapter.held('commitChange')).toBe(1));
    for (let i = 0; i < 20; i++) button.click();
    adapter.release('commitChange');
    await expect.element(page.getByRole('dialog', { name: c.success })).toBeVisible();
    // A contact limit, not a plan, was bought: the success words it generically.
    expect(page.getByRole('dialog', { name: c.success }).element().textContent).toContain(c.active);
    expect(adapter.calls.commitChange).toBe(1);
    expect(adapter.snapshot().subscription.selection.contactLimit).toBe(20000);
  });

  it('shows the new price and requires an explicit acknowledgement when the price changed', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, {
      locale,
      faults: { priceChangedOnNextCommit: true },
    });
    await openReview(locale);
    const dueBefore = document.querySelector(
      '[data-slot="review-purchase-modal-due-today"] dd',
    )?.textContent;
    await (await confirmButtonReady(locale)).click();

    await expect.element(page.getByRole('alert')).toBeVisible();
    await expect.element(page.getByRole('button', { name: c.confirm })).not.toBeInTheDocument();
    // The alert says the new amounts are below it, and they are: every figure follows it.
    const alert = page.getByRole('alert').element();
    expect(alert.textContent).toContain(c.below);
    const figures = document.querySelector('[data-slot="review-purchase-modal-recurring"]');
    expect(figures).not.toBeNull();
    expect(alert.compareDocumentPosition(figures!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alert.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      figures!.getBoundingClientRect().top,
    );
    const dueAfter = document.querySelector(
      '[data-slot="review-purchase-modal-due-today"] dd',
    )?.textContent;
    // Prices rose 10 %: the amount due today on screen is the new one.
    expect(dueAfter).not.toBe(dueBefore);

    await page.getByRole('button', { name: c.acknowledge }).click();
    await (await confirmButtonReady(locale)).click();
    await expect.element(page.getByRole('dialog', { name: c.success })).toBeVisible();
    expect(adapter.calls.commitChange).toBe(2);
  });

  it('charges once when a failed commit is retried', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ seats: 5 }} />, { locale });
    adapter.rejectNext('commitChange', 'internal');
    await openReview(locale);
    await (await confirmButtonReady(locale)).click();
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);

    await (await confirmButtonReady(locale)).click();
    await expect.element(page.getByRole('dialog', { name: c.success })).toBeVisible();
    const commits = adapter.log
      .filter((call) => call.operation === 'commitChange')
      .map((call) => call.input as { idempotencyKey: string });
    expect(commits).toHaveLength(2);
    // The retry carries the first attempt's key, so a backend that did charge would not charge again.
    expect(commits[1]?.idempotencyKey).toBe(commits[0]?.idempotencyKey);
    expect(adapter.snapshot().subscription.selection.seats).toBe(5);
  });

  it('says the bank asks for confirmation when the payment requires action, and changes nothing', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ seats: 5 }} />, { locale });
    adapter.rejectNext('commitChange', 'payment-requires-action');
    await openReview(locale);
    await (await confirmButtonReady(locale)).click();
    const alert = page.getByRole('alert');
    await expect.element(alert).toBeVisible();
    expect(alert.element().textContent).toContain(c.requiresAction);
    expect(adapter.snapshot().subscription.selection.seats).toBe(3);
  });

  it('closes on Escape and gives focus back to the trigger', async () => {
    await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, { locale });
    const trigger = await openReview(locale);
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger.element()));
  });

  it('keeps Tab inside the modal', async () => {
    await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, { locale });
    await openReview(locale);
    await confirmButtonReady(locale);
    const dialog = page.getByRole('dialog').element();
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('cannot be dismissed while the purchase is in flight', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ contactLimit: 20000 }} />, {
      locale,
    });
    await openReview(locale);
    const confirm = await confirmButtonReady(locale);
    adapter.hold('commitChange');
    await confirm.click();
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('aria-busy', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).toHaveAttribute('aria-busy', 'true');
    expect(adapter.held('commitChange')).toBe(1);
    adapter.release('commitChange');
    await expect.element(page.getByRole('dialog', { name: c.success })).toBeVisible();
    await expect.element(page.getByRole('button', { name: c.done })).toHaveFocus();
  });

  it('words fewer seats as a change at renewal with nothing charged today', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ seats: 2 }} />, { locale });
    await openReview(locale);
    const confirm = page.getByRole('button', { name: c.scheduledConfirm });
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'false');
    expect(document.querySelector('[data-slot="review-purchase-modal-scheduled"]')).not.toBeNull();
    expect(document.querySelector('[data-slot="review-purchase-modal-due-today"]')).toBeNull();
    await confirm.click();
    await expect
      .element(
        page.getByRole('status').filter({
          hasText: locale === 'en' ? 'Nothing was charged today' : 'Rien n’a été prélevé',
        }),
      )
      .toBeVisible();
    expect(adapter.snapshot().scheduled?.selection.seats).toBe(2);
  });

  it('has no axe violations while open', async () => {
    await renderWithBilling(<Harness change={{ contactLimit: 20000, addOns: ['sms'] }} />, {
      locale,
    });
    await openReview(locale);
    await confirmButtonReady(locale);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('ReviewPurchaseModal in French, character for character', () => {
  /** Term and definition of each row of a list of the modal, as the DOM has them (no normalising). */
  // What is shown: the words only screen readers get (« à » for the arrow) are left out.
  const shown = (element: Element | null) => {
    const copy = element?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('.tarif-sr-only').forEach((hidden) => hidden.remove());
    return copy?.textContent;
  };
  const rows = (slot: string) =>
    [...document.querySelectorAll(`[data-slot="${slot}"]`)].map((row) => [
      shown(row.querySelector('dt')),
      shown(row.querySelector('dd')),
    ]);

  it('writes the changes, the period and the amounts as French does', async () => {
    await renderWithBilling(<Harness change={{ contactLimit: 20000, addOns: ['sms'] }} />, {
      locale: 'fr',
    });
    await openReview('fr');
    await confirmButtonReady('fr');
    // U+202F between thousands; an add-on change is a noun, « Ajout », whatever its name's gender.
    expect(rows('review-purchase-modal-change')).toEqual([
      ['Limite de contacts', '10\u202f000 → 20\u202f000 contacts'],
      ['SMS', 'Ajout'],
    ]);
    // The period ends at the renewal, which starts the next one: the lines name the last day
    // covered, as an invoice does (« au 31 mars »), and the renewal keeps its own day, 1er avril.
    expect(rows('review-purchase-modal-line').slice(-2)).toEqual([
      ['Crédit pour la période non utilisée, du 16 mars 2026 au 31 mars 2026', '-29,50\u00a0€'],
      ['Nouveau prix pour la période restante, du 16 mars 2026 au 31 mars 2026', '57,00\u00a0€'],
    ]);
    // U+00A0 before « € ».
    expect(
      document.querySelector('[data-slot="review-purchase-modal-due-today"] dd')?.textContent,
    ).toBe('27,50\u00a0€');
    expect(
      document.querySelector('[data-slot="review-purchase-modal-renewal"] dt')?.textContent,
    ).toBe('Prochain renouvellement le 1er avril 2026');
  });
});

describe('ReviewPurchaseModal routing', () => {
  it('offers the change request instead of Confirm when only sales can make the change', async () => {
    const onRequestChange = vi.fn();
    await renderWithBilling(
      <Harness change={{ plan: 'enterprise' }} onRequestChange={onRequestChange} />,
    );
    await openReview('en');
    await page.getByRole('button', { name: 'Request an account change' }).click();
    expect(onRequestChange).toHaveBeenCalledOnce();
    await expect
      .element(page.getByRole('button', { name: 'Confirm purchase' }))
      .not.toBeInTheDocument();
  });

  it('explains a limit below usage and refuses to confirm', async () => {
    const { adapter } = await renderWithBilling(<Harness change={{ contactLimit: 5000 }} />);
    await openReview('en');
    await expect.element(page.getByText(/You already use 8,700 contacts/)).toBeVisible();
    const confirm = page.getByRole('button', { name: 'Confirm purchase' });
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'true');
    (confirm.element() as HTMLButtonElement).click();
    expect(adapter.calls.commitChange).toBe(0);
  });

  it('takes the theme of the host wrapper it was opened from, though portalled to <body>', async () => {
    await renderWithBilling(
      <div data-tarif-theme="dark">
        <Harness change={{ contactLimit: 20000 }} />
      </div>,
    );
    await openReview('en');
    const dialog = page.getByRole('dialog').element();
    expect(dialog.closest('[data-tarif-theme="dark"]')).toBe(dialog);
    // The dark theme's --tarif-bg is #0e1014.
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(14, 16, 20)');
  });
});
