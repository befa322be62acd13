import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SeatStepper } from './seat-stepper.js';
import { renderWithBilling } from '../internal/test-utils/render-with-billing.js';
import { announcedTimes, liveRegions, liveText } from '../internal/test-utils/live-regions.js';

// WCAG 4.1.3: what a sighted user sees change while pressing − and + (the count, the change to
// the bill) is announced once, by a live region that was there, empty, before the first press.
describe.each([
  { locale: 'en', add: 'Add a seat', remove: 'Remove a seat', four: '4 seats', rise: '+€10.00' },
  {
    locale: 'fr',
    add: 'Ajouter un siège',
    remove: 'Retirer un siège',
    four: '4 sièges',
    rise: '+10,00 €',
  },
])('SeatStepper announcements ($locale)', ({ locale, add, four, rise }) => {
  it('has its live region in place and silent before any change', async () => {
    const { screen, container } = await renderWithBilling(<SeatStepper />, { locale });
    await screen.findByRole('button', { name: add });
    const status = container.querySelector('[data-slot="seat-stepper-status"]');
    expect(status).not.toBeNull();
    expect(liveRegions(container)).toContain(status);
    expect(liveText(container)).toEqual([]);
  });

  it('announces the new count and the change to the bill once per press of +', async () => {
    const { screen, container } = await renderWithBilling(<SeatStepper />, { locale });
    await userEvent.click(await screen.findByRole('button', { name: add }));
    const said = () =>
      liveText(container)
        .join(' ')
        .replace(/\u00a0/g, ' ');
    expect(announcedTimes(container, four)).toBe(1);
    expect(said().split(rise).length - 1).toBe(1);
  });
});
