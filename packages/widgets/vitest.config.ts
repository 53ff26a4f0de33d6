import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Vitest replaces CSS with "" unless told otherwise; widgets import theirs as text (`?inline`) and tests read it.
    css: { include: [/\.css(\?|$)/] },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["src/**/*.test.{ts,tsx}"],
          // The first import() of the report dialog transforms it cold; in CI that runs beside the browser suites on
          // 2 cores and took 5.8 s once. No test here asserts a duration.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovered mid-run, Vite would re-optimize and reload the page (and could load
        // a second copy of preact, which breaks hooks).
        optimizeDeps: {
          include: [
            "preact",
            "preact/hooks",
            "preact/jsx-runtime",
            "preact/test-utils",
            "@preact/signals",
            "preact-render-to-string",
            "axe-core",
          ],
        },
        resolve: { dedupe: ["preact"] },
        test: {
          name: "browser",
          include: ["test/**/*.browser.test.tsx"],
          browser: {
            enabled: true,
            headless: true,
            // A failure's message and stack say what broke; screenshots would only litter the package.
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: "chromium" }],
            commands: {
              /** Emulate print or reduced motion for the page under test (Playwright's page.emulateMedia). */
              async emulateMedia(
                context,
                media: {
                  media?: "print" | "screen" | null;
                  reducedMotion?: "reduce" | "no-preference" | null;
                },
              ) {
                await context.page.emulateMedia(media);
              },
            },
          },
        },
      },
    ],
  },
});
