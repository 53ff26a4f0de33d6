import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { countStates, reviewStates } from "../src/node/strings.js";
import { CONTENT_ROOT, content } from "./real-content.js";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

function realCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), "lantern-translation-")), "content");
  cpSync(CONTENT_ROOT, root, { recursive: true });
  return root;
}
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));

describe("export and import for translators", { timeout: 60_000 }, () => {
  for (const [format, ext] of [
    ["xliff", "xlf"],
    ["po", "po"],
  ] as const) {
    test(`French exported as ${format} and imported back changes nothing`, () => {
      const root = realCopy();
      const before = snapshot(join(root, "locales/fr"));
      const file = join(mkdtempSync(join(tmpdir(), "lantern-export-")), `fr.${ext}`);
      const exported = run("export", "--content", root, "--lang", "fr", "--format", format, "--out", file);
      expect(exported.status).toBe(0);
      const text = readFileSync(file, "utf8");
      // Context travels with each string: where it shows, its limit, its placeholders.
      expect(text).toContain("ui.common.call");
      expect(text).toContain("Keep {number} exactly as written");
      expect(text).toContain("At most 600 characters");
      const imported = run("import", "--content", root, "--lang", "fr", file);
      expect(imported.stderr).toBe("");
      expect(imported.stdout).toMatch(/^Imported 0 changed strings/);
      expect(snapshot(join(root, "locales/fr"))).toEqual(before);
    });
  }

  test("an imported change is written, and is a draft until a reviewer signs it off", () => {
    const root = realCopy();
    const file = join(mkdtempSync(join(tmpdir(), "lantern-export-")), "fr.po");
    run("export", "--content", root, "--lang", "fr", "--format", "po", "--out", file);
    writeFileSync(file, readFileSync(file, "utf8").replace('msgstr "Fermer"', 'msgstr "Fermer la fenêtre"'));
    expect(run("import", "--content", root, "--lang", "fr", file).stdout).toMatch(
      /^Imported 1 changed strings/,
    );
    expect(readFileSync(join(root, "locales/fr/ui.yaml"), "utf8")).toContain('close: "Fermer la fenêtre"');
    const before = countStates(reviewStates(content, "fr"));
    expect(run("validate", "--content", root).stdout).toContain(
      `fr: ${before.reviewed - 1} reviewed, ${before.draft + 1} draft, 0 missing`,
    );
  });

  test("import refuses a changed number, a URL or a placeholder, naming the string and the fix, and writes nothing", () => {
    const root = realCopy();
    const before = snapshot(join(root, "locales/fr"));
    const file = join(mkdtempSync(join(tmpdir(), "lantern-export-")), "fr.xlf");
    run("export", "--content", root, "--lang", "fr", "--format", "xliff", "--out", file);
    const text = readFileSync(file, "utf8")
      .replace("interprètes dans plus de 200 langues", "interprètes dans plus de 300 langues")
      .replace("<target>Appeler le {number}</target>", "<target>Appeler le 1-833-900-1010</target>")
      .replace("<target>Fermer</target>", "<target>Fermer (https://example.org)</target>");
    writeFileSync(file, text);
    const result = run("import", "--content", root, "--lang", "fr", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "contacts.ca-human-trafficking-hotline.channels.phone: the translation adds 300 and drops 200 (numbers); write the same numbers as the English",
    );
    expect(result.stderr).toContain(
      "ui.common.call: the translation drops {number} (placeholders); keep exactly {number}, as in the English",
    );
    expect(result.stderr).toContain(
      "ui.common.close: the translation adds https://example.org (web addresses); web addresses come from the contact list",
    );
    expect(result.stderr).toContain("3 strings refused: nothing imported.");
    expect(snapshot(join(root, "locales/fr"))).toEqual(before);
  });
});
