/**
 * "Help in your language": the lines in content/lines/ say what the English line says and nothing more, each is a
 * draft until a fluent reviewer signs it off, and the compiled lines give renderers the number as its own part.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compiledLines } from "../src/node/build.js";
import { lineReviewStates } from "../src/node/lines.js";
import { formatProblem, loadContent } from "../src/node/load.js";
import { CONTENT_ROOT, content } from "./real-content.js";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

/** A copy of the project's content/ with `from` replaced by `to` in lines/lines.yaml. */
function withLines(from: string, to: string): string {
  const root = join(mkdtempSync(join(tmpdir(), "lantern-lines-")), "content");
  cpSync(CONTENT_ROOT, root, { recursive: true });
  const path = join(root, "lines/lines.yaml");
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`lines.yaml does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
  return root;
}
const errorsOf = (root: string) =>
  loadContent(root)
    .problems.filter((problem) => problem.severity === "error")
    .map(formatProblem);

/** The languages the issue and FACTS.md ("Languages people at risk read") name, at the least. */
const REQUIRED = ["es", "tl", "pa", "zh-Hans", "zh-Hant", "ar", "hi", "ur", "pt", "th", "ko"];

describe("the lines as shipped", () => {
  const lines = compiledLines(content);

  it("cover every language the campaign's first groups read, each named in its own script", () => {
    expect(lines?.lines.map((line) => line.lang)).toEqual(expect.arrayContaining(REQUIRED));
    const names = Object.fromEntries(lines?.lines.map((line) => [line.lang, line.name]) ?? []);
    expect(names).toMatchObject({
      es: "Español",
      pa: "ਪੰਜਾਬੀ",
      "zh-Hans": "简体中文",
      ar: "العربية",
      ko: "한국어",
    });
    // Own script: every non-Latin language's name has no Latin letter.
    for (const code of ["pa", "zh-Hans", "zh-Hant", "ar", "hi", "ur", "th", "ko"])
      expect(names[code], code).not.toMatch(/[A-Za-z]/);
  });

  it("route to the hotline's phone number as its own part, with the English line's figures as digits", () => {
    expect(lines?.phone).toEqual({
      value: "1-833-900-1010",
      display: "1-833-900-1010",
      href: "tel:+18339001010",
    });
    for (const line of lines?.lines ?? []) {
      expect(
        line.parts.filter((part) => "phone" in part),
        line.lang,
      ).toHaveLength(1);
      const digits = line.parts.flatMap((part) => ("digits" in part ? part.digits.split("/") : [])).sort();
      expect(digits, line.lang).toEqual(["24", "7"]);
      // The words carry no number of their own.
      for (const part of line.parts) if ("text" in part) expect(part.text, line.lang).not.toMatch(/\d/);
    }
  });

  it("are right to left exactly where the script is, and all drafts, each with its mark in two languages", () => {
    const rtl = lines?.lines.filter((line) => line.dir === "rtl").map((line) => line.lang);
    expect(rtl).toEqual(["ar", "ur"]);
    expect(lines?.review).toEqual({ reviewed: 0, draft: lines?.lines.length });
    for (const line of lines?.lines ?? []) {
      expect(line.status).toBe("draft");
      expect(line.draft?.en).toBe("Draft translation");
      expect(line.draft?.text, line.lang).not.toBe("");
    }
  });
});

describe("what validate refuses in a line", () => {
  it("a changed or added figure, named with its file, line and fix", () => {
    const root = withLines("24/7. Un intérprete", "24/7, 365 días. Un intérprete");
    expect(errorsOf(root)).toEqual([
      expect.stringMatching(
        /^content\/lines\/lines\.yaml:\d+ lines\.es\.text: must keep the English line's figures \(24, 7\) as digits, and add none/,
      ),
    ]);
  });

  it("a number of its own in place of {number}", () => {
    const root = withLines("Llame gratis al {number}", "Llame gratis al 1-833-900-1010");
    const errors = errorsOf(root);
    expect(errors.join("\n")).toContain(
      "lines.es.text: phone numbers, short codes and web addresses live only in facts/contacts.yaml: use {number}",
    );
    expect(errors.join("\n")).toContain("lines.es.text: must use the English line's placeholders: {number}");
  });

  it("a right-to-left text marked ltr", () => {
    const root = withLines('name: "اردو"\n    dir: rtl', 'name: "اردو"\n    dir: ltr');
    expect(errorsOf(root)).toEqual([
      expect.stringMatching(/lines\.ur\.dir: the text is in a right-to-left script: set dir: rtl$/),
    ]);
  });

  it("an English line that promises what the canonical list does not say of the hotline's phone", () => {
    const root = withLines(
      "An interpreter can join your call.",
      "An interpreter can join your call. It is anonymous.",
    );
    expect(errorsOf(root).join("\n")).toContain(
      'english.text: promises "anonymous", which the canonical list does not say of ca-human-trafficking-hotline\'s phone',
    );
  });
});

describe("review of a line", { timeout: 60_000 }, () => {
  it("a sign-off makes one line reviewed; a change to the English makes it a draft again", () => {
    const root = withLines("", "");
    const signed = run("review", "--content", root, "--lang", "es", "--by", "A. Reviewer");
    expect(signed.stderr).toBe("");
    expect(signed.stdout).toMatch(/^Recorded 1 reviewed strings for es in lines\/reviews\.yaml/);
    const load = () => {
      const loaded = loadContent(root);
      if (!loaded.content?.lines) throw new Error(loaded.problems.map(formatProblem).join("\n"));
      return loaded.content;
    };
    expect(lineReviewStates(load().lines as never).get("es")).toBe("reviewed");
    expect(lineReviewStates(load().lines as never).get("pt")).toBe("draft");
    const compiled = compiledLines(load());
    expect(compiled?.lines.find((line) => line.lang === "es")).not.toHaveProperty("draft");
    expect(compiled?.review.reviewed).toBe(1);

    const path = join(root, "lines/lines.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("can join your call", "can join the call"));
    expect(lineReviewStates(load().lines as never).get("es")).toBe("draft");
    expect(compiledLines(load())?.lines.find((line) => line.lang === "es")?.draft?.en).toBe(
      "Draft translation",
    );
  });

  it("validate and the report count the lines' states", () => {
    const validate = run("validate", "--content", CONTENT_ROOT);
    expect(validate.stdout).toContain("help-in-your-language lines: 0 reviewed, 11 draft (es, tl, pa,");
    const report = run("report", "--content", CONTENT_ROOT).stdout;
    expect(report).toContain("Help in your language: 11 lines, 0 reviewed");
    expect(report).toMatch(/ {2}zh-Hant draft {5}繁體中文/);
  });
});
