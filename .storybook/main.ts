import type { StorybookConfig } from '@storybook/react-vite';
import { sourceAliases } from '../workspace.config.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../docs/**/*.mdx',
    '../packages/react/src/**/*.stories.@(ts|tsx)',
    '../packages/ui/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      alias: { ...(viteConfig.resolve?.alias as object), ...sourceAliases },
    },
  }),
};

export default config;
