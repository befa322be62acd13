import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the sources, not the builds, so no build step is needed between edits.
export const sourceAliases = {
  '@tarif/core/demo': fileURLToPath(new URL('./packages/core/src/demo/index.ts', import.meta.url)),
  '@tarif/core': src('core'),
  '@tarif/react': src('react'),
  '@tarif/ui': src('ui'),
  '@tarif/server': src('server'),
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

const browser = {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  }),
  instances: [{ browser: 'chromium' as const }],
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node', benchmark: { include: ['packages/core/src/**/*.bench.ts'] } } },
      { extends: true, test: { name: 'react', include: ['packages/react/src/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      { extends: true, test: { name: 'server', include: ['packages/server/src/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'ui', include: ['packages/ui/src/**/*.browser.test.tsx'], browser } },
      { extends: true, plugins: [storybookTest({ configDir: '.storybook' })], test: { name: 'storybook', browser } },
    ],
  },
});
