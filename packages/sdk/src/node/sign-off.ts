/**
 * Recording a reviewer's sign-off: `lantern-content review --lang fr --by "Name" [KEY…]` appends one entry to
 * `locales/<lang>/reviews.yaml` that pins each signed string to hashes of its English text and its translation.
 * Nothing else ever writes a review: the build reads them, and a changed text falls back to draft on its own.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { FALLBACK_LOCALE } from "../vocabulary.js";
import { type LinesContent, lineReviewStates } from "./lines.js";
import type { Content } from "./load.js";
import { reviewHashes, reviewStates, translationUnits } from "./strings.js";

export interface SignOff {
  code: string;
  /** The reviewer's name (or role), as it should stay on record. */
  by: string;
  /** `YYYY-MM-DD`; today (UTC) by default. */
  date?: string;
  note?: string;
  /** The strings signed off; every current draft when empty. */
  keys?: readonly string[];
}

/** What a sign-off would record, checked against the tree: an unknown or untranslated key is refused by name. */
export function signOffEntry(content: Content, request: SignOff) {
  if (request.code === FALLBACK_LOCALE)
    throw new Error("English is the source text: there is nothing to review");
  const isLine = !content.locales.has(request.code) && Boolean(content.lines?.file.lines[request.code]);
  if (!content.locales.has(request.code) && !isLine)
    throw new Error(`no locale or "help in your language" line "${request.code}" in this content tree`);
  // A line is one string, keyed by its language: signing it off takes no keys.
  const units = new Map<string, { source: string; target?: string | undefined }>(
    isLine && content.lines
      ? [[request.code, lineUnit(content.lines, request.code)] as const]
      : translationUnits(content, request.code).map((unit) => [unit.key, unit] as const),
  );
  const states =
    isLine && content.lines ? lineReviewStates(content.lines) : reviewStates(content, request.code);
  const keys = request.keys?.length
    ? request.keys
    : [...states].filter(([key, state]) => state === "draft" && units.has(key)).map(([key]) => key);
  const strings: Record<string, { en: string; text: string }> = {};
  for (const key of keys) {
    const unit = units.get(key);
    if (!unit)
      throw new Error(`${key}: no such string (keys are paths of English texts, like ui.common.call)`);
    if (unit.target === undefined)
      throw new Error(`${key}: not translated yet: import or write the translation first`);
    strings[key] = reviewHashes({ source: unit.source, target: unit.target });
  }
  return {
    by: request.by,
    date: request.date ?? new Date().toISOString().slice(0, 10),
    ...(request.note ? { note: request.note } : {}),
    strings,
  };
}

const NEW_FILE = `# Review records: written by \`lantern-content review\`, read by the build. Do not edit by hand.
# Each string is pinned to hashes of the English text and of this translation as they were when a fluent reviewer
# signed it off; if either changes, the string is a draft again until someone signs it off anew.
reviews: []
`;

/** The line of `code` as a translation unit: its English and its text. */
function lineUnit(lines: LinesContent, code: string) {
  return { key: code, source: lines.file.english.text, target: lines.file.lines[code]?.text };
}

/** Where the sign-offs of `code` are kept, from the content folder: a locale's folder, or `lines/` for a line. */
export function reviewsFileOf(content: Content, code: string): string {
  return content.locales.has(code) ? join("locales", code, "reviews.yaml") : join("lines", "reviews.yaml");
}

/**
 * Append the sign-off to the reviews file of `request.code` (`reviewsFileOf`), keeping what the file already says.
 * Returns how many strings (or lines) it records.
 */
export function recordSignOff(root: string, content: Content, request: SignOff): number {
  const entry = signOffEntry(content, request);
  const count = Object.keys(entry.strings).length;
  if (!count) return 0;
  const path = join(root, reviewsFileOf(content, request.code));
  const doc = parseDocument(existsSync(path) ? readFileSync(path, "utf8") : NEW_FILE);
  const node = doc.createNode(entry);
  // One string per line, key and hashes on it: a diff shows exactly which strings a review covered.
  const strings = isMap(node) ? node.get("strings", true) : undefined;
  if (isMap(strings)) {
    for (const pair of strings.items) if (isMap(pair.value)) pair.value.flow = true;
  }
  doc.addIn(["reviews"], node);
  const reviews = doc.get("reviews", true);
  if (isSeq(reviews)) reviews.flow = false;
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  return count;
}
