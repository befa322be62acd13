import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import type { Selection } from '@tarif/core';
import { useDraftChange } from '@tarif/react';
import { useUiMessages } from '../internal/use-ui-messages.js';
import { ChangeRequestDialog } from './change-request-dialog.js';

/** A « Get in touch » button; `change` is put in the draft first so the subject is prefilled from it. */
function RequestScenario({
  change,
  defaultOpen = true,
}: {
  change?: Partial<Selection>;
  defaultOpen?: boolean;
}) {
  const draft = useDraftChange();
  const { t } = useUiMessages();
  const [open, setOpen] = useState(false);
  const ready = draft.selection !== null;
  const start = () => {
    draft.reset();
    if (change) draft.setSelection((previous) => ({ ...previous, ...change }));
    setOpen(true);
  };
  useEffect(() => {
    if (ready && defaultOpen) start();
    // Open once, when the account has loaded; `open` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  return (
    <div className="tarif">
      <button
        type="button"
        className="tarif-button tarif-button--secondary"
        disabled={!ready}
        onClick={start}
      >
        {t('ui.billing.contactUs.action')}
      </button>
      <ChangeRequestDialog open={open} onOpenChange={setOpen} />
    </div>
  );
}

const meta = {
  title: 'Flows/ChangeRequestDialog',
  component: RequestScenario,
  tags: ['!autodocs'],
} satisfies Meta<typeof RequestScenario>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A downgrade (Plus → Starter): the subject is written from the change. */
export const Downgrade: Story = {
  args: { change: { plan: 'starter', seats: 1 } },
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
  play: async () => {
    await screen.findByRole('dialog', { name: 'Request an account change' });
    await expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Downgrade from Plus to Starter',
    );
  },
};

/** Sending with empty fields: each message is tied to its field, and focus goes to the first. */
export const ValidationErrors: Story = {
  play: async () => {
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await expect(subject).toHaveAttribute('aria-invalid', 'true');
    await expect(subject).toHaveAccessibleDescription('Enter a subject. Up to 200 characters.');
    await expect(subject).toHaveFocus();
  },
};

/** The backend is slow: the button says so and the dialog stays open. */
export const Sending: Story = {
  args: { change: { addOns: [] } },
  parameters: { tarif: { faults: { slowMs: { requestChange: 600_000 } } } },
  play: async () => {
    await screen.findByRole('dialog');
    await userEvent.type(screen.getByRole('textbox', { name: 'Subject' }), 'Remove SMS campaigns');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Message' }),
      'We no longer send SMS.',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Contact email' }), 'ops@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await expect(await screen.findByRole('button', { name: 'Sending…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** Sent: the acknowledgement with the reference, in French. */
export const SentFrench: Story = {
  globals: { locale: 'fr' },
  args: { change: { plan: 'starter', seats: 1 } },
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
  play: async () => {
    await screen.findByRole('dialog', { name: 'Demander une modification du compte' });
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Message' }),
      'Nous passons à une équipe plus petite à partir du mois prochain.',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'E-mail de contact' }),
      'camille@example.fr',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await expect(await screen.findByRole('dialog', { name: 'Demande envoyée' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Terminé' })).toHaveFocus());
  },
};

/** Sending fails: the error is announced and sending again works. */
export const SendFails: Story = {
  parameters: { tarif: { faults: { reject: { requestChange: { code: 'network', times: 1 } } } } },
  play: async () => {
    await screen.findByRole('dialog');
    await userEvent.type(screen.getByRole('textbox', { name: 'Subject' }), 'Switch to Sales');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Message' }),
      'Please move us to Sales Plus.',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Contact email' }), 'ops@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await expect(await screen.findByRole('alert')).toHaveTextContent('Your request was not sent.');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await expect(await screen.findByRole('dialog', { name: 'Request sent' })).toBeVisible();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { change: { plan: 'starter', seats: 1 } },
  parameters: { tarif: { subscription: { seatsInUse: 1 } } },
};

/** Keyboard only: open with Enter, Escape closes, focus is back on « Get in touch ». */
export const KeyboardOnly: Story = {
  args: { defaultOpen: false },
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole('button', { name: 'Get in touch' });
    await waitFor(() => expect(trigger).toBeEnabled());
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Request an account change' });
    for (let i = 0; i < 7; i++) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
