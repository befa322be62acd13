import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useChangeRequest } from './use-change-request.js';
import { billingWrapper, demoAdapter, locales } from '../test-utils/billing-wrapper.js';

async function renderForm(locale: string, adapter: ReturnType<typeof demoAdapter>) {
  const view = renderHook(
    () => ({ account: useBillingAccount(), draft: useDraftChange(), form: useChangeRequest() }),
    {
      wrapper: billingWrapper({ adapter, locale }),
    },
  );
  await waitFor(() => expect(view.result.current.account.status).toBe('ready'));
  return view;
}

function proAdapter() {
  const plus = demoAdapter().snapshot().subscription;
  return demoAdapter({ subscription: { ...plus, selection: { ...plus.selection, plan: 'pro' } } });
}

describe('useChangeRequest', () => {
  it.each(locales)(
    'prefills the subject from what the draft needs sales for (%s)',
    async (locale) => {
      const { result } = await renderForm(locale, proAdapter());
      act(() => result.current.draft.setPlan('plus'));
      expect(result.current.form.values.subject).toBe(
        locale === 'fr'
          ? 'Passer du plan Pro au plan inférieur Plus'
          : 'Downgrade from Pro to Plus',
      );
    },
  );

  it.each(locales)(
    'validates required fields, email format and length in the locale (%s)',
    async (locale) => {
      const adapter = proAdapter();
      const { result } = await renderForm(locale, adapter);
      expect(result.current.form.visibleErrors).toEqual({});
      await act(() => result.current.form.submit());
      expect(adapter.calls.requestChange).toBe(0);
      expect(result.current.form.visibleErrors.message).toBe(
        locale === 'fr' ? 'Dites-nous ce dont vous avez besoin.' : 'Tell us what you need.',
      );
      act(() => result.current.form.setValue('contactEmail', 'not-an-email'));
      expect(result.current.form.errors.contactEmail).toBe(
        locale === 'fr'
          ? 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.'
          : 'Enter an email address like name@example.com.',
      );
      act(() => result.current.form.setValue('subject', 'x'.repeat(201)));
      expect(result.current.form.errors.subject).toBe(
        locale === 'fr' ? 'Utilisez au plus 200 caractères.' : 'Use at most 200 characters.',
      );
      expect(
        result.current.form.getFieldProps('subject', { errorId: 'subject-error' }),
      ).toMatchObject({
        'aria-invalid': true,
        'aria-describedby': 'subject-error',
        maxLength: 200,
        required: true,
      });
    },
  );

  it('sends once, with the draft selection, and shows the receipt', async () => {
    const adapter = proAdapter();
    const { result } = await renderForm('en', adapter);
    act(() => result.current.draft.setPlan('plus'));
    act(() => {
      result.current.form.setValue('message', 'We no longer need landing pages.');
      result.current.form.setValue('contactEmail', 'camille@example.com');
    });
    await act(async () => {
      await Promise.all([result.current.form.submit(), result.current.form.submit()]);
    });
    expect(adapter.calls.requestChange).toBe(1);
    expect(result.current.form.status).toBe('sent');
    expect(result.current.form.receipt?.id).toMatch(/^cr_/);
    expect(adapter.log.at(-1)?.input).toMatchObject({
      subject: 'Downgrade from Pro to Plus',
      selection: { plan: 'plus' },
    });
    act(() => result.current.form.reset());
    expect(result.current.form.status).toBe('idle');
  });

  it.each(locales)('shows a failure in the locale and can send again (%s)', async (locale) => {
    const adapter = proAdapter();
    adapter.rejectNext('requestChange', 'payload-too-large');
    const { result } = await renderForm(locale, adapter);
    act(() => {
      result.current.form.setValue('subject', 'Help');
      result.current.form.setValue('message', 'Hello');
      result.current.form.setValue('contactEmail', 'a@b.co');
    });
    await act(() => result.current.form.submit());
    expect(result.current.form.status).toBe('failed');
    expect(result.current.form.errorText).toBe(
      locale === 'fr' ? 'Le message est trop long.' : 'The message is too long.',
    );
    await act(() => result.current.form.submit());
    expect(result.current.form.status).toBe('sent');
  });
});
