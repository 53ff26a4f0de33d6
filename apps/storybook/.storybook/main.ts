import type { StorybookConfig } from "@storybook/preact-vite";

/**
 * Configuration only: stories live beside their widgets in packages/widgets/src/<widget>/<widget>.stories.tsx, and
 * the printed kits' in packages/print/src/.
 */
const config: StorybookConfig = {
  stories: [
    "../docs/*.mdx",
    "../../../packages/widgets/src/**/*.stories.tsx",
    "../../../packages/print/src/**/*.stories.tsx",
  ],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/preact-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
