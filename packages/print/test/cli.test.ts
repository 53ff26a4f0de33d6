/**
 * The README's commands, as a partner runs them: `lantern-print` from the built package, writing a real PDF, and
 * refusing a wrong choice or a draft language with the fix.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import en from "@lantern/sdk/content/en";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lantern-print-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

describe("lantern-print", () => {
  it("writes the README's French hotel poster on A4 as a tagged PDF", () => {
    const out = join(dir, "poster.pdf");
    const result = run(
      "--kit",
      "poster",
      "--audience",
      "hotel",
      "--lang",
      "fr",
      "--paper",
      "a4",
      "--out",
      out,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    expect(info).toMatch(/^Title:\s+Signes d’alerte de la traite des personnes – Hôtellerie/m);
  });

  it("stops on a wrong choice with its fix, and writes nothing", () => {
    const result = run("--kit", "postr", "--out", join(dir, "x.pdf"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('lantern-print: --kit: "postr" is not known: did you mean "poster"?');
  });

  it("takes the print day from --today: a malformed one stops with its fix, a far one marks the hotline", () => {
    const bad = run("--kit", "poster", "--today", "2027-02-30", "--out", join(dir, "x.pdf"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'lantern-print: --today: "2027-02-30" is not a day: write the print day as YYYY-MM-DD, such as ',
    );
    const out = join(dir, "stale.html");
    const stale = run("--kit", "poster", "--today", "2030-01-01", "--html", "--out", out);
    expect(stale.status).toBe(0);
    const note = en.ui["freshness.staleContact"].replace("{date}", en.dates["2026-11-28"] ?? "?");
    expect(readFileSync(out, "utf8")).toContain(note);
  });

  it("prints a draft language only with --allow-draft", () => {
    const result = run("--kit", "card", "--lang", "ar", "--out", join(dir, "ar.pdf"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('lang: "ar" is a draft: add --allow-draft to print it');
  });
});
