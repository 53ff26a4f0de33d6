import { defineConfig } from "tsup";
import { dropBareChunkImports } from "../../scripts/drop-bare-chunk-imports.mjs";
import { cssInline } from "./scripts/css-inline.mjs";

export default defineConfig({
  // One entry per widget folder, with shared code split into chunks: index.js re-exports them, so a bundler that
  // imports one name (the embed's quick-exit chunk takes only mountQuickExit) can drop every module it does not use.
  // A single bundled file would defeat that, since bundlers keep top-level calls they cannot prove pure.
  entry: {
    index: "src/index.ts",
    "quick-exit/index": "src/quick-exit/index.ts",
    "warning-signs/index": "src/warning-signs/index.ts",
    "report-button/index": "src/report-button/index.ts",
    "at-risk/index": "src/at-risk/index.ts",
    "myths-facts/index": "src/myths-facts/index.ts",
    "help-directory/index": "src/help-directory/index.ts",
    "mount/index": "src/core/mount-component.tsx",
    "theme/index": "src/core/theme.ts",
  },
  splitting: true,
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
  // Bare chunk imports make bundlers warn under "sideEffects": false (see the script).
  onSuccess: () => dropBareChunkImports(),
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.jsxImportSource = "preact";
  },
});
