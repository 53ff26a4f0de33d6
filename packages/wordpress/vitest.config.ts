import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One real WordPress (MariaDB + PHP) per run, driven by Chromium: one file at a time on a 2-core machine. These
    // are guards against a hang, not measurements: the block editor test took 40 to 70 s in runs here, and over
    // 120 s while every other suite ran beside it.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
