import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import type { BrowserConfigOptions } from "vitest/node";

/** Found by Vite's optimizer only mid-run otherwise, which reloads the page under a running test. */
const OPTIMIZED = [
  "@preact/signals",
  "@storybook/addon-a11y/preview",
  "@storybook/preact-vite",
  "preact",
  "preact/compat",
  "preact/hooks",
  "preact/jsx-dev-runtime",
  "preact/jsx-runtime",
  "storybook/preview-api",
  "zod/mini",
];

/**
 * Debian's Chromium with the pinned fonts (@lantern/testing), and how a story's box is compared with its baseline.
 * Shared by the stories and by the control that proves a changed word fails the comparison; a new object for each
 * project, since Vitest names the instances of a project in place.
 */
const browser = (): BrowserConfigOptions => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: "chromium" }],
  expect: {
    toMatchScreenshot: {
      // A few pixels of anti-aliasing may differ between runs; a changed colour, size or word does not pass.
      comparatorName: "pixelmatch",
      comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
      // One folder of baselines for every story (`pnpm test:update-screenshots` rewrites them on purpose),
      // named after the story id and width, with no platform suffix: CI and this machine run Linux.
      resolveScreenshotPath: ({ arg, ext, root }) => `${root}/screenshots/${arg}${ext}`,
      // The diff, and the actual image, of a failing comparison: shown in the failure message.
      resolveDiffPath: ({ arg, ext, root }) => `${root}/test-results/screenshots/${arg}${ext}`,
    },
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        // Every story runs as a test in Debian's Chromium, with the accessibility addon failing it on any violation.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL("./.storybook", import.meta.url)) })],
        // Preact's JSX runtime for the preview file too (Vite would otherwise assume React's).
        oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
        optimizeDeps: { include: OPTIMIZED },
        test: {
          name: "stories",
          // A ceiling, not a timing: a story with two screenshot comparisons needs more than 15 s when the 2 cores are
          // shared with other suites.
          testTimeout: 60_000,
          browser: browser(),
          setupFiles: ["./.storybook/vitest.setup.ts"],
        },
      },
      {
        // The control: one story rendered with a word changed must fail its comparison with the same baseline, with
        // the same settings. Not part of `--project stories`, so `pnpm test:update-screenshots` never runs it.
        oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
        optimizeDeps: { include: OPTIMIZED },
        test: {
          name: "visual-control",
          include: ["test/**/*.browser.test.tsx"],
          testTimeout: 120_000,
          browser: browser(),
          setupFiles: ["./.storybook/vitest.setup.ts"],
        },
      },
      {
        // The static build (`pnpm build-storybook`) opened from a plain static server.
        test: {
          name: "static",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.browser.test.*"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
    ],
  },
});
