#!/usr/bin/env node
/**
 * Bytes each widget costs a page: every widget entry bundled with `mountComponent` and minified with esbuild (code
 * splitting on, as the embed builds), then compressed with brotli (quality 11) file by file, twice: with preact and
 * @preact/signals external (what a widget adds to a page that already has them, as the embed's shared chunk does)
 * and with them included (a widget on its own). The report dialog is not part of a widget's first render: it is
 * loaded with import() when first opened, and listed on its own row.
 *
 * Run: `node scripts/size.mjs` (or `pnpm size`); `--json` prints machine-readable results.
 */
import { cssInline } from "./css-inline.mjs";
import { esbuild } from "./esbuild.mjs";
import { brotliSize, FRAMEWORK, firstRender } from "./first-render.mjs";

const WIDGETS = ["warning-signs", "report-button", "at-risk", "myths-facts", "help-directory"];

/**
 * Minified and brotli sizes of `entry` as one file, with `external` left as imports (quick exit, the whole entry).
 * @param {string} entry
 * @param {string[]} external
 */
export async function measure(entry, external) {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: new URL("..", import.meta.url).pathname,
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
  return { minified: code.length, brotli: brotliSize(code) };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
let dialog;
for (const widget of WIDGETS) {
  const entries = [`src/${widget}/index.ts`, "src/core/mount-component.tsx"];
  const external = await firstRender({ entries, external: FRAMEWORK });
  const included = await firstRender({ entries, external: [] });
  rows.push({ widget, external: external.first, included: included.first });
  dialog ??= { widget: "(report dialog, lazy)", external: external.lazy, included: included.lazy };
}
if (dialog) rows.push(dialog);
rows.push({
  widget: "quick-exit",
  external: await measure("src/quick-exit/index.ts", FRAMEWORK),
  included: await measure("src/quick-exit/index.ts", []),
});
rows.push({
  widget: "(all, src/index.ts)",
  external: await measure("src/index.ts", FRAMEWORK),
  included: await measure("src/index.ts", []),
});

if (process.argv.includes("--json")) {
  const plain = (/** @type {{ minified: number; brotli: number }} */ { minified, brotli }) => ({
    minified,
    brotli,
  });
  console.log(
    JSON.stringify(
      rows.map((row) => ({
        widget: row.widget,
        external: plain(row.external),
        included: plain(row.included),
      })),
      null,
      2,
    ),
  );
} else {
  console.log("widget                  min (ext)  brotli (ext)  min (incl)  brotli (incl)");
  for (const { widget, external, included } of rows) {
    console.log(
      `${widget.padEnd(22)} ${kb(external.minified).padStart(10)} ${kb(external.brotli).padStart(13)} ${kb(included.minified).padStart(11)} ${kb(included.brotli).padStart(14)}`,
    );
  }
  console.log(
    "\nWidgets: first render (entry + mountComponent, each file compressed on its own). ext: preact and @preact/signals left\nexternal; incl: bundled in. @lantern/sdk queries are always included; content bundles are not.",
  );
}
