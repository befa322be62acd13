import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(file), 'utf8');

/** A host stylesheet, by name, as the host's page would have it. */
export interface HostStylesheet {
  readonly name: string;
  readonly css: string;
}

/**
 * The host rules of issue 20 (bare elements restyled broadly), and the two resets the React
 * widgets' host-CSS test also uses (packages/ui/src/billing-page/test-utils/host-stylesheets.ts):
 * Bootstrap 5's reboot and Tailwind's preflight, from the pinned root devDependencies. Tailwind's
 * `--theme(…)` is what its compiler turns into `var(…)`; it is applied unlayered, harsher than
 * Tailwind's own `@layer base`.
 */
export const hostStylesheets: readonly HostStylesheet[] = [
  {
    name: 'bare elements restyled (issue 20)',
    css: [
      'button { all: unset; background: rgb(255, 105, 180); padding: 12px 20px; }',
      'h1, h2, h3 { font-size: 3rem; margin: 2rem; }',
      'p { letter-spacing: .1em; }',
      'body { text-align: center; }',
      '*, *::before, *::after { box-sizing: content-box; }',
    ].join('\n'),
  },
  { name: 'Bootstrap 5 reboot', css: read('bootstrap/dist/css/bootstrap-reboot.css') },
  {
    name: 'Tailwind preflight',
    css: read('tailwindcss/preflight.css').replaceAll('--theme(', 'var('),
  },
];

/**
 * Puts the React widgets' style snapshot helpers (computed-styles.ts, bundled) on the page as
 * `window.tarifStyles`: the same comparison, element by element and property by property.
 */
export async function installStyleSnapshots(page: Page): Promise<void> {
  const helpers =
    require.resolve('../../../packages/ui/src/billing-page/test-utils/computed-styles.ts');
  const result = await build({
    stdin: {
      contents: `import * as helpers from ${JSON.stringify(helpers)}; window.tarifStyles = helpers;`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  await page.evaluate(result.outputFiles[0]!.text);
}
