import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useDraftChange } from '@tarif/react';
import type { Selection } from '@tarif/core';
import {
  axeViolations,
  cleanup,
  renderWithBilling,
} from '../billing-page/test-utils/render-billing.js';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ChangeRequestDialog } from './change-request-dialog.js';

function Harness({ change }: { change?: Partial<Selection> }) {
  const draft = useDraftChange();
  const { t } = useUiMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={draft.selection === null}
        onClick={() => {
          if (change) draft.setSelection((previous) => ({ ...previous, ...change }));
          setOpen(true);
        }}
      >
        {t('ui.billing.contactUs.action')}
      </button>
      <ChangeRequestDialog open={open} onOpenChange={setOpen} />
    </>
  );
}

const copy = {
  en: {
    trigger: 'Get in touch',
    title: 'Request an account change',
    subject: 'Subject',
    message: 'Message',
    email: 'Contact email',
    send: 'Send request',
    sent: 'Request sent',
    subjectRequired: 'Enter a subject.',
    downgrade: 'Downgrade from Plus to Starter',
    reference: /Your reference is cr_\w+\./,
  },
  fr: {
    trigger: 'Contactez-nous',
    title: 'Demander une modification du compte',
    subject: 'Objet',
    message: 'Message',
    email: 'E-mail de contact',
    send: 'Envoyer la demande',
    sent: 'Demande envoyée',
    subjectRequired: 'Indiquez un objet.',
    downgrade: 'Passer du plan Plus au plan inférieur Starter',
    reference: /Votre référence\u00a0: cr_\w+\./, // U+00A0 before « : »
  },
} as const;

afterEach(() => cleanup());

describe.each(['en', 'fr'] as const)('ChangeRequestDialog (%s)', (locale) => {
  const c = copy[locale];

  async function open() {
    const trigger = page.getByRole('button', { name: c.trigger });
    await expect.element(trigger).toBeEnabled();
    await trigger.click();
    await expect.element(page.getByRole('dialog', { name: c.title })).toBeVisible();
    return trigger;
  }

  it('prefills the subject from a downgrade in the draft', async () => {
    await renderWithBilling(<Harness change={{ plan: 'starter', seats: 1 }} />, {
      locale,
      seatsInUse: 1,
    });
    await open();
    await expect.element(page.getByRole('textbox', { name: c.subject })).toHaveValue(c.downgrade);
  });

  it('ties each validation message to its field and sends nothing', async () => {
    const { adapter } = await renderWithBilling(<Harness />, { locale });
    await open();
    await page.getByRole('button', { name: c.send }).click();
    const subject = page.getByRole('textbox', { name: c.subject });
    await expect.element(subject).toHaveAttribute('aria-invalid', 'true');
    // The error first, then the stated limit.
    await expect.element(subject).toHaveAccessibleDescription(new RegExp(`^${c.subjectRequired}`));
    await expect.element(subject).toHaveFocus();
    expect(adapter.calls.requestChange).toBe(0);
  });

  it('sends once and shows the acknowledgement with the reference', async () => {
    const { adapter } = await renderWithBilling(
      <Harness change={{ plan: 'starter', seats: 1 }} />,
      { locale, seatsInUse: 1, hold: ['requestChange'] },
    );
    await open();
    await page.getByRole('textbox', { name: c.message }).fill('Smaller team from next month.');
    await page.getByRole('textbox', { name: c.email }).fill('camille@example.fr');
    const send = page.getByRole('button', { name: c.send });
    const button = send.element() as HTMLButtonElement;
    button.click();
    button.click();
    button.click();
    await vi.waitFor(() => expect(adapter.held('requestChange')).toBe(1));
    button.click();
    adapter.release('requestChange');
    await expect.element(page.getByRole('dialog', { name: c.sent })).toBeVisible();
    expect(adapter.calls.requestChange).toBe(1);
    const sent = adapter.log.find((call) => call.operation === 'requestChange')?.input as {
      subject: string;
      contactEmail: string;
    };
    expect(sent.subject).toBe(c.downgrade);
    expect(sent.contactEmail).toBe('camille@example.fr');
    const status = page.getByRole('status').element().textContent ?? '';
    expect(status).toContain('camille@example.fr');
    expect(status).toMatch(c.reference);
  });

  it('gives focus back to the trigger when closed with Escape', async () => {
    await renderWithBilling(<Harness />, { locale });
    const trigger = await open();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
  });

  it('has no axe violations with errors showing', async () => {
    await renderWithBilling(<Harness />, { locale });
    await open();
    await page.getByRole('button', { name: c.send }).click();
    await expect
      .element(page.getByRole('textbox', { name: c.subject }))
      .toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations()).toEqual([]);
  });
});
