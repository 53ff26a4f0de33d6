import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import { dropBareChunkImports } from "../../scripts/drop-bare-chunk-imports.mjs";
import { uiKeys, uiKeysModule } from "./src/node/compile.js";
import { loadContent } from "./src/node/load.js";

const UI_KEYS_FILE = fileURLToPath(new URL("./src/generated/ui-keys.ts", import.meta.url));

/**
 * The `UiKey` type is generated from English ui.yaml before compiling, so that the types in dist and the bundles
 * written after it always agree. Invalid content leaves the file alone: the bundle step then reports why.
 */
function generateUiKeys() {
  const { content } = loadContent(fileURLToPath(new URL("../../content", import.meta.url)));
  if (!content) return;
  const next = uiKeysModule(uiKeys(content));
  if (readFileSync(UI_KEYS_FILE, "utf8") !== next) writeFileSync(UI_KEYS_FILE, next);
}

export default defineConfig(() => {
  generateUiKeys();
  return {
    entry: {
      index: "src/index.ts",
      overrides: "src/overrides.ts",
      hsds: "src/hsds.ts",
      "node/index": "src/node/index.ts",
      "node/cli": "src/node/cli.ts",
    },
    format: "esm",
    target: "es2022",
    platform: "node",
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    // Bare chunk imports make bundlers warn under "sideEffects": false (see the script).
    onSuccess: () => dropBareChunkImports(),
  };
});
