#!/usr/bin/env node
/**
 * Bytes each widget costs a page: every widget entry bundled and minified with esbuild, then compressed with
 * brotli (quality 11), twice: with preact and @preact/signals external (what a widget adds to a page that already
 * has them, as the embed's shared chunk does) and with them included (a widget on its own).
 *
 * Run: `node scripts/size.mjs` (or `pnpm size`); `--json` prints machine-readable results.
 */
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { cssInline } from "./css-inline.mjs";
import { esbuild } from "./esbuild.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const WIDGETS = ["warning-signs", "report-button", "at-risk", "myths-facts", "help-directory", "quick-exit"];
const FRAMEWORK = ["preact", "preact/hooks", "preact/jsx-runtime", "@preact/signals", "@preact/signals-core"];

/**
 * Minified and brotli sizes of `entry`, with `external` left as imports.
 * @param {string} entry
 * @param {string[]} external
 */
export async function measure(entry, external) {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    write: false,
    external,
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [cssInline()],
    logLevel: "silent",
  });
  const code = /** @type {Uint8Array} */ (result.outputFiles[0]?.contents);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { minified: code.length, brotli: brotli.length };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
for (const widget of WIDGETS) {
  const entry = `src/${widget}/index.ts`;
  rows.push({
    widget,
    external: await measure(entry, FRAMEWORK),
    included: await measure(entry, []),
  });
}
rows.push({
  widget: "(all, src/index.ts)",
  external: await measure("src/index.ts", FRAMEWORK),
  included: await measure("src/index.ts", []),
});

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log("widget                  min (ext)  brotli (ext)  min (incl)  brotli (incl)");
  for (const { widget, external, included } of rows) {
    console.log(
      `${widget.padEnd(22)} ${kb(external.minified).padStart(10)} ${kb(external.brotli).padStart(13)} ${kb(included.minified).padStart(11)} ${kb(included.brotli).padStart(14)}`,
    );
  }
  console.log(
    "\next: preact and @preact/signals left external; incl: bundled in. @lantern/sdk queries are always included.",
  );
}
