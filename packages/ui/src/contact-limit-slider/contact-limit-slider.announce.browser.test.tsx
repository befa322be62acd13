import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ContactLimitSlider } from './contact-limit-slider.js';
import { renderWithBilling } from '../internal/test-utils/render-with-billing.js';
import { announcedTimes, liveRegions, liveText } from '../internal/test-utils/live-regions.js';

// WCAG 4.1.3: a step says its count once (the thumb's aria-valuetext, not a live region too) and
// the band's price once (a live region there, empty, before the first step).
describe.each([
  { locale: 'en', count: '15,000 contacts', price: '€79.00' },
  { locale: 'fr', count: '15\u202f000 contacts', price: '79,00\u00a0€' },
])('ContactLimitSlider announcements ($locale)', ({ locale, count, price }) => {
  it('has its price status in place and silent before the first step', async () => {
    const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
    await screen.findByRole('slider');
    const status = container.querySelector('[data-slot="contact-limit-slider-status"]');
    expect(status).not.toBeNull();
    expect(liveRegions(container)).toContain(status);
    expect(liveText(container)).toEqual([]);
  });

  it('announces the band’s price after a step, and leaves the count to the thumb', async () => {
    const { screen, container } = await renderWithBilling(<ContactLimitSlider />, { locale });
    const thumb = await screen.findByRole('slider');
    thumb.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(thumb).toHaveAttribute('aria-valuetext', count);
    expect(announcedTimes(container, price)).toBe(1);
    expect(announcedTimes(container, count)).toBe(0);
  });
});
