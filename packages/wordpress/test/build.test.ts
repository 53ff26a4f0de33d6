/**
 * The plugin as shipped: what lantern.zip holds, that its SRI hash is that of the file it serves, that WordPress reads
 * the version it should, that readme.txt has the plugin directory's sections, and that every PHP file parses.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const plugin = join(root, "dist/lantern");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const build = JSON.parse(readFileSync(join(plugin, "data/build.json"), "utf8"));
const require = createRequire(import.meta.url);
const embedManifest = JSON.parse(readFileSync(require.resolve("@lantern/embed/manifest.json"), "utf8")) as {
  files: { path: string }[];
};

/** The entries of a zip, read from its central directory: name → contents. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra;
  }
  return entries;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("lantern.zip", () => {
  const entries = unzip(readFileSync(join(root, "dist/lantern.zip")));

  it("holds the plugin folder exactly, under lantern/", () => {
    const expected = files(plugin).map((path) => `lantern/${relative(plugin, path)}`);
    expect([...entries.keys()].sort()).toEqual(expected.sort());
    for (const name of expected) {
      expect(entries.get(name)?.equals(readFileSync(join(plugin, name.slice("lantern/".length)))), name).toBe(
        true,
      );
    }
  });

  it("has a block for every widget, the embed's files, the admin scripts and the French translations", () => {
    for (const widget of build.widgets)
      expect(entries.has(`lantern/blocks/${widget}/block.json`), widget).toBe(true);
    for (const file of [
      "lantern.php",
      "uninstall.php",
      "readme.txt",
      "embed/embed.js",
      "embed/reserve.css",
      "embed/overrides.js",
      "assets/editor.js",
      "assets/admin.js",
      "languages/lantern.pot",
      "languages/lantern-fr_CA.mo",
      "languages/lantern-fr_FR.mo",
    ]) {
      expect(entries.has(`lantern/${file}`), file).toBe(true);
    }
  });

  it("ships only the embed files a page loads: not the iframe page, the no-script pages or the build records", () => {
    const embed = [...entries.keys()]
      .filter((name) => name.startsWith("lantern/embed/"))
      .map((name) => name.slice("lantern/embed/".length));
    // frame.html on the site would take a configuration from its address (issue 28); the plugin never frames.
    const unused = (path: string) =>
      ["frame.html", "frame.js", "manifest.json", "reserve.json"].includes(path) ||
      path.startsWith("static/");
    expect(embed.filter(unused)).toEqual([]);
    // Everything else the embed's build lists is embed.js, what it imports, and reserve.css (enqueued): all of it ships.
    const used = embedManifest.files.map((file) => file.path).filter((path) => !unused(path));
    expect(used.length).toBeGreaterThan(20);
    expect(embed.sort()).toEqual(used.sort());
  });
});

describe("the plugin folder", () => {
  it("pins embed.js with the SRI hash of the file it serves", () => {
    const digest = createHash("sha384")
      .update(readFileSync(join(plugin, "embed/embed.js")))
      .digest("base64");
    expect(build.integrity).toBe(`sha384-${digest}`);
  });

  it("carries package.json's version where WordPress reads it", () => {
    expect(readFileSync(join(plugin, "lantern.php"), "utf8")).toMatch(
      new RegExp(`^ \\* Version:\\s+${pkg.version.replace(/\./g, "\\.")}$`, "m"),
    );
    expect(readFileSync(join(plugin, "readme.txt"), "utf8")).toMatch(
      new RegExp(`^Stable tag: ${pkg.version.replace(/\./g, "\\.")}$`, "m"),
    );
  });

  it("has a readme.txt in the plugin directory's format", () => {
    const readme = readFileSync(join(plugin, "readme.txt"), "utf8");
    expect(readme.split("\n")[0]).toBe("=== Lantern ===");
    for (const header of [
      "Contributors",
      "Tags",
      "Requires at least",
      "Tested up to",
      "Requires PHP",
      "License",
    ]) {
      expect(readme, header).toMatch(new RegExp(`^${header}: \\S`, "m"));
    }
    for (const section of ["Description", "Installation", "Frequently Asked Questions", "Changelog"]) {
      expect(readme, section).toContain(`\n== ${section} ==\n`);
    }
    // The header's minimums agree with the plugin file's.
    const php = readFileSync(join(plugin, "lantern.php"), "utf8");
    for (const header of ["Requires at least", "Requires PHP"]) {
      expect(php.match(new RegExp(`${header}:\\s+(\\S+)`))?.[1]).toBe(
        readme.match(new RegExp(`${header}: (\\S+)`))?.[1],
      );
    }
  });

  it("serves a reserve for every variant the blocks and the shortcode offer, and the default's excludes the others", () => {
    // Every selector a rule names (reserve.css is minified: rules are `a,b{…}`, media queries wrap rules).
    const selectors = new Set(
      readFileSync(join(plugin, "embed/reserve.css"), "utf8")
        .split(/[{}]/)
        .flatMap((chunk) => chunk.split(",")),
    );
    const offered = Object.entries(build.variants as Record<string, string[]>).filter(
      ([, variants]) => variants.length > 1,
    );
    expect(offered.map(([widget]) => widget)).toContain("help-directory");
    for (const [widget, [, ...others]] of offered) {
      const exclusions = others.map((variant) => `:not([variant="${variant}"])`).join("");
      expect(selectors.has(`lantern-${widget}${exclusions}`), widget).toBe(true);
      for (const variant of others)
        expect(selectors.has(`lantern-${widget}[variant="${variant}"]`), variant).toBe(true);
    }
  });

  it("has PHP that parses", () => {
    for (const file of files(plugin).filter((path) => path.endsWith(".php"))) {
      let result: string;
      try {
        result = execFileSync("php", ["-l", file], { encoding: "utf8" });
      } catch (error) {
        throw new Error(`php -l ${file} failed (no PHP? apt-get install -y php-cli): ${error}`);
      }
      expect(result, file).toContain("No syntax errors");
    }
  });
});
