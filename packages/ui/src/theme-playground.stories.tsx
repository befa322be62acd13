import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, within } from 'storybook/test';
import tokens from '../tokens.json' with { type: 'json' };
import { BillingPage } from './billing-page/billing-page.js';

/**
 * Theme playground, for designers: every `--tarif-*` property of the light theme is a control,
 * applied live to the billing page and to its dialogs, with the WCAG contrast of each colour pair
 * the widgets draw text with (flagged under 4.5:1) and of each control boundary and state against
 * what it sits on (flagged under 3:1, WCAG 1.4.11). The controls start from
 * `@tarif/ui/tokens.json`, the file generated from theme.css.
 */

type Args = Record<string, string>;

// The pairs the widgets really draw: text colour on the background it sits on.
const PAIRS: ReadonlyArray<readonly [text: string, background: string]> = [
  ['fg', 'bg'],
  ['muted-fg', 'bg'],
  ['muted-fg', 'muted'],
  ['surface-contrast', 'surface'],
  ['accent', 'bg'],
  ['accent', 'accent-soft'],
  ['accent-contrast', 'accent'],
  ['danger', 'bg'],
  ['danger-contrast', 'danger'],
  ['success', 'bg'],
  ['warning', 'bg'],
];

// Boundaries and states of controls on what they sit on, at 3:1 (WCAG 1.4.11): field, stepper,
// plan-card and radio edges and the slider's track (border-strong), the selected billing period's
// edge on the segmented control (muted), the focus ring, the checked radio and the thumb (accent).
const BOUNDARIES: ReadonlyArray<readonly [part: string, background: string]> = [
  ['border-strong', 'bg'],
  ['border-strong', 'muted'],
  ['ring', 'bg'],
  ['accent', 'bg'],
];

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, from 1 to 21; null when a value is not a #rrggbb colour. */
function contrastRatio(a: string, b: string): number | null {
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return null;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const defaults: Args = {};
for (const [name, token] of Object.entries({ ...tokens.base, ...tokens.light })) {
  const value = token.$value as { hex?: string; value?: number; unit?: string };
  if (token.$type === 'color' && value.hex) defaults[name] = value.hex;
  if (token.$type === 'dimension' && value.value !== undefined) defaults[name] = `${value.value}px`;
}

function ThemePlayground(args: Args) {
  const declarations = Object.entries(args)
    .filter(([name]) => name in defaults)
    .map(([name, value]) => `--tarif-${name}: ${value};`)
    .join(' ');
  const ratios = [
    ...PAIRS.map(([text, background]) => ({ text, background, minimum: 4.5 })),
    ...BOUNDARIES.map(([text, background]) => ({ text, background, minimum: 3 })),
  ].map((pair) => ({
    ...pair,
    ratio: contrastRatio(args[pair.text] ?? '', args[pair.background] ?? ''),
  }));
  return (
    <>
      {/* Outranks theme.css's [data-tarif-theme] rules, so portalled dialogs follow too. */}
      <style>{`html, html [data-tarif-theme] { ${declarations} }`}</style>
      <section
        aria-label="Contrast of the colour pairs"
        className="tarif-story-contrast"
        // Designers' tooling, in English only: the pseudo-locale test checks the widgets' copy.
        data-story-chrome
      >
        <ul>
          {ratios.map(({ text, background, ratio, minimum }) => {
            const low = ratio !== null && ratio < minimum;
            return (
              <li key={`${text}/${background}/${minimum}`} data-low={low || undefined}>
                <code>--tarif-{text}</code> on <code>--tarif-{background}</code>
                {minimum === 3 ? ' (boundary)' : ''}:{' '}
                {ratio === null ? 'not a #rrggbb colour' : `${ratio.toFixed(2)}:1`}
                {low && <strong> below {minimum}:1</strong>}
              </li>
            );
          })}
        </ul>
      </section>
      <BillingPage />
    </>
  );
}

const meta = {
  title: 'Design/Theme playground',
  component: ThemePlayground,
  tags: ['!autodocs'],
  args: defaults,
  argTypes: Object.fromEntries(
    Object.keys(defaults).map((name) => [
      name,
      {
        name: `--tarif-${name}`,
        control: defaults[name]!.startsWith('#') ? 'color' : 'text',
      },
    ]),
  ),
  globals: { theme: 'light' },
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped light theme: every pair passes. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const report = canvas.getByRole('region', { name: 'Contrast of the colour pairs' });
    await expect(within(report).getAllByRole('listitem')).toHaveLength(
      PAIRS.length + BOUNDARIES.length,
    );
    // The default theme passes every pair, the control boundaries (border-strong) included.
    await expect(
      within(report)
        .getAllByRole('listitem')
        .filter((item) => item.hasAttribute('data-low')),
    ).toEqual([]);
    await expect(await canvas.findByRole('heading', { name: 'Billing & upgrade' })).toBeVisible();
  },
};

/** A pale brand colour: the pairs it breaks are flagged, and the page and its dialogs take it. */
export const LowContrastAccent: Story = {
  args: { accent: '#a5b4fc', ring: '#a5b4fc' },
  // The page itself is meant to fail here: that is what the report warns about.
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvas }) => {
    const report = canvas.getByRole('region', { name: 'Contrast of the colour pairs' });
    const flagged = within(report)
      .getAllByRole('listitem')
      .filter((item) => item.hasAttribute('data-low'))
      .map((item) => item.textContent);
    await expect(flagged).toEqual([
      expect.stringContaining('--tarif-accent on --tarif-bg'),
      expect.stringContaining('--tarif-accent on --tarif-accent-soft'),
      expect.stringContaining('--tarif-accent-contrast on --tarif-accent'),
      expect.stringContaining('--tarif-ring on --tarif-bg (boundary)'),
      expect.stringContaining('--tarif-accent on --tarif-bg (boundary)'),
    ]);
    const edit = await canvas.findByRole('button', { name: 'Edit contact limit' });
    await userEvent.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact limit' });
    const submit = within(dialog).getByRole('button', { name: 'Update contact limit' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(165, 180, 252)');
  },
};
