import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ChangeRequestDialog } from './change-request-dialog.js';
import { renderWithBilling } from '../internal/test-utils/render-with-billing.js';

const copy = {
  en: {
    subject: 'Subject',
    required: 'All fields are required.',
    limit: 'Up to 200 characters.',
    tooLong: 'Use at most 200 characters.',
  },
  fr: {
    subject: 'Objet',
    required: 'Tous les champs sont obligatoires.',
    limit: '200 caractères au maximum.',
    tooLong: 'Utilisez au plus 200 caractères.',
  },
} as const;

describe.each(['en', 'fr'] as const)('ChangeRequestDialog instructions (%s)', (locale) => {
  const c = copy[locale];

  it('says visibly that every field is required (3.3.2)', async () => {
    await renderWithBilling(<ChangeRequestDialog defaultOpen />, { locale });
    await expect.element(page.getByText(c.required, { exact: true })).toBeVisible();
  });

  it('states the subject’s limit, and says a pasted text is too long instead of cutting it', async () => {
    await renderWithBilling(<ChangeRequestDialog defaultOpen />, { locale });
    const subject = page.getByRole('textbox', { name: c.subject });
    await expect.element(subject).toHaveAccessibleDescription(c.limit);
    expect(subject.element()).not.toHaveAttribute('maxlength');
    const long = 'x'.repeat(201);
    await subject.fill(long);
    await userEvent.tab();
    expect(subject.element()).toHaveValue(long);
    await expect.element(subject).toHaveAttribute('aria-invalid', 'true');
    await expect.element(subject).toHaveAccessibleDescription(`${c.tooLong} ${c.limit}`);
  });
});
