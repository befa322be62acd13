// WCAG 1.4.11: every part a user must see to identify or operate a control stands out at 3:1
// from what is next to it, in the light and the dark theme. Computed from what Chromium paints
// with the design tokens (theme.css), not from a list of colours that could drift from it.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ChangeRequestDialog } from './change-request-dialog/change-request-dialog.js';
import { ContactLimitSlider } from './contact-limit-slider/contact-limit-slider.js';
import { PlanTierPicker } from './plan-tier-picker/plan-tier-picker.js';
import { SeatStepper } from './seat-stepper/seat-stepper.js';
import { renderWithBilling } from './internal/test-utils/render-with-billing.js';

type Rgb = [number, number, number];

function parse(color: string): { rgb: Rgb; alpha: number } {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, alpha = 1] = parts;
  return { rgb: [r, g, b], alpha };
}

const luminance = ([r, g, b]: Rgb) => {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};

const ratio = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The opaque background painted behind `element` (itself first, then its ancestors). */
function backgroundOf(element: Element | null): Rgb {
  for (let node = element; node; node = node.parentElement) {
    const { rgb, alpha } = parse(getComputedStyle(node).backgroundColor);
    if (alpha === 1) return rgb;
  }
  return [255, 255, 255];
}

function one(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
}

/** A boundary against both sides of it: the element's own background and its parent's. */
function borderContrast(selector: string) {
  const element = one(selector);
  const border = parse(getComputedStyle(element).borderTopColor).rgb;
  return Math.min(
    ratio(border, backgroundOf(element)),
    ratio(border, backgroundOf(element.parentElement)),
  );
}

function fillContrast(selector: string) {
  const element = one(selector);
  return ratio(
    parse(getComputedStyle(element).backgroundColor).rgb,
    backgroundOf(element.parentElement),
  );
}

describe.each(['light', 'dark'] as const)('non-text contrast, %s theme (1.4.11)', (theme) => {
  it('field widgets: plan cards and their radio, the selected billing period, stepper, slider', async () => {
    await renderWithBilling(
      <div data-tarif-theme={theme} style={{ background: 'var(--tarif-bg)', padding: 8 }}>
        <PlanTierPicker />
        <SeatStepper />
        <ContactLimitSlider />
      </div>,
    );
    await expect.element(page.getByRole('slider')).toBeVisible();
    const measured = {
      'unchecked plan card edge': borderContrast(
        '[data-slot="plan-tier-picker-tier"][data-state="unchecked"]',
      ),
      'checked plan card edge': borderContrast(
        '[data-slot="plan-tier-picker-tier"][data-state="checked"]',
      ),
      'unchecked plan radio': borderContrast('[data-state="unchecked"] .tarif-ptp-indicator'),
      'checked plan radio': borderContrast('[data-state="checked"] .tarif-ptp-indicator'),
      // The selected segment against the unselected ones' background, not by its tint alone.
      'selected billing period': borderContrast('.tarif-segmented-item[data-state="checked"]'),
      'stepper frame': borderContrast('.tarif-seats-group'),
      'slider track': fillContrast('.tarif-cls-track'),
      'slider thumb': borderContrast('.tarif-cls-thumb'),
    };
    for (const [part, value] of Object.entries(measured))
      expect(value, `${part}: ${value.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  });

  it('the change-request fields and the focus ring', async () => {
    await renderWithBilling(
      <div data-tarif-theme={theme}>
        <ChangeRequestDialog defaultOpen />
      </div>,
    );
    await expect.element(page.getByRole('dialog')).toBeVisible();
    const measured: Record<string, number> = {
      'text field edge': borderContrast('.tarif-crd-input'),
      'secondary button edge': borderContrast('.tarif-dialog-footer .tarif-button--secondary'),
    };
    const input = one('.tarif-crd-input');
    input.focus();
    measured['focus ring'] = ratio(
      parse(getComputedStyle(input).outlineColor).rgb,
      backgroundOf(input.parentElement),
    );
    for (const [part, value] of Object.entries(measured))
      expect(value, `${part}: ${value.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  });
});
