/**
 * The chain of trust, as built: every module the loader or a first paint may import is pinned, by the loader itself
 * or by integrity.js (which the loader pins), with the hash of the bytes on disk; and what each module imports is
 * listed, so the loader checks a chunk's whole graph before importing it. The gauntlet (case 11) shows the browser
 * refusing altered files; this shows nothing was left out of the lists.
 */
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dynamicImports, read, staticClosure, VERSION_DIR } from "./files.js";

const sha256 = (file: string) => `sha256-${createHash("sha256").update(read(file)).digest("base64")}`;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(VERSION_DIR, path)];
  });
/** integrity.js as the loader reads it: `export default [hashes, imports]`. */
const [hashes, imports] = JSON.parse(
  read("integrity.js")
    .toString()
    .replace(/^export default /, "")
    .replace(/;\s*$/, ""),
) as [Record<string, string>, Record<string, string[]>];
/** The loader's own pins, as the build inlined them (`__PINS__`). */
const loaderPins = (() => {
  const source = read("embed.js").toString();
  const pins: Record<string, string> = {};
  for (const [, file, hash] of source.matchAll(/"([\w./-]+\.js)":"(sha256-[\w+/=]+)"/g))
    pins[file as string] = hash as string;
  return pins;
})();

describe("the chain of trust from the loader", () => {
  const modules = walk(VERSION_DIR).filter(
    (file) =>
      file.endsWith(".js") && !["embed.js", "frame.js"].includes(file) && !/^content\/[^/]+\.js$/.test(file),
  );

  it("pins every module with the SHA-256 of its bytes: first paints and quick exit in the loader, the rest in integrity.js", () => {
    expect(modules.length).toBeGreaterThan(30);
    for (const file of modules) {
      const inLoader = file === "quick-exit.js" || file.startsWith("first/") || file === "integrity.js";
      expect(inLoader ? loaderPins[file] : hashes[file], file).toBe(sha256(file));
    }
    expect(Object.keys(loaderPins).sort()).toEqual(
      modules
        .filter((file) => file === "quick-exit.js" || file.startsWith("first/") || file === "integrity.js")
        .sort(),
    );
  });

  it("lists, for each widget chunk, every file it imports now or later, so the whole graph is checked first", () => {
    for (const widget of ["warning-signs", "report-button", "help-directory"]) {
      const file = `widgets/${widget}.js`;
      const now = [...staticClosure(file)].filter((other) => other !== file);
      const later = dynamicImports(staticClosure(file)).flatMap((other) => [...staticClosure(other)]);
      expect(new Set(imports[file]), file).toEqual(new Set([...now, ...later]));
      expect(later.length, `${file}: the report dialog's chunk`).toBeGreaterThan(0);
    }
  });

  it("control: a file changed after the build no longer matches its pin", () => {
    const file = "widgets/warning-signs.js";
    const altered = `sha256-${createHash("sha256")
      .update(Buffer.concat([read(file), Buffer.from(";")]))
      .digest("base64")}`;
    expect(altered).not.toBe(hashes[file]);
  });
});
