import { defineConfig } from "vitest/config";

export default defineConfig({
  // The kits are .tsx with Preact's JSX runtime, as in the build.
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // The PDF suite drives one Chromium for every kit: one file at a time on a 2-core machine, with room for a
    // cold start.
    fileParallelism: false,
    testTimeout: 60_000,
    // The PDF suite prints every kit in one beforeAll: about a minute on an idle 2-core machine, several when
    // other suites share it (turbo runs them in parallel). A limit, not a measurement: timings live in pnpm bench.
    hookTimeout: 600_000,
  },
});
