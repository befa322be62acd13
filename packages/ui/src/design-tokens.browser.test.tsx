import { afterEach, describe, expect, it } from 'vitest';
import './theme.css';
import themeCss from './theme.css?raw';
import tokens from '../tokens.json' with { type: 'json' };
import { designTokens } from '../scripts/design-tokens.js';
import type { DesignToken } from '../scripts/design-tokens.js';

// tokens.json is what designers load; theme.css is what hosts get. The two must say the same, and
// the file must say what Chromium actually computes (not only what the generator parsed).

interface Color {
  components: number[];
  alpha: number;
}
interface Dimension {
  value: number;
  unit: string;
}
interface ShadowLayer {
  color: Color;
  offsetX: Dimension;
  offsetY: Dimension;
  blur: Dimension;
  spread: Dimension;
}

const rgb = ({ components, alpha }: Color) => {
  const [r, g, b] = components.map((channel) => Math.round(channel * 255));
  return alpha === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
};
const px = ({ value }: Dimension) => `${value}px`;

/** The computed value of a real CSS property set from the token's custom property. */
function computed(
  theme: 'light' | 'dark',
  token: DesignToken,
): { actual: string; expected: string } {
  const probe = document.createElement('div');
  probe.dataset.tarifTheme = theme;
  document.body.append(probe);
  const property = `var(${token.$extensions['dev.tarif.css-property']})`;
  const style = getComputedStyle(probe);
  switch (token.$type) {
    case 'color':
      probe.style.color = property;
      return { actual: style.color, expected: rgb(token.$value as Color) };
    case 'dimension':
      probe.style.width = property;
      return { actual: style.width, expected: px(token.$value as Dimension) };
    case 'duration':
      probe.style.transitionDuration = property;
      return {
        actual: style.transitionDuration,
        expected: `${(token.$value as Dimension).value / 1000}s`,
      };
    case 'fontFamily':
      probe.style.fontFamily = property;
      return {
        actual: style.fontFamily,
        expected: (token.$value as string[])
          .map((name) => (name.includes(' ') ? `"${name}"` : name))
          .join(', '),
      };
    case 'shadow':
      probe.style.boxShadow = property;
      return {
        actual: style.boxShadow,
        expected: (token.$value as ShadowLayer[])
          .map((layer) =>
            [
              rgb(layer.color),
              px(layer.offsetX),
              px(layer.offsetY),
              px(layer.blur),
              px(layer.spread),
            ].join(' '),
          )
          .join(', '),
      };
  }
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('design tokens (tokens.json)', () => {
  it('is what the generator makes of theme.css today (run packages/ui/scripts/design-tokens.ts)', () => {
    expect(tokens).toEqual(designTokens(themeCss));
  });

  it('names every --tarif-* property theme.css declares', () => {
    const declared = new Set([...themeCss.matchAll(/(--tarif-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
    const named = new Set(
      [tokens.base, tokens.light, tokens.dark].flatMap((group) =>
        Object.values(group).map((token) => token.$extensions['dev.tarif.css-property']),
      ),
    );
    expect([...declared].sort()).toEqual([...named].sort());
    expect(declared.size).toBeGreaterThan(20);
  });

  it.each([
    ['light', 'base'],
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('matches what Chromium computes in the %s theme (%s group)', (theme, name) => {
    const group = tokens[name] as Record<string, DesignToken>;
    const results = Object.entries(group).map(
      ([key, token]) => [key, computed(theme, token)] as const,
    );
    expect(results.length).toBeGreaterThan(5);
    for (const [key, { actual, expected }] of results) {
      expect(actual, key).toBe(expected);
    }
  });

  it('gives the dark colours to theme auto under a dark system too', () => {
    // The generator refuses a theme.css whose auto-dark rule drifts from the dark one; this shows
    // the refusal can happen.
    const drifted = themeCss.replace(
      /(\[data-tarif-theme='auto'\] \{[^}]*--tarif-bg: )#[0-9a-f]{6}/,
      '$1#000001',
    );
    expect(drifted).not.toBe(themeCss);
    expect(() => designTokens(drifted)).toThrow(/--tarif-bg differs/);
  });
});
