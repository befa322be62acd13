// The theme's --tarif-* properties as W3C Design Tokens (DTCG format, 2025.10), for designers'
// tools. Generated from packages/ui/src/theme.css, never written by hand:
//
//   pnpm exec tsx packages/ui/scripts/design-tokens.ts          writes packages/ui/tokens.json
//   pnpm exec tsx packages/ui/scripts/design-tokens.ts --check  exits 1 when the file is stale
//
// design-tokens.browser.test.tsx checks the file against the stylesheet as Chromium computes it.

/** A DTCG token: its type, its value, and the CSS property it comes from. */
export interface DesignToken {
  readonly $type: 'color' | 'dimension' | 'duration' | 'fontFamily' | 'shadow';
  readonly $value: unknown;
  readonly $extensions: { readonly 'dev.tarif.css-property': string };
}

export interface DesignTokens {
  readonly $description: string;
  /** Sizes, spaces, type and motion: the same in every theme. */
  readonly base: Record<string, DesignToken>;
  readonly light: Record<string, DesignToken>;
  readonly dark: Record<string, DesignToken>;
}

/** The custom properties declared in the rule whose whole selector list is `selectors`. */
export function declarationsOf(css: string, selectors: string): Map<string, string> {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  const header = new RegExp(`(?:^|[{}]) ?${escapeRegExp(selectors)} \\{`).exec(flat);
  if (!header) throw new Error(`theme.css has no rule for ${selectors}`);
  const open = header.index + header[0].length;
  const close = flat.indexOf('}', open);
  const declarations = new Map<string, string>();
  for (const part of flat.slice(open, close).split(';')) {
    const colon = part.indexOf(':');
    const name = part.slice(0, colon).trim();
    if (colon < 0 || !name.startsWith('--tarif-')) continue;
    declarations.set(name, part.slice(colon + 1).trim());
  }
  return declarations;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** DTCG colour: sRGB components from 0 to 1, the alpha, and the hex the CSS wrote. */
export function colorToken(css: string): {
  colorSpace: 'srgb';
  components: number[];
  alpha: number;
  hex?: string;
} {
  const hex = /^#([0-9a-f]{6})$/i.exec(css);
  if (hex) {
    const digits = hex[1]!;
    const channels = [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16));
    return { colorSpace: 'srgb', components: channels.map(unit), alpha: 1, hex: css.toLowerCase() };
  }
  const rgb = /^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*(?:\/\s*([\d.]+)\s*)?\)$/.exec(css);
  if (rgb) {
    return {
      colorSpace: 'srgb',
      components: [rgb[1], rgb[2], rgb[3]].map((channel) => unit(Number(channel))),
      alpha: rgb[4] === undefined ? 1 : Number(rgb[4]),
    };
  }
  throw new Error(`not a colour the token file knows: ${css}`);
}

// Four decimals: what a design tool can tell apart on an 8-bit channel (1/255 ≈ 0.0039).
const unit = (channel: number) => Math.round((channel / 255) * 10_000) / 10_000;

function dimension(css: string): { value: number; unit: 'px' } {
  const match = /^(-?\d+(?:\.\d+)?)px$/.exec(css) ?? (css === '0' ? ['0', '0'] : null);
  if (!match) throw new Error(`not a px dimension: ${css}`);
  return { value: Number(match[1]), unit: 'px' };
}

/** `0 1px 2px rgb(…), 0 1px 3px rgb(…)`: one DTCG shadow object per layer. */
function shadow(css: string) {
  return css.split(/,(?![^(]*\))/).map((layer) => {
    const color = /(rgb\([^)]*\)|#[0-9a-f]{6})/i.exec(layer);
    if (!color) throw new Error(`a shadow layer without a colour: ${layer}`);
    const lengths = layer.replace(color[0], '').trim().split(/\s+/);
    const [offsetX = '0', offsetY = '0', blur = '0', spread = '0'] = lengths;
    return {
      color: colorToken(color[0]),
      offsetX: dimension(offsetX),
      offsetY: dimension(offsetY),
      blur: dimension(blur),
      spread: dimension(spread),
    };
  });
}

function fontFamily(css: string): string[] {
  return css.split(',').map((name) => name.trim().replace(/^'(.*)'$/, '$1'));
}

function token(property: string, css: string): DesignToken {
  const $extensions = { 'dev.tarif.css-property': property };
  if (property === '--tarif-shadow') return { $type: 'shadow', $value: shadow(css), $extensions };
  if (property === '--tarif-font')
    return { $type: 'fontFamily', $value: fontFamily(css), $extensions };
  if (/^\d+ms$/.test(css)) {
    return {
      $type: 'duration',
      $value: { value: Number.parseInt(css, 10), unit: 'ms' },
      $extensions,
    };
  }
  if (css.endsWith('px')) return { $type: 'dimension', $value: dimension(css), $extensions };
  return { $type: 'color', $value: colorToken(css), $extensions };
}

function group(declarations: Map<string, string>): Record<string, DesignToken> {
  const tokens: Record<string, DesignToken> = {};
  for (const [property, css] of declarations)
    tokens[property.slice('--tarif-'.length)] = token(property, css);
  return tokens;
}

/** The token file for a theme.css text. */
export function designTokens(css: string): DesignTokens {
  const dark = declarationsOf(css, "[data-tarif-theme='dark']");
  const auto = declarationsOf(css, "[data-tarif-theme='auto']");
  // theme 'auto' in a dark system repeats the dark colours: a token file with one dark theme must
  // not hide a copy that drifted.
  for (const [property, value] of dark) {
    if (auto.get(property) !== value) {
      throw new Error(`theme.css: ${property} differs between the dark and the auto-dark rules`);
    }
  }
  return {
    $description:
      'Tarif design tokens (W3C DTCG format), generated from @tarif/ui/styles.css by packages/ui/scripts/design-tokens.ts. Each token names the --tarif-* property a host overrides.',
    base: group(declarationsOf(css, ':root')),
    light: group(declarationsOf(css, ":root, [data-tarif-theme='light']")),
    dark: group(dark),
  };
}

// Imported by a browser test too, where there is no process.
const isMain = typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const themeUrl = new URL('../src/theme.css', import.meta.url);
  const outUrl = new URL('../tokens.json', import.meta.url);
  const text = `${JSON.stringify(designTokens(readFileSync(themeUrl, 'utf8')), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(outUrl, 'utf8');
    if (current !== text) {
      console.error(
        'packages/ui/tokens.json is stale: run pnpm exec tsx packages/ui/scripts/design-tokens.ts',
      );
      process.exit(1);
    }
    console.log('packages/ui/tokens.json matches theme.css');
  } else {
    writeFileSync(outUrl, text);
    console.log('wrote packages/ui/tokens.json');
  }
}
