import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useBillingAccount } from '../account/use-billing-account.js';
import { useDraftChange } from '../draft/use-draft-change.js';
import { useAddOn } from '../fields/use-add-on.js';
import { useContactLimitField } from '../fields/use-contact-limit-field.js';
import { usePlanTierField } from '../fields/use-plan-tier-field.js';
import { billingWrapper } from '../test-utils/billing-wrapper.js';

// The demo subscription: Marketing Plus, monthly, 10 000 contacts (band 3), 3 seats, no add-ons.
// Each widget sits in its own Profiler, which reports every commit of its subtree: a widget whose
// slice of the store did not change is not rendered again, so its Profiler stays silent.

function AddOnCard() {
  const addOn = useAddOn('sms');
  return (
    <p data-testid="add-on">{`${addOn.state} ${addOn.inDraft ? 'in draft' : 'not in draft'}`}</p>
  );
}

function AccountName() {
  const account = useBillingAccount();
  return <p>{account.accountId}</p>;
}

function PlanTiers() {
  const field = usePlanTierField();
  return (
    <p data-testid="tiers">
      {field.tiers.map((tier) => `${tier.id}:${tier.price?.amount ?? '-'}`).join(' ')}
    </p>
  );
}

afterEach(cleanup);

function Slider() {
  const field = useContactLimitField();
  return (
    <>
      <p data-testid="slider">{field.getSliderProps()['aria-valuetext']}</p>
      <p data-testid="band-price">{field.bands[3]?.price?.amount}</p>
      <button type="button" onClick={field.increment}>
        More contacts
      </button>
    </>
  );
}

function DraftControls() {
  const draft = useDraftChange();
  return (
    <>
      <p data-testid="contact-limit">{draft.selection?.contactLimit}</p>
      <button type="button" onClick={() => draft.addAddOn('sms')}>
        Add SMS
      </button>
      <button type="button" onClick={() => draft.setPlan('starter')}>
        Starter
      </button>
      <button type="button" onClick={() => draft.setInterval('year')}>
        Yearly
      </button>
      <button type="button" onClick={() => draft.setInterval('month')}>
        Monthly
      </button>
    </>
  );
}

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

async function renderPage() {
  const commits = { addOn: vi.fn(), account: vi.fn(), tiers: vi.fn(), slider: vi.fn() };
  const Wrapper = billingWrapper();
  render(
    <Wrapper>
      <Profiler id="add-on" onRender={commits.addOn}>
        <AddOnCard />
      </Profiler>
      <Profiler id="account" onRender={commits.account}>
        <AccountName />
      </Profiler>
      <Profiler id="tiers" onRender={commits.tiers}>
        <PlanTiers />
      </Profiler>
      <Profiler id="slider" onRender={commits.slider}>
        <Slider />
      </Profiler>
      <DraftControls />
    </Wrapper>,
  );
  await waitFor(() =>
    expect(screen.getByTestId('add-on').textContent).toBe('available not in draft'),
  );
  for (const commit of Object.values(commits)) commit.mockClear();
  return commits;
}

describe('useStoreSelector through the hooks', () => {
  describe('when the contact slider moves', () => {
    it('does not re-render a component that only uses useAddOn, nor one that only shows the account', async () => {
      const commits = await renderPage();
      press('More contacts');
      press('More contacts');
      expect(screen.getByTestId('contact-limit').textContent).toBe('20000');
      expect(commits.addOn).not.toHaveBeenCalled();
      expect(commits.account).not.toHaveBeenCalled();
    });

    it('re-renders the slider and the plan tiers, whose prices follow the contact limit', async () => {
      const commits = await renderPage();
      const before = screen.getByTestId('tiers').textContent;
      press('More contacts');
      expect(commits.slider).toHaveBeenCalledTimes(1);
      expect(commits.tiers).toHaveBeenCalledTimes(1);
      expect(screen.getByTestId('slider').textContent).toBe('15,000 contacts');
      expect(screen.getByTestId('tiers').textContent).not.toBe(before);
    });
  });

  describe('when what an add-on shows changes', () => {
    it('re-renders the add-on: added to the draft, then not allowed on a lower plan', async () => {
      const commits = await renderPage();
      press('Add SMS');
      expect(screen.getByTestId('add-on').textContent).toBe('available in draft');
      press('Starter');
      expect(commits.addOn).toHaveBeenCalledTimes(2);
      expect(screen.getByTestId('add-on').textContent).toBe('not-allowed in draft');
    });
  });

  describe('when the interval changes', () => {
    it('prices the bands again: the memoised prices are per plan and interval', async () => {
      await renderPage();
      const band = () => screen.getByTestId('band-price').textContent;
      expect(band()).toBe('5900');
      press('Yearly');
      expect(band()).not.toBe('5900');
      expect(band()).not.toBe('');
      press('Monthly');
      expect(band()).toBe('5900');
    });
  });
});
