import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
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

// React 18 hosts: the react and ui suites run once more on React 18.3 (react-18, ui-react-18).
// tests/react-18 installs React 18.3 with every React library the suites and widgets import
// (Testing Library, Radix), so pnpm resolves each one's React peer to 18.3: one consistent copy.
// Each of its dependencies, subpaths included (react/jsx-runtime, react-dom/client), is aliased to
// that copy; an import it misses would load React 19 beside 18 and fail with "Invalid hook call".
const react18Host = new URL('./tests/react-18/', import.meta.url);
const react18Aliases = Object.keys(
  JSON.parse(readFileSync(new URL('package.json', react18Host), 'utf8')).dependencies,
).map((name: string) => ({
  find: new RegExp(`^${name}(?=/|$)`),
  replacement: fileURLToPath(new URL(`node_modules/${name}`, react18Host)),
}));
const react18 = {
  resolve: { alias: react18Aliases },
  setupFiles: ['tests/react-18.setup.ts'],
  include: ['tests/react-18.test.tsx'],
};

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
        resolve: react18.resolve,
        test: {
          name: 'react-18',
          include: [
            'packages/react/src/**/*.test.{ts,tsx}',
            'tests/react-18-host.test.ts',
            ...react18.include,
          ],
          environment: 'happy-dom',
          setupFiles: react18.setupFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          // The generated client of tests/openapi-client buys from the reference server.
          include: ['packages/server/src/**/*.test.ts', 'tests/openapi-client/**/*.test.ts'],
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
        resolve: react18.resolve,
        // The same names as the ui project: the aliases make the optimiser pre-bundle the 18 copies.
        optimizeDeps: { include: [...browserDeps, '@testing-library/react'] },
        test: {
          name: 'ui-react-18',
          include: ['packages/ui/src/**/*.browser.test.tsx', ...react18.include],
          // Layout at 320 px over every story in four languages is CSS, the same under React 18:
          // run once, in the ui project (428 cases, about a minute and a half on 2 cores).
          exclude: [...configDefaults.exclude, 'packages/ui/src/stories-reflow.browser.test.tsx'],
          browser: browser(),
          setupFiles: react18.setupFiles,
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
          include: [
            'examples/dashboard/e2e/**/*.e2e.test.ts',
            'examples/nextjs/e2e/**/*.e2e.test.ts',
          ],
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
