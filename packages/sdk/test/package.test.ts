/**
 * The package as published: every entry in the exports map resolves in plain Node (no bundler, no path mapping),
 * and the browser entry stays small and free of any validation library.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Run an ES module snippet in a fresh Node process inside the package, so imports use its exports map. */
function node(script: string): unknown {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: PACKAGE_DIR,
    encoding: "utf8",
  });
  return JSON.parse(out);
}

async function browserBytes(entry: string) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../dist/${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    text: new TextDecoder().decode(code),
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// These start Node processes and esbuild; on a shared, busy CI machine that alone can pass the 5 s default. The
// limit only catches a hang: the tests assert what resolves and how many bytes, never how fast.
describe("@lantern/sdk as published", { timeout: 60_000 }, () => {
  it("resolves every export in plain Node", () => {
    const result = node(`
      import * as sdk from "@lantern/sdk";
      import fr from "@lantern/sdk/content/fr";
      import { parsePartnerContacts } from "@lantern/sdk/overrides";
      import { loadContent } from "@lantern/sdk/node";
      import { createRequire } from "node:module";
      const require = createRequire(import.meta.url);
      const en = require("@lantern/sdk/content/en.json");
      const pkg = require("@lantern/sdk/package.json");
      const schema = require("@lantern/sdk/schema/partner-config.json");
      console.log(JSON.stringify({
        first: sdk.contacts(fr)[0].id,
        fr: fr.locale.code,
        en: en.locale.code,
        overrides: typeof parsePartnerContacts,
        node: typeof loadContent,
        name: pkg.name,
        schema: Object.keys(schema.properties),
      }));
    `);
    expect(result).toEqual({
      first: "emergency-911",
      fr: "fr",
      en: "en",
      overrides: "function",
      node: "function",
      name: "@lantern/sdk",
      schema: ["contacts", "theme"],
    });
  });

  // 2 KB until groups and myths took audiences that reorder and add (leadsFor, isOpenGroup: issue 24) and the
  // freshness policy came to run in the browser too (issue 27): 2,153 B with both.
  it("keeps zod out of the browser entry, which stays under 2.15 KB brotli", async () => {
    const { text, brotli } = await browserBytes("index.js");
    expect(/\$ZodType|ZodError|zod/.test(text)).toBe(false);
    expect(brotli).toBeLessThanOrEqual(2.15 * 1024);
  });

  it("validates overrides with zod/mini only: no classic zod, nothing that probes new Function", async () => {
    const { text, brotli } = await browserBytes("overrides.js");
    expect(/new Function|Function\(\s*["'`]/.test(text)).toBe(false);
    // Classic zod's schema classes are ZodString, ZodObject…; zod/mini's are ZodMiniString, ZodMiniObject…
    expect(/"ZodString"|"ZodObject"/.test(text)).toBe(false);
    expect(brotli).toBeLessThanOrEqual(10 * 1024);
  });
});
