/**
 * Recording a reviewer's sign-off: `lantern-content review --lang fr --by "Name" [KEY…]` appends one entry to
 * `locales/<lang>/reviews.yaml` that pins each signed string to hashes of its English text and its translation.
 * Nothing else ever writes a review: the build reads them, and a changed text falls back to draft on its own.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { FALLBACK_LOCALE } from "../vocabulary.js";
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
  if (!content.locales.has(request.code)) throw new Error(`no locale "${request.code}" in this content tree`);
  const units = new Map(translationUnits(content, request.code).map((unit) => [unit.key, unit]));
  const states = reviewStates(content, request.code);
  const keys = request.keys?.length
    ? request.keys
    : [...states].filter(([, state]) => state === "draft").map(([key]) => key);
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

/** Append the sign-off to `<root>/locales/<code>/reviews.yaml`, keeping what the file already says. */
export function recordSignOff(root: string, content: Content, request: SignOff): number {
  const entry = signOffEntry(content, request);
  const count = Object.keys(entry.strings).length;
  if (!count) return 0;
  const path = join(root, "locales", request.code, "reviews.yaml");
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
