// Shared by Vitest, Storybook and the end-to-end tests.
import { fileURLToPath } from 'node:url';

const src = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the sources, not the builds, so no build step is needed between edits.
export const sourceAliases = {
  '@tarif/core/demo': fileURLToPath(new URL('./packages/core/src/demo/index.ts', import.meta.url)),
  '@tarif/core/commit': fileURLToPath(
    new URL('./packages/core/src/commit/index.ts', import.meta.url),
  ),
  '@tarif/core': src('core'),
  '@tarif/react/testing': fileURLToPath(
    new URL('./packages/react/src/testing.ts', import.meta.url),
  ),
  '@tarif/react/i18n': fileURLToPath(new URL('./packages/react/src/i18n.ts', import.meta.url)),
  '@tarif/react/adapter': fileURLToPath(
    new URL('./packages/react/src/adapter.ts', import.meta.url),
  ),
  '@tarif/react': src('react'),
  '@tarif/ui': src('ui'),
  '@tarif/server': src('server'),
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
