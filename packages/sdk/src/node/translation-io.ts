/**
 * What export and import share, whatever the format: the strings a translator sees, the note that travels with each
 * (where it shows, its length limit, its placeholders), and the checks an imported translation must pass before it is
 * written to `content/locales/<lang>/`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { LocaleFileName } from "../schema.js";
import type { Content } from "./load.js";
import {
  placeholdersOf,
  type ReviewState,
  reviewStates,
  type TranslationUnit,
  translationUnits,
} from "./strings.js";

export interface ExportUnit extends TranslationUnit {
  state: ReviewState;
  /** One note for translators: where it shows, the limit, the placeholders, and what must not change. */
  note: string;
}

/** The strings of `code` for a translator, each with its note and review state. */
export function exportUnits(content: Content, code: string): ExportUnit[] {
  const states = reviewStates(content, code);
  return translationUnits(content, code).map((unit) => ({
    ...unit,
    state: states.get(unit.key) ?? "missing",
    note: [
      `Where: ${unit.context}.`,
      `At most ${unit.maxLength} characters.`,
      unit.placeholders.length
        ? `Keep ${unit.placeholders.join(", ")} exactly as written: the widget puts the value there.`
        : "No placeholders.",
      "Do not add or change numbers or web addresses: they come from the contact list.",
    ].join(" "),
  }));
}

/** One imported translation: the key it claims and its text. */
export interface ImportedText {
  key: string;
  target: string;
}

// A closing bracket or full stop after an address is the sentence's, not the address's.
const URLS = /\b(?:https?:\/\/|www\.)\S+?(?=[).,;:!?»]*(?:\s|$))|\b[\w.+-]+@[\w-]+\.\w[\w.-]*\w/g;
/** Digit runs: `1-833-900-1010` → 1, 833, 900, 1010; `2,3` and `2.3` alike. */
const NUMBERS = /\d+/g;
const distinct = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Why `target` may not replace the translation of `unit`, or nothing: a translation keeps the English's numbers, web
 * addresses and placeholders (it may repeat them, as « 24 h sur 24, 7 jours sur 7 » does 24/7) and adds none.
 */
export function importProblem(unit: TranslationUnit, target: string): string | undefined {
  const compare = (kind: string, fix: string, source: string[], translated: string[]) => {
    const added = translated.filter((value) => !source.includes(value));
    const dropped = source.filter((value) => !translated.includes(value));
    if (!added.length && !dropped.length) return undefined;
    const parts = [
      added.length ? `adds ${added.join(", ")}` : "",
      dropped.length ? `drops ${dropped.join(", ")}` : "",
    ].filter(Boolean);
    return `${unit.key}: the translation ${parts.join(" and ")} (${kind}); ${fix}`;
  };
  return (
    compare(
      "placeholders",
      `keep exactly ${unit.placeholders.join(", ") || "none"}, as in the English`,
      distinct(placeholdersOf(unit.source)),
      distinct(placeholdersOf(target)),
    ) ??
    compare(
      "web addresses",
      "web addresses come from the contact list: leave them out of the translation, as the English does",
      distinct(unit.source.match(URLS) ?? []),
      distinct(target.match(URLS) ?? []),
    ) ??
    compare(
      "numbers",
      `write the same numbers as the English ("${unit.source}"), as digits`,
      distinct(unit.source.replace(/\{\w+\}/g, "").match(NUMBERS) ?? []),
      distinct(target.replace(/\{\w+\}/g, "").match(NUMBERS) ?? []),
    )
  );
}

export interface ImportResult {
  /** Strings whose translation changed (or was added). */
  changed: string[];
  /** Every refusal, naming the string and the fix; nothing is written when there is one. */
  problems: string[];
}

/**
 * Write `texts` into the locale's YAML files. All or nothing: a single refused string writes no file. A string whose
 * text is unchanged is not touched, so a round trip leaves the files byte for byte as they were.
 */
export function applyImport(
  root: string,
  content: Content,
  code: string,
  texts: readonly ImportedText[],
): ImportResult {
  const units = new Map(translationUnits(content, code).map((unit) => [unit.key, unit]));
  const problems: string[] = [];
  const byFile = new Map<LocaleFileName, { unit: TranslationUnit; target: string }[]>();
  for (const { key, target } of texts) {
    const unit = units.get(key);
    if (!unit) {
      problems.push(`${key}: no such string in English: export again to get the current keys`);
      continue;
    }
    // An empty target is an untranslated string: it removes nothing.
    if (!target || target === unit.target) continue;
    const problem = importProblem(unit, target);
    if (problem) problems.push(problem);
    else byFile.set(unit.file, [...(byFile.get(unit.file) ?? []), { unit, target }]);
  }
  if (problems.length) return { changed: [], problems };
  const changed: string[] = [];
  for (const [file, edits] of byFile) {
    const path = join(root, "locales", code, file);
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch {
      // A draft may not have this file yet: it starts empty.
    }
    const doc = parseDocument(text || "{}\n");
    for (const { unit, target } of edits) {
      doc.setIn(unit.path, target);
      changed.push(unit.key);
    }
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
  }
  return { changed, problems };
}
