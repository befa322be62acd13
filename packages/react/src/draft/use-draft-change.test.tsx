import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
} from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftActions } from './use-draft-actions.js';
import { useDraftChange } from './use-draft-change.js';
import { useDraftValue } from './use-draft-value.js';
import { billingWrapper, locales } from '../test-utils/billing-wrapper.js';

describe('useDraftChange', () => {
  it.each(locales)('starts from the subscription, tracks dirty and resets (%s)', async (locale) => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper({ locale }) },
    );
    expect(result.current.draft.selection).toBeNull();
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    expect(result.current.draft.selection).toEqual(result.current.draft.current);
    expect(result.current.draft.dirty).toBe(false);
    act(() => result.current.draft.setSeats((seats) => seats + 2));
    expect(result.current.draft.selection?.seats).toBe(5);
    expect(result.current.draft.dirty).toBe(true);
    act(() => result.current.draft.reset());
    expect(result.current.draft.dirty).toBe(false);
  });

  it('estimates the change locally with core at the provider clock', async () => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper() },
    );
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setPlan('pro'));
    const estimate = result.current.draft.estimate;
    expect(estimate?.mode).toBe('purchase');
    // 16 of 31 days left: credit 59 € × 16/31 = 30,45 €; charge 99 € × 16/31 = 51,10 €; due 20,65 €.
    expect(estimate?.dueToday).toEqual({ amount: 2065, currency: 'EUR' });
  });

  it('keeps the plan when switching to a product that has it', async () => {
    const { result } = renderHook(
      () => ({ account: useBillingAccount(), draft: useDraftChange() }),
      { wrapper: billingWrapper() },
    );
    await waitFor(() => expect(result.current.account.status).toBe('ready'));
    act(() => result.current.draft.setProduct('marketing-sales'));
    expect(result.current.draft.selection).toMatchObject({
      product: 'marketing-sales',
      plan: 'plus',
    });
  });
});

// The demo subscription: Marketing Plus, monthly, 10 000 contacts, 3 seats, no add-ons.
describe('useDraftValue and useDraftActions', () => {
  afterEach(cleanup);

  function DirtyBadge() {
    const dirty = useDraftValue((draft) => draft.dirty);
    return <p data-testid="dirty">{dirty ? 'dirty' : 'clean'}</p>;
  }

  function DueToday() {
    const due = useDraftValue((draft) => draft.estimate?.dueToday.amount ?? null);
    return <p data-testid="due">{due}</p>;
  }

  function Buttons() {
    const draft = useDraftActions();
    return (
      <>
        <button type="button" onClick={() => draft.setSeats((seats) => seats + 1)}>
          Add a seat
        </button>
        <button type="button" onClick={draft.reset}>
          Reset
        </button>
      </>
    );
  }

  async function renderWidgets() {
    const commits = { dirty: vi.fn(), buttons: vi.fn() };
    const Wrapper = billingWrapper();
    render(
      <Wrapper>
        <Profiler id="dirty" onRender={commits.dirty}>
          <DirtyBadge />
        </Profiler>
        <Profiler id="buttons" onRender={commits.buttons}>
          <Buttons />
        </Profiler>
        <DueToday />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getByTestId('due').textContent).toBe('0'));
    commits.dirty.mockClear();
    commits.buttons.mockClear();
    return commits;
  }
  const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

  it('re-renders a component that shows whether the draft is dirty only when that flips', async () => {
    const commits = await renderWidgets();
    press('Add a seat');
    press('Add a seat');
    press('Add a seat');
    expect(screen.getByTestId('dirty').textContent).toBe('dirty');
    expect(commits.dirty).toHaveBeenCalledTimes(1);
    press('Reset');
    expect(screen.getByTestId('dirty').textContent).toBe('clean');
    expect(commits.dirty).toHaveBeenCalledTimes(2);
  });

  it('never re-renders a component that only edits the draft', async () => {
    const commits = await renderWidgets();
    press('Add a seat');
    press('Reset');
    expect(commits.buttons).not.toHaveBeenCalled();
  });

  it('follows the estimate when the selector reads it', async () => {
    await renderWidgets();
    press('Add a seat');
    // 4 seats on Plus, 3 included: one extra seat is charged today, prorated, so something is due.
    expect(Number(screen.getByTestId('due').textContent)).toBeGreaterThan(0);
    press('Reset');
    expect(screen.getByTestId('due').textContent).toBe('0');
  });
});
