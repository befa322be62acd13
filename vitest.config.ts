import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { chromiumArgs, sourceAliases } from './workspace.config.js';

// A fresh object per project: Vitest names each instance after the project that uses it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Pre-bundled before the first test: a dependency first met mid-run is optimised then and the
// page reloads, which fails the running file with "Invalid hook call" (two copies of React).
// The JSX runtimes are injected by the React plugin after Vite's scan of the test files, so the
// scan alone misses them. Radix needs no entry: the scan finds it through the widgets' imports,
// and as a dependency of @tarif/ui only it cannot be resolved from the root anyway.
const browserDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'axe-core',
];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['packages/core/src/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'stripe',
          include: ['packages/stripe/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        optimizeDeps: { include: [...browserDeps, '@testing-library/react'] },
        test: {
          name: 'ui',
          include: ['packages/ui/src/**/*.browser.test.tsx'],
          browser: browser(),
        },
      },
      {
        extends: true,
        test: {
          name: 'scenarios',
          include: ['examples/dashboard/scenarios/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['examples/dashboard/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Each file starts its own server and browser; two cores cannot run several at once usefully.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: browserDeps },
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
