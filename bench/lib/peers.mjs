/**
 * The peers Lantern is compared with, prepared from bench/node_modules in the same run:
 *
 * - GOV.UK Frontend's "Exit this page" component: its JS tree-shaken by esbuild from the package entry, and its CSS
 *   cut from the package's compiled stylesheet (see `extractComponentCss`), both minified.
 * - Algolia DocSearch's script-tag bundles (UMD), as a reference Preact-based embed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build, transform } from "esbuild";

const require = createRequire(import.meta.url);
const benchDir = dirname(require.resolve("../package.json"));

/**
 * A direct dependency's folder. Not `require.resolve("<name>/package.json")`: @docsearch/js does not export it.
 * @param {string} name
 */
function packageDir(name) {
  return join(benchDir, "node_modules", name);
}

/** @param {string} name */
export function packageVersion(name) {
  return JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version;
}

/**
 * Classes GOV.UK's exit-this-page markup (template-default.html) carries or its script adds at run time. A CSS
 * selector is the component's only if every class it names is one of these: `.govuk-button-group .govuk-button`
 * styles a context the component does not bring, so it is left out.
 */
const GOVUK_EXIT_CLASSES = new Set([
  "govuk-exit-this-page",
  "govuk-exit-this-page__button",
  "govuk-js-exit-this-page-button",
  "govuk-exit-this-page__indicator",
  "govuk-exit-this-page__indicator--visible",
  "govuk-exit-this-page__indicator-light",
  "govuk-exit-this-page__indicator-light--on",
  "govuk-exit-this-page-overlay",
  "govuk-exit-this-page-hide-content",
  "govuk-button",
  "govuk-button--warning",
  "govuk-visually-hidden",
]);

/**
 * Split `css` into top-level blocks: `{ prelude, body }` for `x{…}`, `{ prelude }` for `@x …;`. Minified input, so
 * strings and comments are the only things that can hide braces.
 * @param {string} css
 * @returns {{ prelude: string, body?: string }[]}
 */
function blocks(css) {
  const out = [];
  let start = 0;
  let depth = 0;
  let bodyStart = -1;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") {
      // Skip the string, escapes included.
      for (i++; i < css.length && css[i] !== char; i++) if (css[i] === "\\") i++;
    } else if (char === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 1;
      if (depth === 0) start = i + 1;
    } else if (char === "{") {
      if (depth++ === 0) bodyStart = i + 1;
    } else if (char === "}") {
      if (--depth === 0) {
        out.push({ prelude: css.slice(start, bodyStart - 1).trim(), body: css.slice(bodyStart, i) });
        start = i + 1;
      }
    } else if (char === ";" && depth === 0) {
      out.push({ prelude: css.slice(start, i).trim() });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Split a selector list on its top-level commas (not those inside `:is(a,b)` or `[x="a,b"]`).
 * @param {string} list
 */
function selectors(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === "\\") i++;
    else if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (char === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((selector) => selector.trim()).filter(Boolean);
}

/**
 * Keep, from a compiled stylesheet, the rules that style the component: selectors whose classes all belong to it
 * (inside @media/@supports too), the @keyframes they animate with and the custom properties they read from
 * `:root`. Fonts (@font-face) are left out: GOV.UK's typeface is licensed for gov.uk only, so elsewhere the
 * component falls back to Arial.
 * @param {string} css
 * @param {Set<string>} classes
 */
export function extractComponentCss(css, classes) {
  const classPattern = /\.((?:[\w-]|\\.)+)/g;
  const belongs = (/** @type {string} */ selector) => {
    const names = [...selector.matchAll(classPattern)].map((match) => match[1].replace(/\\(.)/g, "$1"));
    return names.length > 0 && names.every((name) => classes.has(name));
  };
  /** @param {string} source */
  const pick = (source) =>
    blocks(source)
      .map(({ prelude, body }) => {
        if (body === undefined) return "";
        if (/^@(media|supports|layer|container)\b/.test(prelude)) {
          const inner = pick(body);
          return inner ? `${prelude}{${inner}}` : "";
        }
        if (prelude.startsWith("@")) return ""; // @font-face, @keyframes (added below if used), @page
        const kept = selectors(prelude).filter(belongs);
        return kept.length ? `${kept.join(",")}{${body}}` : "";
      })
      .join("");
  let picked = pick(css);

  // Keyframes the kept rules animate with.
  const animations = new Set(
    [...picked.matchAll(/animation(?:-name)?:([^;}]+)/g)].flatMap((match) => match[1].split(/[\s,]+/)),
  );
  for (const { prelude, body } of blocks(css)) {
    const name = /^@(?:-webkit-)?keyframes\s+(\S+)/.exec(prelude)?.[1];
    if (name && animations.has(name)) picked += `${prelude}{${body}}`;
  }

  // Custom properties the kept rules read, with what those read in turn, from :root (and its @media variants).
  const used = new Set();
  const scan = (/** @type {string} */ text) => {
    for (const match of text.matchAll(/var\((--[\w-]+)/g)) used.add(match[1]);
  };
  scan(picked);
  /** @param {string} source */
  const rootRules = (source) =>
    blocks(source).flatMap(({ prelude, body }) => {
      if (body === undefined) return [];
      if (/^@(media|supports)\b/.test(prelude))
        return rootRules(body).map((rule) => ({ ...rule, wrap: prelude }));
      return prelude === ":root" ? [{ body, wrap: "" }] : [];
    });
  const roots = rootRules(css);
  let before = -1;
  while (used.size !== before) {
    before = used.size;
    for (const { body } of roots) {
      for (const declaration of body.split(";")) {
        const name = declaration.slice(0, declaration.indexOf(":"));
        if (used.has(name)) scan(declaration);
      }
    }
  }
  for (const { body, wrap } of roots) {
    const kept = body
      .split(";")
      .filter((declaration) => used.has(declaration.slice(0, declaration.indexOf(":"))));
    if (kept.length) picked += wrap ? `${wrap}{:root{${kept.join(";")}}}` : `:root{${kept.join(";")}}`;
  }
  return picked;
}

/**
 * GOV.UK's exit-this-page, as a service would ship it: an ES module that creates the component on its element, and
 * the component's CSS. The markup is the package's own example (template-default.html) with the exit URL swapped.
 * @param {string} exitUrl
 */
export async function buildGovukExit(exitUrl) {
  const root = join(packageDir("govuk-frontend"), "dist/govuk");
  const js = await build({
    stdin: {
      // The package entry, not the component file, so tree-shaking has to do the work a service's bundler does.
      contents: `import { ExitThisPage } from "govuk-frontend";
const root = document.querySelector('[data-module="govuk-exit-this-page"]');
if (root) new ExitThisPage(root);
`,
      resolveDir: benchDir,
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
  const compiled = readFileSync(join(root, "govuk-frontend.min.css"), "utf8");
  const css = await transform(extractComponentCss(compiled, GOVUK_EXIT_CLASSES), {
    loader: "css",
    minify: true,
  });
  const markup = readFileSync(join(root, "components/exit-this-page/template-default.html"), "utf8").replace(
    /href="[^"]*"/,
    `href="${exitUrl}"`,
  );
  return { js: Buffer.from(js.outputFiles[0].contents), css: Buffer.from(css.code), markup };
}

/**
 * DocSearch's two script-tag bundles: `index.js` is what `<script src=".../@docsearch/js@5">` serves (keyword
 * search and Ask AI); `docsearch.js` is the keyword-only one. Its CSS is a separate package (@docsearch/css), not
 * installed here, so it is not counted: DocSearch's figures are a lower bound.
 */
export function docsearchBundles() {
  const dir = join(packageDir("@docsearch/js"), "dist/umd");
  return {
    default: readFileSync(join(dir, "index.js")),
    keywordOnly: readFileSync(join(dir, "docsearch.js")),
  };
}
