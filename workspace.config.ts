// Shared by Vitest, Storybook and the end-to-end tests.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** '@tarif/<pkg>/locales/<tag>' for every pack a package has, before the package's own alias. */
function localeAliases(pkg: string): Record<string, string> {
  const dir = new URL(`./packages/${pkg}/src/locales/`, import.meta.url);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
      .map((file) => [
        `@tarif/${pkg}/locales/${file.slice(0, -3)}`,
        fileURLToPath(new URL(file, dir)),
      ]),
  );
}

// Tests run against the sources, not the builds, so no build step is needed between edits.
export const sourceAliases = {
  '@tarif/core/demo': fileURLToPath(new URL('./packages/core/src/demo/index.ts', import.meta.url)),
  '@tarif/core/commit': fileURLToPath(
    new URL('./packages/core/src/commit/index.ts', import.meta.url),
  ),
  '@tarif/core/tax': fileURLToPath(new URL('./packages/core/src/tax/index.ts', import.meta.url)),
  '@tarif/core': src('core'),
  '@tarif/react/testing': fileURLToPath(
    new URL('./packages/react/src/testing.ts', import.meta.url),
  ),
  '@tarif/react/i18n': fileURLToPath(new URL('./packages/react/src/i18n.ts', import.meta.url)),
  // Language packs, one module per language: '@tarif/ui/locales/fr' → packages/ui/src/locales/fr.ts.
  ...localeAliases('react'),
  ...localeAliases('ui'),
  '@tarif/react/adapter': fileURLToPath(
    new URL('./packages/react/src/adapter.ts', import.meta.url),
  ),
  '@tarif/react': src('react'),
  '@tarif/ui': src('ui'),
  '@tarif/server/sqlite': fileURLToPath(
    new URL('./packages/server/src/store/sqlite/index.ts', import.meta.url),
  ),
  '@tarif/server/demo': fileURLToPath(
    new URL('./packages/server/src/demo/index.ts', import.meta.url),
  ),
  '@tarif/server': src('server'),
  '@tarif/stripe/fake': fileURLToPath(
    new URL('./packages/stripe/src/fake/index.ts', import.meta.url),
  ),
  '@tarif/stripe': src('stripe'),
};

// Flags from the machine notes: without the background-networking ones, Chromium keeps dialing out.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
