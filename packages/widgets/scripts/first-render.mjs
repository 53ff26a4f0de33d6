/**
 * What a content widget costs at first render, and what waits until someone opens the report dialog: the widget's
 * entry and `mountComponent` (what the embed's widget chunk imports) bundled with code splitting, as the embed
 * builds them. Files reached through static imports are the first render; files reached only through a dynamic
 * `import()` are lazy (the report dialog). Each file is measured minified and brotli-compressed (quality 11) on
 * its own, as a server sends it. Deterministic: the same sources give the same bytes.
 *
 * Used by scripts/size.mjs and src/size.test.ts.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { cssInline } from "./css-inline.mjs";
import { esbuild } from "./esbuild.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Preact and signals: external in the embed's widget chunks' measurements when they are counted apart. */
export const FRAMEWORK = [
  "preact",
  "preact/hooks",
  "preact/jsx-runtime",
  "@preact/signals",
  "@preact/signals-core",
];

/**
 * @typedef {{ path: string; code: string; minified: number; brotli: number }} OutputFile
 * @typedef {{ files: OutputFile[]; code: string; minified: number; brotli: number }} Part
 */

/** @param {Uint8Array | string} bytes */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** @param {OutputFile[]} files @returns {Part} */
function part(files) {
  return {
    files,
    code: files.map((file) => file.code).join("\n"),
    minified: files.reduce((sum, file) => sum + file.minified, 0),
    brotli: files.reduce((sum, file) => sum + file.brotli, 0),
  };
}

/**
 * Bundle `entries` (paths from the package root) with splitting and sort the output into first render and lazy.
 *
 * @param {{ entries?: string[]; external?: string[] }} [options] by default warning signs plus `mountComponent`,
 *   with Preact and signals external.
 * @returns {Promise<{ first: Part; lazy: Part }>}
 */
export async function firstRender({
  entries = ["src/warning-signs/index.ts", "src/core/mount-component.tsx"],
  external = FRAMEWORK,
} = {}) {
  const outdir = "/lantern-size-out";
  const result = await esbuild.build({
    entryPoints: entries,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    outdir,
    write: false,
    metafile: true,
    external,
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [cssInline()],
    logLevel: "silent",
  });
  const metafile = result.metafile;
  if (!metafile) throw new Error("esbuild gave no metafile");
  // Metafile keys are relative to the package root; output file paths are absolute.
  const key = (/** @type {string} */ path) =>
    Object.keys(metafile.outputs).find((name) => resolve(root, name) === path);
  /** @type {Map<string, OutputFile>} */
  const files = new Map();
  for (const file of result.outputFiles) {
    const name = key(file.path);
    if (!name) throw new Error(`no metafile entry for ${file.path}`);
    files.set(name, {
      path: file.path.slice(outdir.length + 1),
      code: file.text,
      minified: file.contents.length,
      brotli: brotliSize(file.contents),
    });
  }
  // Static closure of the requested entries: what loads before the widget can render.
  const starts = Object.entries(metafile.outputs)
    .filter(([, output]) => output.entryPoint !== undefined && entries.includes(output.entryPoint))
    .map(([name]) => name);
  const seen = new Set(starts);
  for (const name of seen) {
    for (const imported of metafile.outputs[name]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) seen.add(imported.path);
    }
  }
  const pick = (/** @type {boolean} */ first) =>
    [...files.entries()].filter(([name]) => seen.has(name) === first).map(([, file]) => file);
  return { first: part(pick(true)), lazy: part(pick(false)) };
}
