/**
 * Builds the CDN files partners load:
 *
 *   dist/cdn/<version>/   immutable: embed.js, integrity.js (every module's hash, pinned by embed.js),
 *                         widgets/*.js (+ a shared runtime chunk), first/<lang>/*.js (first paint without Preact), quick-exit.js,
 *                         overrides.js, content/<lang>.js, frame.html, static/<lang>/<widget>.html, lantern.css
 *   dist/cdn/v<major>/    the same files under the moving major-version URL of the public snippet
 *   dist/cdn/manifest.json  every file with its size and SRI hash, and what the loader imports first per widget
 *   dist/cdn/_headers, .htaccess, nginx.conf   cache and CORS headers for common static hosts
 *   dist/lantern-<version>.tar.gz   the self-host archive, with SELF-HOSTING.md
 *
 * Output is deterministic: the same sources give the same bytes and hashes.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { quickExitStrings } from "@lantern/widgets";
import { build } from "esbuild";
import { virtualEntries } from "./entries.mjs";
import { buildFirst } from "./first.mjs";
import { reserveOutputs } from "./reserve-css.mjs";
import { renderStatic, STATIC_WIDGETS } from "./static.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const version = pkg.version;
const major = `v${version.split(".")[0]}`;
const cdn = join(root, "dist/cdn");
const out = join(cdn, version);

rmSync(join(root, "dist"), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Content: one ES module per locale, from @lantern/sdk's compiled bundles. Loaded with import(), never fetch().
const contentDir = dirname(require.resolve("@lantern/sdk/content/en.json"));
const locales = JSON.parse(readFileSync(join(contentDir, "index.json"), "utf8"));
const bundles = Object.fromEntries(
  locales.map((locale) => [
    locale.code,
    JSON.parse(readFileSync(join(contentDir, `${locale.path}.json`), "utf8")),
  ]),
);
// Per widget, only what its first render shows, so a page with warning signs does not download myths. The report
// dialog's contacts and steps come in content/<lang>/dialog.js when someone opens it. 911 and the hotline stay in
// every part: a widget's own fallback shows them.
const FIRST_RENDER = {
  "warning-signs": ["signs"],
  "report-button": [],
  "at-risk": ["groups"],
  "myths-facts": ["myths", "statistics"],
  "help-directory": ["contacts", "steps"],
};
const ESSENTIAL_CONTACTS = ["emergency-911", "ca-human-trafficking-hotline"];
/** UI groups a widget shows besides its own: myths and facts ends with what police-reported data shows. */
const SHARED_UI = { "myths-facts": ["statistics"] };
/** UI strings a widget's first render reads: its own, the shared ones, and the fallback's. The dialog brings the rest. */
const uiFor = (bundle, widget) => {
  const own = widget.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  return Object.fromEntries(
    Object.entries(bundle.ui).filter(
      ([key]) =>
        /^(common|fallback)\./.test(key) ||
        key.startsWith(`${own}.`) ||
        (SHARED_UI[widget] ?? []).some((group) => key.startsWith(`${group}.`)) ||
        key === "reportButton.label",
    ),
  );
};
/** Each reviewed locale's first-render bundles by widget: what the first-paint markup is rendered from. */
const firstParts = {};
for (const [code, bundle] of Object.entries(bundles)) {
  mkdirSync(join(out, "content", code), { recursive: true });
  if (bundle.locale.status === "reviewed") firstParts[code] = {};
  writeFileSync(join(out, "content", `${code}.js`), `export default ${JSON.stringify(bundle)};\n`);
  for (const [widget, parts] of Object.entries(FIRST_RENDER)) {
    // help-directory lists contacts at once and opens the dialog with them: it gets everything the dialog needs.
    const complete = parts.includes("contacts");
    const part = {
      ...bundle,
      ui: complete ? bundle.ui : uiFor(bundle, widget),
      // Region codes are what settings are checked against; their sources are shown nowhere in a widget.
      regions: bundle.regions.map(({ code: regionCode, parent, name }) => ({
        code: regionCode,
        parent,
        name,
      })),
      // Only what the fallback shows (name and phone number); the dialog brings the full entries.
      contacts: complete
        ? bundle.contacts
        : bundle.contacts
            .filter((contact) => ESSENTIAL_CONTACTS.includes(contact.id))
            .map((contact) => ({
              ...contact,
              use: "",
              hours: "",
              channels: contact.channels
                .filter((channel) => channel.kind === "phone")
                .map(({ note, ...channel }) => channel),
            })),
      // Names of categories and audiences show at first render; channels, roles and regions only in the dialog.
      taxonomy: complete ? bundle.taxonomy : { ...bundle.taxonomy, channels: {}, roles: {}, regions: {} },
      signs: [],
      groups: [],
      myths: [],
      statistics: [],
      definitions: [],
      steps: [],
      ...Object.fromEntries(parts.map((key) => [key, bundle[key]])),
    };
    writeFileSync(join(out, "content", code, `${widget}.js`), `export default ${JSON.stringify(part)};\n`);
    if (firstParts[code]) firstParts[code][widget] = part;
  }
  // What the report dialog adds when it opens: every contact and step, and every UI string and name.
  const dialog = { contacts: bundle.contacts, steps: bundle.steps, ui: bundle.ui, taxonomy: bundle.taxonomy };
  writeFileSync(join(out, "content", code, "dialog.js"), `export default ${JSON.stringify(dialog)};\n`);
}

/** Split a sentence around `{placeholder}` into [before, link, after], filling the other placeholders. */
function linked(template, placeholder, link, fill = {}) {
  const text = template.replace(/\{(\w+)\}/g, (whole, key) =>
    key === placeholder ? whole : (fill[key] ?? whole),
  );
  const [before, after = ""] = text.split(`{${placeholder}}`);
  return [before, link, after];
}

// The loader's static fallback and quick-exit label, per locale, straight from the content: no copy to drift.
const fallback = {};
for (const [code, bundle] of Object.entries(bundles)) {
  // Drafts are shown only on request; their pages get the English fallback, which keeps the loader small.
  if (bundle.locale.status !== "reviewed") continue;
  const hotline = bundle.contacts.find((contact) => contact.id === "ca-human-trafficking-hotline");
  const phone = hotline.channels.find((channel) => channel.kind === "phone");
  const emergency = bundle.contacts.find((contact) => contact.id === "emergency-911").channels[0];
  fallback[code] = [
    bundle.locale.dir,
    bundle.ui["fallback.heading"],
    [
      linked(bundle.ui["fallback.emergency"], "emergency", [emergency.display, emergency.href]),
      linked(bundle.ui["fallback.hotline"], "number", [phone.display, phone.href], { hotline: hotline.name }),
    ],
    bundle.ui["quickExit.label"],
  ];
}

// The first line asks V8 to compile every function of the file eagerly, on a background thread while the file
// streams in (explicit compile hints, Chromium 136+; other engines read a comment). Nearly every function in these
// files runs as soon as they load, so lazy compilation on the main thread was pure cost: on the bench's phone
// profile (CPU 4×) it cut the script time attributed to Lantern by a quarter to a half (214 to 112 ms, and 194 to
// 147 ms, in two runs of 10 interleaved loads each), for about 25 bytes per file.
const banner = { js: `//# allFunctionsCalledOnLoad\n/*! Lantern ${version} | MIT */` };
// Every file knows the reviewed and draft locales: the loader picks the language, a chunk says why it differs.
const languages = {
  __LOCALES__: JSON.stringify(locales.filter((l) => l.status === "reviewed").map((l) => l.code)),
  __DRAFTS__: JSON.stringify(locales.filter((l) => l.status === "draft").map((l) => l.code)),
};
const common = {
  bundle: true,
  define: languages,
  minify: true,
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
  banner,
};

// Reserved space (no layout shift): measured heights (src/reserve.json, from scripts/reserve.mjs) become the rules
// partners paste beside the tag (reserve.json, read by the configurator), one stylesheet with every widget and
// language (reserve.css), and the loader's own reserve for pages that paste only the tag.
const reserve = reserveOutputs(
  JSON.parse(readFileSync(join(root, "src/reserve.json"), "utf8")),
  locales.filter((l) => l.status === "reviewed").map((l) => l.code),
);
writeFileSync(join(out, "reserve.json"), `${JSON.stringify(reserve.snippets, null, 2)}\n`);
writeFileSync(
  join(out, "reserve.css"),
  `/* Lantern ${version}: space reserved for each widget before it renders */\n${reserve.css}`,
);

// Widget chunks share one runtime chunk (Preact, signals, shared components); each carries only its own widget
// and loads only when that widget is on the page. Entries are virtual: one line each, generated here.
const components = Object.fromEntries(
  STATIC_WIDGETS.map((name) => {
    const pascal = name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
    // The view: its theme is checked by the partner-configuration chunk, so the checker is not in first renders.
    return [name, [`${pascal}View`, `${pascal[0].toLowerCase()}${pascal.slice(1)}Styles`]];
  }),
);
const widgetBuild = await build({
  ...common,
  entryPoints: STATIC_WIDGETS.map((name) => ({ in: `widget:${name}`, out: `widgets/${name}` })),
  outdir: out,
  format: "esm",
  splitting: true,
  metafile: true,
  chunkNames: "widgets/runtime-[hash]",
  plugins: [
    virtualEntries("widget", (name) => {
      const [component, styles] = components[name];
      return `import { ${component}, ${styles} } from "@lantern/widgets/${name}";
import { mountIn } from "./mount.ts";
export const mount = mountIn(${JSON.stringify(name)}, ${component}, ${styles});`;
    }),
  ],
});

// What waking each widget imports, and what its report dialog imports after that, as files beside the loader: the
// first paint requests them all at once instead of one level of imports after another (a round trip each).
const outputs = Object.fromEntries(
  Object.entries(widgetBuild.metafile.outputs).map(([path, output]) => [
    relative(out, path),
    output.imports.map((entry) => ({ ...entry, path: relative(out, entry.path) })),
  ]),
);
/** The files `files` import, and so on down; with `dynamic`, what they import later with import() too. */
const closure = (files, seen = new Set(), dynamic = false) => {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    closure(
      (outputs[file] ?? [])
        .filter((entry) => entry.kind === "import-statement" || (dynamic && entry.kind === "dynamic-import"))
        .map((entry) => entry.path),
      seen,
      dynamic,
    );
  }
  return seen;
};
const wakeFiles = Object.fromEntries(
  STATIC_WIDGETS.map((name) => {
    const wake = closure([`widgets/${name}.js`]);
    const later = [...wake].flatMap((file) =>
      (outputs[file] ?? []).filter((entry) => entry.kind === "dynamic-import").map((entry) => entry.path),
    );
    return [name, { wake: [...wake], dialog: [...closure(later)].filter((file) => !wake.has(file)) }];
  }),
);

// First paint without Preact for widgets without settings: their markup, built from the same parts and components.
await buildFirst({ out, parts: firstParts, components, common, files: wakeFiles });

// The quick exit stands alone: no runtime, no content, so it works when everything else failed.
const exitStrings = Object.fromEntries(
  Object.entries(bundles).map(([code, bundle]) => [
    code,
    // The same keys as every other caller (Storybook, tests), the frame-blocked notice included.
    { ...quickExitStrings(bundle.ui), dir: bundle.locale.dir },
  ]),
);
await build({
  ...common,
  entryPoints: [join(root, "src/chunks/quick-exit.ts")],
  outfile: join(out, "quick-exit.js"),
  format: "esm",
  define: { ...languages, __EXIT_STRINGS__: JSON.stringify(exitStrings) },
});

// Partner-config validation (zod/mini): loaded only on pages that have a config block.
await build({
  ...common,
  entryPoints: [join(root, "src/chunks/overrides.ts")],
  outfile: join(out, "overrides.js"),
  format: "esm",
});

// The iframe page, for CMSs that allow only iframes. Its script is a file, never inline, so a strict CSP holds.
await build({
  ...common,
  entryPoints: [join(root, "src/frame.ts")],
  outfile: join(out, "frame.js"),
  format: "iife",
});
// The iframe snippet's starting height per widget (or widget and variant) and language, in px: the reserve's
// measurement on a 360 px phone, phones first, plus the frame page's 8 px body margins. A start only: the frame
// reports its real height, and a host that listens resizes it (the configurator's snippet).
const frameHeights = (() => {
  const { widths, heights } = JSON.parse(readFileSync(join(root, "src/reserve.json"), "utf8"));
  const phone = widths.indexOf(360);
  return Object.fromEntries(
    Object.entries(heights).map(([key, byLang]) => [
      key,
      Object.fromEntries(Object.entries(byLang).map(([lang, row]) => [lang, row[phone] + 16])),
    ]),
  );
})();

// Static HTML for pages where no script is allowed, rendered from the same components.
await renderStatic({
  out,
  bundles,
  version,
  locales: locales.filter((l) => l.status === "reviewed").map((l) => l.code),
});

// The chain of trust. The snippet pins embed.js with `integrity`; embed.js pins what it may import at once (each
// first paint, quick-exit.js) and integrity.js, which pins every other module the widgets may import, and lists
// what each one imports in turn (statically, and later with import(): the report dialog's chunk). The loader has
// the browser check each file against its hash before anything imports it (src/loader.ts), so a file altered on its
// way or on the server never runs. The first paint and quick exit need no list first: no wait, and no bytes, added
// before the card shows. SHA-256, not the manifest's SHA-384: these hashes ride in every page's loader, 16 bytes
// fewer each, and SRI holds with either.
const sri = (bytes, algorithm = "sha384") =>
  `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;
const pins = {};
const deps = {};
for (const path of walk(out).sort()) {
  const file = relative(out, path);
  // The loader's own picks, and what is never imported: the frame's script, whole-locale bundles for other tools.
  if (!file.endsWith(".js") || file === "frame.js" || /^content\/[^/]+\.js$/.test(file)) continue;
  pins[file] = sri(readFileSync(path), "sha256");
}
for (const file of Object.keys(outputs)) {
  if (!file.endsWith(".js")) continue;
  const below = [...closure([file], new Set(), true)].filter((other) => other !== file);
  if (below.length) deps[file] = below;
}
const atOnce = (file) => file === "quick-exit.js" || file.startsWith("first/");
const integrityModule = `export default ${JSON.stringify([
  Object.fromEntries(Object.entries(pins).filter(([file]) => !atOnce(file))),
  deps,
])};\n`;
writeFileSync(join(out, "integrity.js"), integrityModule);
const loaderPins = {
  ...Object.fromEntries(Object.entries(pins).filter(([file]) => atOnce(file))),
  "integrity.js": sri(integrityModule, "sha256"),
};

// The loader: a classic script (partners paste <script async>), everything it needs inlined.
await build({
  ...common,
  entryPoints: [join(root, "src/loader.ts")],
  outfile: join(out, "embed.js"),
  format: "iife",
  define: {
    ...languages,
    __VERSION__: JSON.stringify(version),
    __FALLBACK__: JSON.stringify(fallback),
    __RESERVE__: JSON.stringify(reserve.loader),
    __PINS__: JSON.stringify(loaderPins),
  },
});

// The iframe page loads its two scripts pinned too: a frame is a page of its own, with no snippet to pin them.
writeFileSync(
  join(out, "frame.html"),
  readFileSync(join(root, "src/frame.html"), "utf8").replace(
    /<script src="(frame|embed)\.js"/g,
    (tag, name) => `${tag} integrity="${sri(readFileSync(join(out, `${name}.js`)))}"`,
  ),
);

// Integrity: every file, with its SRI hash, for the snippet's integrity attribute and for self-hosters.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(out)
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      path: relative(out, path),
      bytes: bytes.length,
      integrity: sri(bytes),
    };
  });
// What the loader imports first for each widget, for the configurator's `<link rel="modulepreload">` lines, so that
// those files download beside the loader instead of one round trip after it. `plain`: an element without settings
// in a reviewed language (its first paint, `{lang}` in the path); `settings`: any other (integrity.js, which the
// loader checks them against, the chunk and every chunk it imports now or later, all checked before it imports the
// chunk; the loader also imports content/<lang>/<widget>.js, and overrides.js for a partner configuration).
const preload = Object.fromEntries([
  ...STATIC_WIDGETS.map((name) => [
    name,
    {
      plain: `first/{lang}/${name}.js`,
      settings: ["integrity.js", ...wakeFiles[name].wake, ...wakeFiles[name].dialog],
    },
  ]),
  ["quick-exit", { plain: "quick-exit.js", settings: ["quick-exit.js"] }],
]);
const manifest = {
  name: pkg.name,
  version,
  major,
  widgets: [...STATIC_WIDGETS, "quick-exit"],
  frameHeights,
  preload,
  files,
};
writeFileSync(join(cdn, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// The moving major-version URL (`/lantern/v1/embed.js`) serves the newest release of that major.
cpSync(out, join(cdn, major), { recursive: true });

// Cache and CORS headers: versioned files never change (cache a year, immutable); v1 moves (cache minutes).
// CORS lets partners add integrity= and crossorigin= to the script tag; nothing else is shared.
const headers = {
  versioned: "public, max-age=31536000, immutable",
  major: "public, max-age=600, stale-while-revalidate=86400",
};
// Written for a `lantern/` folder at the site's root, as SELF-HOSTING.md says: Netlify and Cloudflare Pages read
// `_headers` only at the publish root, so its paths must name the folder (the archive puts it beside lantern/).
const FOLDER = "/lantern";
const shared = `  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
  Cross-Origin-Resource-Policy: cross-origin`;
writeFileSync(
  join(cdn, "_headers"),
  `# Netlify and Cloudflare Pages: at your site's publish root, for Lantern's files in ${FOLDER}/
${FOLDER}/${version}/*
  Cache-Control: ${headers.versioned}
${shared}
${FOLDER}/${major}/*
  Cache-Control: ${headers.major}
${shared}
${FOLDER}/manifest.json
  Cache-Control: ${headers.major}
${shared}
`,
);
writeFileSync(
  join(cdn, ".htaccess"),
  `# Apache (mod_headers): place at the root of the lantern/ folder
<IfModule mod_headers.c>
  Header set Access-Control-Allow-Origin "*"
  Header set X-Content-Type-Options "nosniff"
  Header set Cross-Origin-Resource-Policy "cross-origin"
  <If "%{REQUEST_URI} =~ m#/${major}/#">
    Header set Cache-Control "${headers.major}"
  </If>
  <Else>
    Header set Cache-Control "${headers.versioned}"
  </Else>
</IfModule>
AddType text/javascript .js
`,
);
writeFileSync(
  join(cdn, "nginx.conf"),
  `# nginx: include inside the server block that serves the lantern/ folder
location ~ ^/lantern/${major}/ {
  add_header Cache-Control "${headers.major}" always;
  add_header Access-Control-Allow-Origin "*" always;
  add_header X-Content-Type-Options "nosniff" always;
  add_header Cross-Origin-Resource-Policy "cross-origin" always;
}
location ~ ^/lantern/\\d+\\.\\d+\\.\\d+/ {
  add_header Cache-Control "${headers.versioned}" always;
  add_header Access-Control-Allow-Origin "*" always;
  add_header X-Content-Type-Options "nosniff" always;
  add_header Cross-Origin-Resource-Policy "cross-origin" always;
}
`,
);

// The self-host archive, laid out as it goes on the partner's host: extracted at the publish root, it gives the
// lantern/ folder (the versioned files, the Apache and nginx files, the instructions) and, beside it, _headers.
cpSync(join(root, "SELF-HOSTING.md"), join(cdn, "SELF-HOSTING.md"));
const archive = join(root, "dist/archive");
for (const name of [version, major, "manifest.json", ".htaccess", "nginx.conf", "SELF-HOSTING.md"])
  cpSync(join(cdn, name), join(archive, "lantern", name), { recursive: true });
cpSync(join(cdn, "_headers"), join(archive, "_headers"));
execFileSync("tar", [
  "--sort=name",
  "--mtime=1970-01-01",
  "--owner=0",
  "--group=0",
  "--numeric-owner",
  "-czf",
  join(root, "dist", `lantern-${version}.tar.gz`),
  "-C",
  archive,
  "lantern",
  "_headers",
]);
rmSync(archive, { recursive: true });

const total = (path) => files.find((file) => file.path === path)?.bytes ?? 0;
console.log(
  `Lantern ${version}: ${files.length} files in dist/cdn/${version} (embed.js ${total("embed.js")} B)`,
);
