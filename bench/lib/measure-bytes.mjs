/**
 * Bytes on the wire: what each Lantern entry point costs a page, against the physical floor measured in the same
 * run. Deterministic (no timing), so these are the most trustworthy figures of the benchmark.
 *
 * Every file is compressed on its own, as a CDN sends it: brotli at quality 11 and gzip at level 9.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/**
 * @typedef {object} Cdn
 * @property {string} version Lantern's version, from the manifest
 * @property {string} dir the versioned folder the files were read from
 * @property {Map<string, Buffer>} files every file of that folder, by relative POSIX path
 */

/**
 * Read the built CDN folder into memory once. The server serves this snapshot and the byte figures measure it, so
 * both always agree.
 * @returns {Cdn}
 */
export function loadCdn() {
  let manifestPath;
  try {
    manifestPath = require.resolve("@lantern/embed/manifest.json");
  } catch {
    throw new Error(
      "packages/embed/dist/cdn/manifest.json is missing: run `pnpm bench` from the repository root (it builds first), or `pnpm --filter @lantern/embed... build`.",
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const dir = join(dirname(manifestPath), manifest.version);
  return { version: manifest.version, dir, files: readFolder(dir) };
}

/**
 * Every file under `dir`, by its relative POSIX path (`first/en/warning-signs.js`).
 * @param {string} dir
 * @returns {Map<string, Buffer>}
 */
export function readFolder(dir) {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  const walk = (/** @type {string} */ folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join("/"), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/**
 * @typedef {object} Sizes
 * @property {number} raw
 * @property {number} brotli brotli quality 11
 * @property {number} gzip gzip level 9
 */

/** @type {WeakMap<Buffer, Sizes>} */
const sizeCache = new WeakMap();

/**
 * @param {Buffer} bytes
 * @returns {Sizes}
 */
export function sizes(bytes) {
  let known = sizeCache.get(bytes);
  if (!known) {
    known = {
      raw: bytes.length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
    sizeCache.set(bytes, known);
  }
  return known;
}

/**
 * Sum of the sizes of several buffers, each compressed on its own (one request each).
 * @param {Buffer[]} buffers
 * @returns {Sizes}
 */
export function sumSizes(buffers) {
  return buffers
    .map(sizes)
    .reduce((a, b) => ({ raw: a.raw + b.raw, brotli: a.brotli + b.brotli, gzip: a.gzip + b.gzip }), {
      raw: 0,
      brotli: 0,
      gzip: 0,
    });
}

/**
 * Relative specifiers a built module imports, statically (`from"./x.js"`, `import"./x.js"`) or with `import("./x.js")`.
 * The build is esbuild-minified ESM, so these two patterns are the whole grammar it emits for local imports; the
 * browser cross-check in measure-runtime.mjs would reveal any file they missed.
 * @param {Cdn} cdn
 * @param {string} path
 * @param {boolean} dynamic
 */
function specifiers(cdn, path, dynamic) {
  const code = cdn.files.get(path)?.toString() ?? "";
  const pattern = dynamic
    ? /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g
    : /(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) =>
    posix.normalize(posix.join(posix.dirname(path), match[1])),
  );
}

/**
 * A module and everything it imports statically: what the browser must fetch before the module runs.
 * @param {Cdn} cdn
 * @param {string} path
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
export function staticClosure(cdn, path, seen = new Set()) {
  if (seen.has(path) || !cdn.files.has(path)) return seen;
  seen.add(path);
  for (const dependency of specifiers(cdn, path, false)) staticClosure(cdn, dependency, seen);
  return seen;
}

/**
 * Modules that `files` load later with `import("./…")`.
 * @param {Cdn} cdn
 * @param {Iterable<string>} files
 */
export function dynamicImports(cdn, files) {
  return [...new Set([...files].flatMap((file) => specifiers(cdn, file, true)))];
}

/**
 * The physical floor's runtime: preact, preact/hooks and @preact/signals bundled together and minified by esbuild,
 * with no Lantern code, the same target as Lantern's build. Any Preact widget needs at least this.
 * @returns {Promise<Buffer>}
 */
export async function buildFloorRuntime() {
  const result = await build({
    stdin: {
      contents: 'export * from "preact";\nexport * from "preact/hooks";\nexport * from "@preact/signals";\n',
      resolveDir: dirname(require.resolve("../package.json")),
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * @typedef {object} ByteRow
 * @property {string} name
 * @property {string} lang
 * @property {string[]} files the requests counted
 * @property {Record<string, Sizes>} [perFile] each request's sizes
 * @property {Sizes} total
 * @property {Sizes} [floor] floor runtime + this locale's content file
 * @property {{ brotli: number, gzip: number }} [ratio] total / floor
 * @property {Sizes} [static] the same card as static HTML + CSS (its element with a declarative shadow root)
 * @property {{ brotli: number, gzip: number }} [staticRatio] total / static: the first-render bytes target
 */

/**
 * First-render bytes of every content widget, per reviewed locale, what the first press loads, and the lazily
 * loaded report dialog.
 *
 * The snippet as shipped (an element without settings) first paints from `first/<lang>/<widget>.js`: built-time
 * markup, no Preact, no content file. The first press (or an element with settings, at once) loads the widget's
 * chunk, its runtime and its content: "woken" below. Both are listed, so the saving is never read without its cost.
 *
 * `observed` (from a real page, see measure-runtime.mjs) is merged in: a file the browser requested but the static
 * analysis missed still counts, and the difference is reported.
 *
 * @param {object} options
 * @param {Cdn} options.cdn
 * @param {string[]} options.widgets content widgets (the manifest's, minus quick-exit)
 * @param {string[]} options.langs reviewed locales
 * @param {Buffer} options.floorRuntime
 * @param {Record<string, string[]>} [options.observed] widget name → CDN paths a page with only that widget requested
 * @param {Record<string, string>} [options.statics] `<widget> <lang>` → the card Lantern first painted, as static
 *   HTML + CSS (pages.mjs `staticWidget`): what the same card weighs with no script at all
 */
export function measureBytes({ cdn, widgets, langs, floorRuntime, observed = {}, statics = {} }) {
  const floorSizes = sizes(floorRuntime);
  const read = (/** @type {string} */ path) => {
    const bytes = cdn.files.get(path);
    if (!bytes) throw new Error(`${path} is not in the CDN build`);
    return bytes;
  };
  /** @type {ByteRow[]} */
  const firstRender = [];
  /** @type {ByteRow[]} */
  const woken = [];
  /** @type {Record<string, { onlyStatic: string[], onlyObserved: string[] }>} */
  const mismatches = {};
  for (const lang of langs) {
    for (const widget of widgets) {
      const content = `content/${lang}/${widget}.js`;
      const predicted = new Set(["embed.js", ...staticClosure(cdn, `first/${lang}/${widget}.js`)]);
      const files = new Set(predicted);
      // The browser's list is for English; for other locales swap the language folder.
      const seen = (observed[widget] ?? []).map((path) =>
        path.replace(/^(content|first)\/[^/]+\//, `$1/${lang}/`),
      );
      for (const path of seen) files.add(path);
      if (observed[widget]) {
        const onlyStatic = [...predicted].filter((path) => !seen.includes(path));
        const onlyObserved = seen.filter((path) => !predicted.has(path));
        if (onlyStatic.length || onlyObserved.length)
          mismatches[`${widget} (${lang})`] = { onlyStatic, onlyObserved };
      }
      const total = sumSizes([...files].map(read));
      const floor = sumSizes([floorRuntime, read(content)]);
      const html = statics[`${widget} ${lang}`];
      const card = html === undefined ? undefined : sizes(Buffer.from(html));
      firstRender.push({
        name: widget,
        lang,
        files: [...files],
        perFile: Object.fromEntries([...files].map((path) => [path, sizes(read(path))])),
        total,
        floor,
        ratio: { brotli: total.brotli / floor.brotli, gzip: total.gzip / floor.gzip },
        static: card,
        staticRatio: card && { brotli: total.brotli / card.brotli, gzip: total.gzip / card.gzip },
      });
      const wake = [...staticClosure(cdn, `widgets/${widget}.js`), content];
      woken.push({ name: widget, lang, files: wake, total: sumSizes(wake.map(read)) });
    }
  }

  // The report dialog: what the report button's chunk can import() later, minus what it already has, plus the
  // dialog's content file. Only loaded when someone opens it; the first press on a first paint also wakes the widget.
  const reportChunk = staticClosure(cdn, "widgets/report-button.js");
  const later = dynamicImports(cdn, reportChunk).flatMap((file) => [...staticClosure(cdn, file)]);
  const dialogCode = [...new Set(later.filter((file) => !reportChunk.has(file)))];
  /** @type {ByteRow[]} */
  const dialog = langs.map((lang) => {
    const files = [...dialogCode, `content/${lang}/dialog.js`];
    return { name: "report dialog (on open)", lang, files, total: sumSizes(files.map(read)) };
  });

  return {
    loader: { files: ["embed.js"], total: sizes(read("embed.js")) },
    quickExit: { files: ["quick-exit.js"], total: sizes(read("quick-exit.js")) },
    // What a page with only a quick exit downloads: the loader, then the quick-exit module.
    quickExitPage: {
      files: ["embed.js", "quick-exit.js"],
      total: sumSizes([read("embed.js"), read("quick-exit.js")]),
    },
    floorRuntime: floorSizes,
    firstRender,
    woken,
    dialog,
    dialogCode,
    mismatches,
  };
}
