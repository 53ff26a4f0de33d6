/**
 * Builds the installable plugin:
 *
 *   dist/lantern/          the plugin folder: plugin/ as written, plus
 *     embed/               the embed's versioned CDN files (from @lantern/embed) that a page of the site loads:
 *                          embed.js and what it imports, and reserve.css, the space each widget takes, held
 *                          before the script runs (not the iframe page, the no-script pages or build records)
 *     data/build.json      the pinned version, embed.js's SRI hash, and the vocabularies the blocks offer, all taken
 *                          from the SDK's bundles, the widgets and the embed's manifest so PHP never restates them
 *     assets/admin.js      the settings page's checks: the SDK's partner-contact rules and the widgets' theme limits
 *     languages/*.mo       compiled from the .po files
 *   dist/lantern.zip       what a site administrator uploads (Plugins → Add New → Upload)
 *
 * Output is deterministic: the zip's entries are sorted and dated 1980-01-01.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PARTNER_ROLES } from "@lantern/sdk";
import { PARTNER_PHONE_RULE } from "@lantern/sdk/overrides";
import { WIDGET_VARIANTS } from "@lantern/widgets";
import { THEME_DEFAULTS } from "@lantern/widgets/theme";
import { build } from "esbuild";
import { compileMo, extractPot, parsePo } from "./gettext.mjs";
import { zip } from "./zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dist = join(root, "dist");
const out = join(dist, "lantern");

const manifest = JSON.parse(readFileSync(require.resolve("@lantern/embed/manifest.json"), "utf8"));
const cdn = dirname(require.resolve("@lantern/embed/manifest.json"));
const contentDir = dirname(require.resolve("@lantern/sdk/content/en.json"));
const locales = JSON.parse(readFileSync(join(contentDir, "index.json"), "utf8"));
const bundle = (code) => JSON.parse(readFileSync(join(contentDir, `${code}.json`), "utf8"));
// Only reviewed languages are offered: a draft is never shown unless a partner opts in, and the blocks have no
// opt-in (the shortcode passes allow-draft through for those who know).
const reviewed = locales.filter((locale) => locale.status === "reviewed").map((locale) => locale.code);
const bundles = Object.fromEntries(reviewed.map((code) => [code, bundle(code)]));

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, "plugin"), out, { recursive: true });
/**
 * What the embed's build holds that the plugin never serves, so never ships: a file on the site is a file anyone can
 * open there. frame.html (and its script) would put a page on the partner's origin that takes its configuration from
 * its address; the plugin puts elements on the page and never uses the iframe path. static/ is for pages that allow no
 * script, which a WordPress page with the plugin is not. manifest.json and reserve.json are build records: the plugin
 * reads what it needs from them at build time (data/build.json, reserve.css). Everything else is embed.js and what
 * it imports, so a file the embed adds later ships by default.
 */
const UNUSED_EMBED_FILES = ["frame.html", "frame.js", "static", "manifest.json", "reserve.json"];
cpSync(join(cdn, manifest.version), join(out, "embed"), {
  recursive: true,
  filter: (path) => !UNUSED_EMBED_FILES.includes(relative(join(cdn, manifest.version), path)),
});
// The plugin's version is package.json's (changesets bump it): stamped into the two places WordPress reads it.
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
for (const [file, pattern] of [
  ["lantern.php", /^( \* Version:\s+).*$/m],
  ["readme.txt", /^(Stable tag:\s+).*$/m],
]) {
  const text = readFileSync(join(out, file), "utf8");
  if (!pattern.test(text)) throw new Error(`plugin/${file} has no version line to stamp`);
  writeFileSync(join(out, file), text.replace(pattern, `$1${version}`));
}

const integrity = manifest.files.find((file) => file.path === "embed.js")?.integrity;
if (!integrity)
  throw new Error("the embed's manifest has no embed.js: run pnpm --filter @lantern/embed build");
const names = (pick) => Object.fromEntries(reviewed.map((code) => [code, pick(bundles[code])]));
const buildData = {
  version: manifest.version,
  integrity,
  widgets: manifest.widgets,
  locales: reviewed.map((code) => ({ code, name: locales.find((locale) => locale.code === code).name })),
  regions: bundles.en.regions.map((region, index) => ({
    code: region.code,
    name: names((b) => b.regions[index].name),
  })),
  audiences: Object.keys(bundles.en.taxonomy.audiences).map((id) => ({
    id,
    name: names((b) => b.taxonomy.audiences[id]),
  })),
  // Each widget's variants, the first being the default: the blocks and the shortcode take `variant` where there is
  // a choice, and the editor offers exactly these.
  variants: WIDGET_VARIANTS,
  // The editor's quick-exit preview is a picture of the button, not the button: the real one would leave the editor
  // on a click or on Shift pressed three times while someone types capitals.
  quickExitLabel: names((b) => b.ui["quickExit.label"]),
  // The settings page offers exactly what the embed accepts.
  partnerRoles: PARTNER_ROLES,
  // The embed's phone rule, as data: PHP applies it on every save without restating it.
  phoneRule: {
    pattern: PARTNER_PHONE_RULE.pattern.source,
    minDigits: PARTNER_PHONE_RULE.minDigits,
    maxDigits: PARTNER_PHONE_RULE.maxDigits,
    emergency: PARTNER_PHONE_RULE.emergency,
  },
  themeDefaults: THEME_DEFAULTS,
};
/**
 * WordPress passes a block's render callback only the attributes its block.json declares, so a widget with a choice of
 * variants whose block.json lacks `variant` would drop the editor's choice without a word; a block declaring one for a
 * widget without a choice would offer nothing to choose.
 */
for (const widget of manifest.widgets) {
  const { attributes } = JSON.parse(readFileSync(join(out, "blocks", widget, "block.json"), "utf8"));
  const choice = (WIDGET_VARIANTS[widget]?.length ?? 0) > 1;
  if (choice !== "variant" in attributes)
    throw new Error(
      `plugin/blocks/${widget}/block.json: ${choice ? "declare a variant attribute" : "remove the variant attribute"}: ${widget}'s variants are ${JSON.stringify(WIDGET_VARIANTS[widget] ?? [])}`,
    );
}
mkdirSync(join(out, "data"), { recursive: true });
writeFileSync(join(out, "data/build.json"), `${JSON.stringify(buildData, null, 2)}\n`);

if (!existsSync(join(out, "embed/reserve.css")))
  throw new Error("the embed's build has no reserve.css: run pnpm --filter @lantern/embed build");

await build({
  entryPoints: [join(root, "src/admin.ts")],
  outfile: join(out, "assets/admin.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
});

/** One translation per language, under each WordPress locale that language's sites use. */
const WORDPRESS_LOCALES = { fr: ["fr_CA", "fr_FR", "fr_BE"] };
// Translations: the .pot is extracted from the PHP and block.json files; each .po must translate every entry.
const pot = extractPot(out);
writeFileSync(join(root, "plugin/languages/lantern.pot"), pot.text);
cpSync(join(root, "plugin/languages/lantern.pot"), join(out, "languages/lantern.pot"));
for (const file of readdirSync(join(root, "plugin/languages")).filter((name) => name.endsWith(".po"))) {
  const entries = parsePo(readFileSync(join(root, "plugin/languages", file), "utf8"));
  const missing = pot.ids.filter((id) => !entries.get(id));
  if (missing.length)
    throw new Error(
      `languages/${file} does not translate: ${missing.map((id) => JSON.stringify(id)).join(", ")}`,
    );
  for (const locale of WORDPRESS_LOCALES[file.slice("lantern-".length, -".po".length)] ?? [])
    writeFileSync(join(out, "languages", `lantern-${locale}.mo`), compileMo(entries));
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(out);
writeFileSync(
  join(dist, "lantern.zip"),
  zip(files.map((path) => ({ name: `lantern/${relative(out, path)}`, data: readFileSync(path) }))),
);
console.log(`WordPress plugin built: dist/lantern.zip (${files.length} files, embed ${manifest.version})`);
