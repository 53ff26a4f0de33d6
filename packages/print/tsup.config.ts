import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "node/cli": "src/node/cli.ts" },
  format: "esm",
  target: "es2022",
  platform: "node",
  // TS 6 flags the baseUrl tsup sets for its d.ts step (TS5101); nothing here relies on it.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // @lantern/testing is private: its Chromium launch options (one place for every Lantern browser run) are
  // inlined, so the published CLI launches Chromium exactly as the tests do without depending on it.
  noExternal: ["@lantern/testing"],
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.jsxImportSource = "preact";
  },
});
