import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect } from "vitest";
import { CONTENT_ROOT } from "./real-content.js";
import { test } from "./workspace.js";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
// A fixed --today: validate and report judge freshness on the real date otherwise, and these tests must not change
// verdict as the calendar moves (freshness.test.ts tests the policy itself).
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args, "--today", "2026-12-06"], { encoding: "utf8" });

// Each test starts Node processes; on a shared, busy CI machine that alone can pass the 5 s default. The limit only
// catches a hang: these tests assert what the commands print and write, never how fast.
describe("lantern-content", { timeout: 60_000 }, () => {
  test("validate exits 1 and prints file:line path: message for a broken tree", ({ workspace }) => {
    workspace.edit("locales/fr/signs.yaml", "    text: Quelqu", "    txt: Quelqu");
    const result = run("validate", "--content", workspace.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/locales/fr/signs.yaml:3 signs.speaks-for-them.txt: unknown field "txt": did you mean "text"?',
    );
    expect(result.stderr).toMatch(/\d+ errors, \d+ warnings: content not valid\.\n$/);
  });

  test("--strict turns warnings into failure", ({ workspace }) => {
    expect(run("validate", "--content", workspace.root).status).toBe(0);
    expect(run("validate", "--content", workspace.root, "--strict").status).toBe(1);
  });

  test("build writes a bundle per locale plus an index and the JSON Schemas, deterministically", () => {
    const out = mkdtempSync(join(tmpdir(), "lantern-build-"));
    const second = mkdtempSync(join(tmpdir(), "lantern-build-"));
    execFileSync(process.execPath, [CLI, "build", "--content", CONTENT_ROOT, "--out", out]);
    execFileSync(process.execPath, [CLI, "build", "--content", CONTENT_ROOT, "--out", second]);
    const files = readdirSync(join(out, "content"), { recursive: true, encoding: "utf8" }).sort();
    expect(files).toEqual([
      "drafts",
      "drafts/ar.d.ts",
      "drafts/ar.js",
      "drafts/ar.json",
      "en.d.ts",
      "en.js",
      "en.json",
      "fr.d.ts",
      "fr.js",
      "fr.json",
      "index.json",
      "lines.d.ts",
      "lines.js",
      "lines.json",
    ]);
    for (const file of files.filter((name) => name !== "drafts")) {
      expect(readFileSync(join(out, "content", file), "utf8")).toBe(
        readFileSync(join(second, "content", file), "utf8"),
      );
    }
    expect(readdirSync(join(out, "schema"))).toContain("partner-config.json");
    // The gate: a draft is imported only by naming drafts/, and its types say it is one and what it lacks.
    expect(readFileSync(join(out, "content/drafts/ar.d.ts"), "utf8")).toMatch(
      /A DRAFT translation \(0 strings reviewed, \d+ draft, \d+ missing, shown in English\): no fluent reviewer has signed it off/,
    );
    expect(JSON.parse(readFileSync(join(out, "content/index.json"), "utf8"))).toEqual([
      expect.objectContaining({ code: "en", status: "reviewed", fallback: 0, path: "en" }),
      expect.objectContaining({ code: "ar", status: "draft", dir: "rtl", path: "drafts/ar" }),
      expect.objectContaining({ code: "fr", status: "reviewed", fallback: 0 }),
    ]);
  });

  test("report prints counts, completeness and what to review; --json gives the same data", () => {
    const text = run("report", "--content", CONTENT_ROOT);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Lantern content report\n/);
    expect(text.stdout).toMatch(/ {2}fr {2}reviewed {2}ltr {2}100\.0%/);
    const json = JSON.parse(run("report", "--content", CONTENT_ROOT, "--json").stdout);
    expect(json.locales.map((l: { code: string }) => l.code)).toEqual(["en", "ar", "fr"]);
    expect(json.review.length).toBeGreaterThan(0);
    expect(json.errors).toBe(0);
  });

  test("report --sentences lists every sentence with the fact it rests on; --json carries them too", () => {
    const text = run("report", "--content", CONTENT_ROOT, "--sentences");
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Sentences in fr: \d+, \d+ resting on a fact, \d+ interface text$/m);
    expect(text.stdout).toContain(
      "  steps.stay-anonymous: To stay anonymous, you can give a tip to Crime Stoppers.\n      rests on step stay-anonymous (high; https://www.canada.ca/en/public-safety-canada/campaigns/human-trafficking/sts.html https://haltoncrimestoppers.ca/submit-a-tip/frequently-asked-questions)",
    );
    const json = JSON.parse(run("report", "--content", CONTENT_ROOT, "--json").stdout);
    const trace = json.sentences.find(
      (t: { locale: string; key: string }) => t.locale === "fr" && t.key === "contacts.crime-stoppers.use",
    );
    expect(trace.fact).toMatchObject({ ref: "contact crime-stoppers", contacts: ["crime-stoppers"] });
    // A reviewer sees the dated note as medium even though its contact is high.
    const note = json.sentences.find(
      (t: { locale: string; key: string }) =>
        t.locale === "en" && t.key === "contacts.hope-for-wellness.channels.phone",
    );
    expect(note.fact.confidence).toBe("medium");
  });

  test("wrong usage exits 2 with the usage text", () => {
    const result = run("publish");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "publish"');
  });
});
