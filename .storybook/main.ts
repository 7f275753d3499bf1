import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages for every component story file (the `autodocs` tag in preview.ts), from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  // Offline machines: telemetry would only wait on unreachable hosts.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Storybook's own preview runtime is one large chunk; that is expected, not a regression of ours.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    return viteConfig;
  },
};

export default config;
