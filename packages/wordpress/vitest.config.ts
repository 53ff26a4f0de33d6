import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One real WordPress (MariaDB + PHP) per run, driven by Chromium: one file at a time on a 2-core machine, with
    // room for MariaDB's first start and the block editor's cold load.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
