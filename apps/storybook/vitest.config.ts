import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Every story runs as a test in Debian's Chromium, with the accessibility addon failing it on any violation.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL("./.storybook", import.meta.url)) })],
        // Preact's JSX runtime for the preview file too (Vite would otherwise assume React's).
        oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
        // Found by Vite's optimizer only mid-run otherwise, which reloads the page under a running test.
        optimizeDeps: {
          include: [
            "@preact/signals",
            "@storybook/addon-a11y/preview",
            "@storybook/preact-vite",
            "preact",
            "preact/compat",
            "preact/hooks",
            "preact/jsx-dev-runtime",
            "preact/jsx-runtime",
            "zod/mini",
          ],
        },
        test: {
          name: "stories",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: "chromium" }],
          },
          setupFiles: ["./.storybook/vitest.setup.ts"],
        },
      },
      {
        // The static build (`pnpm build-storybook`) opened from a plain static server.
        test: { name: "static", include: ["test/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
    ],
  },
});
