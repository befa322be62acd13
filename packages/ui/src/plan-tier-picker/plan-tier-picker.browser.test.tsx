import { describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/react';
import { ContactLimitSlider } from '../contact-limit-slider/contact-limit-slider.js';
import { PlanTierPicker } from './plan-tier-picker.js';
import {
  axeViolations,
  norm,
  renderWithBilling,
} from '../internal/test-utils/render-with-billing.js';
import { demoNames } from '../internal/test-utils/demo-names.js';

const copy = {
  en: {
    group: 'Plan',
    current: 'Current plan',
    lose: 'You will lose access to:',
    sales: 'Contact sales',
    monthly: 'Monthly',
    yearly: 'Yearly',
    request: /change request/,
    readOnly: 'Only Alex Admin, the primary admin of this account, can change billing.',
    starterReason: '1 user maximum; you have 2 users',
    money: { 3900: '€39.00', 5900: '€59.00', 7900: '€79.00', 59000: '€590.00' },
  },
  fr: {
    group: 'Plan',
    current: 'Plan actuel',
    lose: 'Vous perdrez l’accès à\u00a0:',
    sales: 'Contacter l’équipe commerciale',
    monthly: 'Mensuel',
    yearly: 'Annuel',
    request: /demande de modification/,
    readOnly:
      'Seule la personne ayant le rôle d’administrateur principal, Alex Admin, peut modifier la facturation.',
    starterReason: '1 utilisateur maximum\u00a0; vous en avez 2',
    // Intl's U+00A0 before « € » (and U+202F between thousands, not reached here).
    money: {
      3900: '39,00\u00a0€',
      5900: '59,00\u00a0€',
      7900: '79,00\u00a0€',
      59000: '590,00\u00a0€',
    },
  },
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(['en', 'fr'] as const)('PlanTierPicker in %s', (locale) => {
  const c = copy[locale];
  const names = demoNames(locale);

  it('is one radio group with the current plan checked and marked, and no axe violations', async () => {
    const { screen, container } = await renderWithBilling(<PlanTierPicker />, { locale });
    const group = await screen.findByRole('radiogroup', { name: c.group });
    const plus = screen.getByRole('radio', { name: 'Plus' });
    expect(group).toContainElement(plus);
    expect(plus).toHaveAttribute('aria-checked', 'true');
    expect(plus).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('radio', { name: 'Pro' })).toHaveAttribute('tabindex', '-1');
    expect(plus.textContent).toContain(c.current);
    // Plus at 10,000 contacts, 3 seats (all included), monthly: €59.00.
    expect(norm(plus.textContent)).toContain(c.money[5900]);
    expect(screen.getByRole('radio', { name: 'Enterprise' }).textContent).toContain(c.sales);
    expect(await axeViolations(container)).toEqual([]);
  });

  // 3 seats, 2 in use: Starter sells one seat. Its card once showed no price at all.
  it('prices every self-serve tier, and describes Starter by why the account does not fit it', async () => {
    const { screen, container } = await renderWithBilling(<PlanTierPicker />, { locale });
    const starter = await screen.findByRole('radio', { name: 'Starter' });
    // Starter at 10,000 contacts and its one seat, monthly: €39.00.
    expect(norm(starter.textContent)).toContain(c.money[3900]);
    for (const name of ['Starter', 'Plus', 'Pro']) {
      const card = screen.getByRole('radio', { name });
      expect(card.querySelector('[data-slot="plan-tier-picker-amount"]')).not.toBeNull();
    }
    const reason = container.querySelector('[data-slot="plan-tier-picker-unavailable"]');
    expect(reason?.textContent).toBe(c.starterReason);
    // The reason leads the card's description, so it is read with the tier's name.
    expect(starter.getAttribute('aria-describedby')?.split(' ')[0]).toBe(reason?.id);
    expect(starter).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(c.starterReason)}`));
    expect(screen.getByRole('radio', { name: 'Plus' })).not.toHaveAccessibleDescription(
      new RegExp(escapeRegExp(c.starterReason)),
    );
    expect(container.querySelectorAll('[data-slot="plan-tier-picker-unavailable"]')).toHaveLength(
      1,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('gives no reason on Starter to a one-user account', async () => {
    const { screen, container } = await renderWithBilling(<PlanTierPicker />, {
      locale,
      subscription: { seatsInUse: 1 },
    });
    const starter = await screen.findByRole('radio', { name: 'Starter' });
    expect(norm(starter.textContent)).toContain(c.money[3900]);
    expect(container.querySelector('[data-slot="plan-tier-picker-unavailable"]')).toBeNull();
  });

  it('moves and selects with the arrow keys, and Space keeps the focused tier selected', async () => {
    const { screen } = await renderWithBilling(<PlanTierPicker showIntervalSwitch={false} />, {
      locale,
    });
    const plus = await screen.findByRole('radio', { name: 'Plus' });
    await userEvent.tab();
    expect(plus).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const pro = screen.getByRole('radio', { name: 'Pro' });
    expect(pro).toHaveFocus();
    expect(pro).toHaveAttribute('aria-checked', 'true');
    expect(plus).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard(' ');
    expect(pro).toHaveAttribute('aria-checked', 'true');
  });

  it('lists the features lost on a lower tier and routes it to a change request', async () => {
    const { screen, container } = await renderWithBilling(<PlanTierPicker />, { locale });
    await userEvent.click(await screen.findByRole('radio', { name: 'Starter' }));
    const note = container.querySelector('[data-slot="plan-tier-picker-downgrade"]');
    expect(norm(note?.textContent)).toContain(c.lose);
    expect(note?.textContent).toContain(names.feature('marketing-automation'));
    expect(note?.textContent).toMatch(c.request);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('used on its own, tells a member who can change billing', async () => {
    const { screen } = await renderWithBilling(<PlanTierPicker />, {
      locale,
      adapter: {
        viewer: {
          userId: 'u_2',
          name: 'Camille Martin',
          canManageBilling: false,
          reason: 'not-primary-admin',
        },
        primaryAdmin: { name: 'Alex Admin', email: 'alex@example.com' },
      },
    });
    expect(await screen.findByText(c.readOnly)).toBeVisible();
    const pro = screen.getByRole('radio', { name: 'Pro' });
    expect(pro).toHaveAttribute('aria-disabled', 'true');
    expect(pro).toHaveAttribute('aria-checked', 'false');
  });

  it('shows the subscription, not the draft, when told to', async () => {
    const { screen } = await renderWithBilling(
      <>
        <PlanTierPicker source="subscription" data-testid="overview" />
        <PlanTierPicker data-testid="editor" showIntervalSwitch={false} />
      </>,
      { locale },
    );
    const overview = await screen.findByTestId('overview');
    const editor = screen.getByTestId('editor');
    // Picking Pro in the editor moves the draft; the overview keeps Plus checked at its €59.00.
    await userEvent.click(within(editor).getByRole('radio', { name: 'Pro' }));
    expect(within(editor).getByRole('radio', { name: 'Pro' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    const plus = within(overview).getByRole('radio', { name: 'Plus' });
    expect(plus).toHaveAttribute('aria-checked', 'true');
    expect(within(overview).getByRole('radio', { name: 'Pro' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    expect(norm(plus.textContent)).toContain(c.money[5900]);
    // Clicking the overview chooses nothing: it shows, the editor edits.
    await userEvent.click(within(overview).getByRole('radio', { name: 'Pro' }));
    expect(within(overview).getByRole('radio', { name: 'Pro' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    expect(overview.querySelector('[data-slot="plan-tier-picker-downgrade"]')).toBeNull();
  });

  it('showing the subscription, renders nothing for a step of a slider beside it; editing, reprices', async () => {
    const overviewCommits = vi.fn();
    const { screen } = await renderWithBilling(
      <>
        <Profiler id="overview" onRender={overviewCommits}>
          <PlanTierPicker source="subscription" data-testid="overview" />
        </Profiler>
        <PlanTierPicker data-testid="editor" showIntervalSwitch={false} />
        <ContactLimitSlider />
      </>,
      { locale },
    );
    const overview = await screen.findByTestId('overview');
    const editor = screen.getByTestId('editor');
    const thumb = await screen.findByRole('slider');
    overviewCommits.mockClear();
    thumb.focus();
    // Plus from 10,000 to 15,000 contacts: €59.00 a month, then €79.00.
    await userEvent.keyboard('{ArrowRight}');
    expect(norm(within(editor).getByRole('radio', { name: 'Plus' }).textContent)).toContain(
      c.money[7900],
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(overviewCommits).not.toHaveBeenCalled();
    expect(norm(within(overview).getByRole('radio', { name: 'Plus' }).textContent)).toContain(
      c.money[5900],
    );
  });

  it('switches to yearly billing with the arrow keys and prices the tiers per year', async () => {
    const { screen } = await renderWithBilling(<PlanTierPicker />, { locale });
    const monthly = await screen.findByRole('radio', { name: c.monthly });
    await userEvent.click(monthly);
    await userEvent.keyboard('{ArrowRight}');
    const yearly = screen.getByRole('radio', { name: c.yearly });
    expect(yearly).toHaveFocus();
    expect(yearly).toBeChecked();
    // Plus yearly at 10,000 contacts: €590.00.
    expect(norm(screen.getByRole('radio', { name: 'Plus' }).textContent)).toContain(c.money[59000]);
  });
});
