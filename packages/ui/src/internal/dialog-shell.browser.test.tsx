import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DialogShell } from './dialog-shell.js';
import { renderWithBilling } from './test-utils/render-with-billing.js';

/** A widget whose opener can be disabled or removed while its dialog is open. */
function Harness({ fate, fallback }: { fate: 'disabled' | 'removed'; fallback?: boolean }) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  const stable = useRef<HTMLButtonElement>(null);
  return (
    <div className="tarif">
      <button type="button" ref={stable}>
        Stable place
      </button>
      {!(gone && fate === 'removed') && (
        <button type="button" disabled={gone} onClick={() => setOpen(true)}>
          Open
        </button>
      )}
      <DialogShell
        open={open}
        onOpenChange={setOpen}
        dataSlot="harness"
        heading="Harness"
        aria-describedby={undefined}
        returnFocusFallback={fallback ? () => stable.current : undefined}
      >
        <button type="button" onClick={() => setGone(true)}>
          Spoil the opener
        </button>
      </DialogShell>
    </div>
  );
}

describe('DialogShell focus return (WCAG 2.4.3)', () => {
  it.each(['disabled', 'removed'] as const)(
    'goes to the fallback when the opener is %s by the time it closes',
    async (fate) => {
      await renderWithBilling(<Harness fate={fate} fallback />);
      await page.getByRole('button', { name: 'Open' }).click();
      await page.getByRole('button', { name: 'Spoil the opener' }).click();
      await userEvent.keyboard('{Escape}');
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      await expect.element(page.getByRole('button', { name: 'Stable place' })).toHaveFocus();
    },
  );

  it('without a fallback, goes to the first control of the widget it was opened from', async () => {
    await renderWithBilling(<Harness fate="removed" />);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Spoil the opener' }).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Stable place' })).toHaveFocus();
  });

  it('goes back to the opener while it is still there', async () => {
    await renderWithBilling(<Harness fate="removed" fallback />);
    await page.getByRole('button', { name: 'Open' }).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
