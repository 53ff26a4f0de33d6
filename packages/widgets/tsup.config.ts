import { defineConfig } from "tsup";
import { cssInline } from "./scripts/css-inline.mjs";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: "esm",
  // Widgets run in browsers and in Node for server rendering: nothing here is Node-only.
  platform: "neutral",
  target: "es2022",
  // TS 6 flags the baseUrl tsup sets for its d.ts step (TS5101); nothing here relies on it.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  treeshake: true,
  // preact, @preact/signals (peers) and @lantern/sdk (a dependency) stay imports, so a page has one copy of each.
  external: ["preact", "preact/hooks", "preact/jsx-runtime", "@preact/signals", "@lantern/sdk"],
  esbuildPlugins: [cssInline()],
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.jsxImportSource = "preact";
  },
});
