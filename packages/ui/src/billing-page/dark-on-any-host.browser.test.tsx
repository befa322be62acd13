import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

// A host puts the dark theme on the page but keeps its own background (white, or a brand colour):
// the page's text must stay readable, so the page paints its own theme background under it.

const ui = new BillingPageModel('en');

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) throw new Error(`cannot read the colour ${value}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** The colour painted behind `element`: the first ancestor (or itself) with an opaque background. */
function paintedBehind(element: Element): Rgba {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] === 1) return colour;
    if (colour[3] > 0) throw new Error('a translucent background: this test reads opaque ones');
  }
  return [255, 255, 255, 1]; // the canvas
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(element: Element): number {
  const [light, dark] = [
    luminance(parseColor(getComputedStyle(element).color)),
    luminance(paintedBehind(element)),
  ].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hosts = [
  ['white', '#ffffff'],
  ['a pale brand colour', '#fde68a'],
  ['black', '#000000'],
] as const;

afterEach(() => {
  cleanup();
  document.querySelectorAll('[data-test-host]').forEach((node) => node.remove());
});

describe.each(hosts)('BillingPage in the dark theme on a %s host', (_, background) => {
  it('keeps its heading and its text at AA contrast (4.5:1) on what it paints', async () => {
    const host = document.createElement('div');
    host.dataset['testHost'] = '';
    host.setAttribute('data-tarif-theme', 'dark');
    host.style.background = background;
    document.body.append(host);
    await renderWithBilling(<BillingPage />, { parent: host });
    await ui.seePage();
    const heading = page.getByRole('heading', { name: ui.copy.title }).element();
    expect(contrast(heading)).toBeGreaterThanOrEqual(4.5);
    const subtitle = heading.parentElement?.querySelector('p');
    expect(subtitle).toBeTruthy();
    expect(contrast(subtitle!)).toBeGreaterThanOrEqual(4.5);
  });
});
