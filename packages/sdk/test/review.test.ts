import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect } from "vitest";
import { compileBundle } from "../src/node/compile.js";
import { formatProblem, loadContent } from "../src/node/load.js";
import { contentReport } from "../src/node/report.js";
import { countStates, reviewStates, textHash } from "../src/node/strings.js";
import { CONTENT_ROOT, content } from "./real-content.js";
import { test } from "./workspace.js";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const states = (root: string, code: string) => {
  const loaded = loadContent(root);
  if (!loaded.content) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  return reviewStates(loaded.content, code);
};

/** A copy of the project's content/, to change one text in. */
function realCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), "lantern-review-")), "content");
  cpSync(CONTENT_ROOT, root, { recursive: true });
  return root;
}

describe("review that lasts", { timeout: 60_000 }, () => {
  test("a sign-off turns drafts into reviewed strings, and a change to the English turns one back", ({
    workspace,
  }) => {
    expect(countStates(states(workspace.root, "fr")).reviewed).toBe(0);
    const signed = run("review", "--content", workspace.root, "--lang", "fr", "--by", "A. Reviewer");
    expect(signed.stderr).toBe("");
    expect(signed.stdout).toMatch(/^Recorded 3 reviewed strings for fr/);
    const file = readFileSync(join(workspace.root, "locales/fr/reviews.yaml"), "utf8");
    expect(file).toContain("by: A. Reviewer");
    expect(file).toContain("signs.speaks-for-them.text: { en: ");
    expect(countStates(states(workspace.root, "fr"))).toMatchObject({ reviewed: 3, draft: 0 });

    workspace.edit("locales/en/signs.yaml", "speaks for them", "speaks or answers for them");
    const after = states(workspace.root, "fr");
    expect(after.get("signs.speaks-for-them.text")).toBe("draft");
    expect(after.get("ui.common.close")).toBe("reviewed");
  });

  test("a change to the translation after sign-off is a draft too", ({ workspace }) => {
    run("review", "--content", workspace.root, "--lang", "fr", "--by", "A. Reviewer", "ui.common.close");
    expect(states(workspace.root, "fr").get("ui.common.close")).toBe("reviewed");
    workspace.edit("locales/fr/ui.yaml", "close: Fermer", "close: Fermez");
    expect(states(workspace.root, "fr").get("ui.common.close")).toBe("draft");
  });

  test("review refuses an unknown key by name, and needs --by", ({ workspace }) => {
    const unknown = run("review", "--content", workspace.root, "--lang", "fr", "--by", "X", "ui.common.clse");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("ui.common.clse: no such string");
    const noName = run("review", "--content", workspace.root, "--lang", "fr");
    expect(noName.status).toBe(2);
    expect(noName.stderr).toContain("review needs --by NAME");
  });

  test("a record naming a string that does not exist is an error with its line", ({ workspace }) => {
    workspace.write(
      "locales/fr/reviews.yaml",
      `reviews:\n  - by: X\n    date: "2026-12-01"\n    strings:\n      ui.common.clse: { en: ${textHash("Close")}, text: ${textHash("Fermer")} }\n`,
    );
    expect(workspace.load().errors).toEqual([
      'content/locales/fr/reviews.yaml:5 reviews.0.strings.ui.common.clse: no such string: keys are paths of English texts (did you mean "ui.common.close"?)',
    ]);
  });

  test("French, reviewed as a whole before per-string records, is carried over as reviewed and says so", () => {
    const file = readFileSync(join(CONTENT_ROOT, "locales/fr/reviews.yaml"), "utf8");
    expect(file).toContain("no new review");
    // Every French text is there; most carried over as reviewed. Drafts: the draft notice, added after, and every
    // text whose English or French changed since (issue 24's and 27's edits), until a fluent reviewer signs them off.
    const fr = countStates(reviewStates(content, "fr"));
    const all = countStates(reviewStates(content, "en")).reviewed;
    expect(fr.missing).toBe(0);
    expect(fr.reviewed + fr.draft).toBe(all);
    expect(fr.reviewed).toBeGreaterThan(all * 0.8);
    expect(reviewStates(content, "fr").get("ui.draft.notice")).toBe("draft");
  });

  test("when the English of a reviewed locale changes, validate warns for that string and counts it draft", () => {
    const root = realCopy();
    const path = join(root, "locales/en/steps.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("Be patient.", "Be patient with them."));
    const result = run("validate", "--content", root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "content/locales/fr/steps.yaml:17 steps.leaving-takes-time.text: draft: the English or this translation changed since it was reviewed: have a fluent reviewer check it, then run lantern-content review --lang fr --by NAME steps.leaving-takes-time.text",
    );
    const before = countStates(reviewStates(content, "fr"));
    expect(result.stdout).toContain(
      `fr: ${before.reviewed - 1} reviewed, ${before.draft + 1} draft, 0 missing`,
    );
    expect(run("validate", "--content", root, "--strict").status).toBe(1);
  });

  test("the report and every bundle state each language's reviewed, draft and missing counts", () => {
    const report = contentReport(content, []);
    const ar = report.locales.find((locale) => locale.code === "ar");
    expect(ar?.review.reviewed).toBe(0);
    const all = countStates(reviewStates(content, "en")).reviewed;
    expect((ar?.review.draft ?? 0) + (ar?.review.missing ?? 0)).toBe(all);
    expect(compileBundle(content, "ar").review).toEqual(ar?.review);
    const fr = countStates(reviewStates(content, "fr"));
    expect(compileBundle(content, "fr").review).toEqual(fr);
    const printed = run("report", "--content", CONTENT_ROOT).stdout;
    expect(printed).toContain(`strings: ${fr.reviewed} reviewed, ${fr.draft} draft, 0 missing`);
  });
});
