// Plain JavaScript, like chromium.js beside it: Vitest's and Playwright's config loaders hand it to Node 20 as is.

/**
 * The fonts every Lantern pixel, line-break and PDF check renders with, and nothing else: @fontsource packages at
 * exact versions (devDependencies of @lantern/testing, so pnpm-lock.yaml pins their bytes), shown to Chromium
 * through a fontconfig file of our own (`FONTCONFIG_FILE`) that names only them.
 *
 * Why: Chromium on Linux draws `system-ui`, `sans-serif`, `monospace` and every named family with whatever
 * fontconfig finds on the machine. Installing ImageMagick (fonts-noto-mono, fonts-urw-base35, fonts-liberation)
 * turned `monospace` into Noto Sans Mono and made three baselines fail; a Mac, another distribution or one more
 * package does the same. With this file, what the tests see is the same on every machine.
 *
 * Why convert: Chromium's FreeType does not open WOFF or WOFF2 from fontconfig (it draws nothing), and @fontsource
 * ships only those. WOFF (version 1) is an sfnt whose tables are each zlib-compressed, so Node's own zlib turns it
 * back into the TrueType font it was, byte for byte, with no new dependency (WOFF2 would need a glyf decoder).
 * The TTFs and the fontconfig file are written once per set of versions, under node_modules/.cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

/**
 * Every family the pages under test ask for, and the family fontconfig answers with. Widgets ask for
 * `system-ui, …, "Noto Sans", sans-serif` and `monospace` (the console list of bad settings); the print kits for
 * `"Liberation Sans", Arial, Helvetica`; the demo for `Georgia, serif`. Chromium on Linux resolves CSS `sans-serif`
 * to Arial and `serif` to Times New Roman, and accepts a metric-compatible font for those (Arimo, Tinos), as a stock
 * Debian does with Liberation. The scripts are those of the "help in your language" strip.
 */
export const PINNED_FONTS = [
  { package: "@fontsource/noto-sans", family: "Noto Sans", role: "sans-serif and system-ui" },
  { package: "@fontsource/dejavu-mono", family: "DejaVu Sans Mono", role: "monospace" },
  {
    package: "@fontsource/arimo",
    family: "Arimo",
    role: "Arial, Helvetica, Liberation Sans (metric-compatible)",
  },
  {
    package: "@fontsource/tinos",
    family: "Tinos",
    role: "serif: Times New Roman, Times, Liberation Serif (metric-compatible)",
  },
  { package: "@fontsource/noto-sans-arabic", family: "Noto Sans Arabic", role: "Arabic" },
  { package: "@fontsource/noto-nastaliq-urdu", family: "Noto Nastaliq Urdu", role: "Urdu" },
  { package: "@fontsource/noto-sans-devanagari", family: "Noto Sans Devanagari", role: "Hindi" },
  { package: "@fontsource/noto-sans-gurmukhi", family: "Noto Sans Gurmukhi", role: "Punjabi" },
  { package: "@fontsource/noto-sans-thai", family: "Noto Sans Thai", role: "Thai" },
  { package: "@fontsource/noto-sans-sc", family: "Noto Sans SC", role: "Chinese (Simplified)" },
  { package: "@fontsource/noto-sans-tc", family: "Noto Sans TC", role: "Chinese (Traditional)" },
  { package: "@fontsource/noto-sans-kr", family: "Noto Sans KR", role: "Korean" },
];

/**
 * The weights the CSS uses (400, 600 for headings and buttons, 700 for numbers and bold), upright, plus italic 400
 * and 700 where a family has them; other weights would only slow fontconfig's scan (the CJK families come in 100+
 * files per weight).
 */
const WANTED = /-(400|600|700)-normal\.woff$|-(400|700)-italic\.woff$/;

/** Families tried, in order, after the one asked for: the scripts, so any text falls back to a pinned font. */
const SCRIPT_FALLBACKS = PINNED_FONTS.slice(4).map((font) => font.family);

const here = dirname(fileURLToPath(import.meta.url));

/** A WOFF 1.0 file back to the TrueType/OpenType font it wraps (https://www.w3.org/TR/WOFF/). */
export function woffToSfnt(/** @type {Buffer} */ woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 file (signature is not wOFF)");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  // The sfnt offset table's binary-search fields, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const headerLength = 12 + numTables * 16;
  const padded = (/** @type {number} */ n) => (n + 3) & ~3;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.writeUInt32BE(table.tag, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

const xml = (/** @type {string} */ text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const families = (/** @type {string[]} */ names) =>
  names.map((name) => `<family>${xml(name)}</family>`).join("");
const alias = (/** @type {string[]} */ asked, /** @type {string[]} */ prefer) =>
  asked.map(
    (name) =>
      `  <alias binding="same"><family>${xml(name)}</family><prefer>${families(prefer)}</prefer></alias>`,
  );
/** A language (fontconfig's `lang`, from the element's `lang`) that must prefer its own family over the others. */
const forLang = (/** @type {string} */ lang, /** @type {string} */ family) =>
  `  <match target="pattern"><test name="lang" compare="contains"><string>${lang}</string></test>` +
  `<edit name="family" mode="prepend" binding="strong"><string>${xml(family)}</string></edit></match>`;

/** The fontconfig file: only the converted fonts, the families above, and one fixed way to rasterise them. */
function fontconfigFile(/** @type {string} */ fontDir) {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    "<!-- Written by @lantern/testing (src/fonts.js): no system font directory and no system configuration. -->",
    "<fontconfig>",
    `  <dir>${xml(fontDir)}</dir>`,
    `  <cachedir>${xml(join(fontDir, "..", "fontconfig-cache"))}</cachedir>`,
    // A request that names no generic family (Chromium's system-ui asks with none) gets sans-serif, as Debian's
    // 49-sansserif.conf does; without it fontconfig answers with whichever pinned font scores first (Nastaliq).
    '  <match target="pattern">',
    ...["sans-serif", "serif", "monospace"].map(
      (generic) => `    <test qual="all" name="family" compare="not_eq"><string>${generic}</string></test>`,
    ),
    '    <edit name="family" mode="append_last"><string>sans-serif</string></edit>',
    "  </match>",
    ...alias(["sans-serif", "sans", "system-ui"], ["Noto Sans", ...SCRIPT_FALLBACKS]),
    ...alias(["serif"], ["Tinos", ...SCRIPT_FALLBACKS]),
    ...alias(["monospace", "mono"], ["DejaVu Sans Mono", ...SCRIPT_FALLBACKS]),
    ...alias(["Arial", "Helvetica", "Liberation Sans"], ["Arimo"]),
    ...alias(["Times New Roman", "Times", "Liberation Serif"], ["Tinos"]),
    // Arabic script is shared by Arabic and Urdu; Han by Chinese (two forms) and, for some characters, Korean.
    forLang("ur", "Noto Nastaliq Urdu"),
    forLang("ar", "Noto Sans Arabic"),
    ...["zh-hant", "zh-tw", "zh-hk", "zh-mo"].map((lang) => forLang(lang, "Noto Sans TC")),
    ...["zh-hans", "zh-cn", "zh-sg"].map((lang) => forLang(lang, "Noto Sans SC")),
    forLang("ko", "Noto Sans KR"),
    // Greyscale anti-aliasing, no hinting, no subpixel order: the same pixels on every screen and machine
    // (Chromium is told the same by its flags in chromium.js).
    '  <match target="font">',
    '    <edit name="antialias" mode="assign"><bool>true</bool></edit>',
    '    <edit name="hinting" mode="assign"><bool>false</bool></edit>',
    '    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>',
    '    <edit name="autohint" mode="assign"><bool>false</bool></edit>',
    '    <edit name="rgba" mode="assign"><const>none</const></edit>',
    '    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>',
    '    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>',
    "  </match>",
    "</fontconfig>",
    "",
  ].join("\n");
}

/**
 * Converts the pinned fonts once (per set of versions) and returns the path of a fontconfig file naming only them:
 * pass it to Chromium as `FONTCONFIG_FILE`. Throws, naming the fix, when the packages are not installed: a test
 * must never fall back to the machine's fonts without saying so.
 */
export function pinnedFontconfig() {
  const sources = PINNED_FONTS.map((font) => {
    const manifest = resolvePackage(`${font.package}/package.json`);
    const { version } = JSON.parse(readFileSync(manifest, "utf8"));
    return { ...font, version, files: join(dirname(manifest), "files") };
  });
  const key = sources.map((source) => `${source.package}@${source.version}`).join(",");
  // Bump the suffix when the conversion or the fontconfig file changes, so old caches are not reused.
  const id = `${hash(key)}-5`;
  const root = join(here, "..", "node_modules", ".cache", "lantern-fonts");
  const dir = join(root, id);
  const conf = join(dir, "fonts.conf");
  if (existsSync(conf)) return conf;

  // Several suites may start at once (turbo runs three tasks): each builds in its own folder, and the first rename
  // wins; the others find the finished folder.
  const building = join(root, `${id}.${process.pid}.tmp`);
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, "ttf"), { recursive: true });
  for (const source of sources) {
    for (const name of readdirSync(source.files).filter((file) => WANTED.test(file))) {
      writeFileSync(
        join(building, "ttf", name.replace(/\.woff$/, ".ttf")),
        woffToSfnt(readFileSync(join(source.files, name))),
      );
    }
  }
  writeFileSync(join(building, "fonts.conf"), fontconfigFile(join(dir, "ttf")));
  writeFileSync(join(building, "fonts.txt"), `${key.split(",").join("\n")}\n`);
  try {
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(conf)) throw error;
  }
  return conf;
}

/**
 * Where a font package is: beside this file, or, when this file is inlined into another package's build (the print
 * CLI), through the @lantern/testing that the current package depends on (pnpm links each package's own
 * dependencies only).
 */
function resolvePackage(/** @type {string} */ name) {
  const origins = [import.meta.url];
  try {
    origins.push(createRequire(join(process.cwd(), "package.json")).resolve("@lantern/testing/package.json"));
  } catch {}
  for (const origin of origins) {
    try {
      return createRequire(origin).resolve(name);
    } catch {}
  }
  throw new Error(
    `${name.replace(/\/package\.json$/, "")} is not installed: the pinned test fonts come from @lantern/testing's devDependencies. Run pnpm install.`,
  );
}

/** A short, stable name for a set of versions (FNV-1a, 32 bits: a cache key, not a security boundary). */
function hash(/** @type {string} */ text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}
