import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useDraftChange } from '@tarif/react';
import { AddOnCard } from './add-on-card.js';
import {
  axeViolations,
  norm,
  renderWithBilling,
} from '../internal/test-utils/render-with-billing.js';
import { demoNames } from '../internal/test-utils/demo-names.js';

const copy = {
  en: {
    add: 'Add to plan',
    added: 'Added to your changes',
    active: 'Active',
    included: 'Included',
    fromPro: 'Available from the Pro plan.',
    fromPlus: 'Available from the Plus plan.',
    price: '€15.00',
  },
  fr: {
    add: 'Ajouter au plan',
    added: 'Ajouté',
    active: 'Actif',
    included: 'Inclus',
    fromPro: 'Disponible à partir du plan Pro.',
    fromPlus: 'Disponible à partir du plan Plus.',
    price: '15,00\u00a0€', // U+00A0 before « € », as Intl writes it
  },
} as const;

/** Moves the draft to Starter, as a tier picker elsewhere on the page would. */
function PickStarter() {
  const draft = useDraftChange();
  return (
    <button type="button" onClick={() => draft.setPlan('starter')}>
      Pick Starter
    </button>
  );
}

describe.each(['en', 'fr'] as const)('AddOnCard in %s', (locale) => {
  const c = copy[locale];
  const names = demoNames(locale);

  it('shows an available add-on with its price, adds it to the draft and tells the host', async () => {
    const onAdd = vi.fn();
    const { screen, container } = await renderWithBilling(
      <AddOnCard addOnId="sms" onAdd={onAdd} />,
      { locale },
    );
    const add = await screen.findByRole('button', {
      name: `${c.add} ${names.addOn('sms')}`,
    });
    expect(norm(container.textContent)).toContain(c.price);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(add);
    expect(onAdd).toHaveBeenCalledWith('sms');
    expect(add).toHaveTextContent(c.added);
    expect(add).toBeDisabled();
  });

  it('marks an add-on already on the subscription as active, with no button', async () => {
    const { screen } = await renderWithBilling(<AddOnCard addOnId="sms" />, {
      locale,
      subscription: { selection: { addOns: ['sms'] } },
    });
    expect(await screen.findByText(c.active)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says from which plan an add-on is offered when the current plan lacks it', async () => {
    const { screen, container } = await renderWithBilling(
      <AddOnCard addOnId="custom-reporting" />,
      { locale },
    );
    const add = await screen.findByRole('button', { name: new RegExp(c.add) });
    expect(add).toBeDisabled();
    expect(container.textContent).toContain(c.fromPro);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('points Starter customers to Plus for SMS', async () => {
    const { container, screen } = await renderWithBilling(<AddOnCard addOnId="sms" />, {
      locale,
      subscription: { seatsInUse: 1, selection: { plan: 'starter', seats: 1 } },
    });
    await screen.findByRole('button');
    expect(container.textContent).toContain(c.fromPlus);
  });

  it('judges availability by the subscription’s plan when told to, whatever the draft holds', async () => {
    const { screen, container } = await renderWithBilling(
      <>
        <PickStarter />
        <AddOnCard addOnId="sms" source="subscription" />
        <AddOnCard addOnId="sms" />
      </>,
      { locale },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Pick Starter' }));
    const [overview, draftCard] = [...container.querySelectorAll('[data-slot="add-on-card"]')];
    // SMS needs Plus: the draft's Starter rules it out, the subscription's Plus still offers it.
    expect(draftCard).toHaveAttribute('data-state', 'not-allowed');
    expect(overview).toHaveAttribute('data-state', 'available');
    expect(overview?.textContent).not.toContain(c.fromPlus);
  });

  it('shows an add-on included in the plan at no charge', async () => {
    const { screen, container } = await renderWithBilling(
      <AddOnCard addOnId="custom-reporting" />,
      { locale, subscription: { selection: { plan: 'enterprise' } } },
    );
    expect((await screen.findAllByText(c.included)).length).toBeGreaterThan(0);
    expect(container.textContent).not.toMatch(/€|NaN|undefined/);
  });
});
