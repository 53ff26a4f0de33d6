/**
 * The translatable strings of a locale, one unit per English text, with what a translator needs beside it (where it
 * shows, how long it may be, which placeholders it carries), and the review state of each translation.
 *
 * One list feeds the review records (`reviews.yaml`), the content report's reviewed/draft/missing counts and the
 * XLIFF and PO exports, so that all three count the same strings.
 */
import { createHash } from "node:crypto";
import type { LocaleFileName } from "../schema.js";
import { FALLBACK_LOCALE } from "../vocabulary.js";
import type { Content } from "./load.js";

/** Locale files that hold no words: the locale's own settings, and the review records. */
export const NOT_WORDS: readonly LocaleFileName[] = ["locale.yaml", "reviews.yaml"];

export interface TranslationUnit {
  /** Dotted path inside the file, which is also unique across files: `signs.speaks-for-them.text`, `ui.common.call`. */
  key: string;
  file: LocaleFileName;
  path: string[];
  /** The English text, as written in `content/locales/en` (before the build's typography). */
  source: string;
  /** This locale's text, when it has one. */
  target?: string;
  /** Which widget or print piece shows it, and where. */
  context: string;
  /** The most characters the schema accepts. */
  maxLength: number;
  /** `{number}`, `{date}`…: what the widget puts in; a translation keeps every one and adds none. */
  placeholders: string[];
}

export type ReviewState = "reviewed" | "draft" | "missing";

/**
 * The first 10 hex digits of the SHA-256 of `text`: enough to notice any edit, short enough to read in a diff.
 * A review is pinned to these, not to a date or a version, so nobody has to remember to reset it.
 */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 10);
}

/** `{number}`, `{date}`… in `text`, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1] ?? ""}}`).sort();
}

/** Every string leaf of a parsed value, with its path. */
export function stringLeaves(value: unknown, path: string[] = []): [string[], string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
  }
  return [];
}

/** Where each UI group shows. The print kits reuse `common`, `reportButton`, `warningSigns` and `whatToDo`. */
const UI_PLACES: Record<string, string> = {
  common: "shared by every widget and the print kits",
  draft: "the mark every widget, dialog, page and card face of a draft translation shows, above its text",
  fallback: "the static message shown when a widget cannot load (hotline and 911)",
  warningSigns: "warning-signs card",
  reportButton: "report button and its dialog",
  quickExit: "quick-exit button and its explanation",
  atRisk: "who-is-at-risk card",
  mythsFacts: "myths-and-facts card",
  helpDirectory: "help directory (contacts filtered by region and audience)",
  statistics: "statistics, in the information sheet and the myths card",
  whatToDo: "what-to-do steps, in the report dialog and the print kits",
};

const FILE_PLACES: Partial<Record<LocaleFileName, string>> = {
  "contacts.yaml": "a contact in the report dialog, the help directory and the print kits",
  "signs.yaml": "one warning sign in the warning-signs card, posters and information sheet",
  "at-risk.yaml": "one group in the who-is-at-risk card and the information sheet",
  "myths.yaml": "one myth and its fact in the myths-and-facts card and the information sheet",
  "statistics.yaml": "one police-reported figure; keep the figure and the years exactly",
  "definitions.yaml": "one legal definition in the information sheet",
  "steps.yaml": "one step of what to do, in the report dialog and the print kits",
  "taxonomy.yaml":
    "a name in filters and headings (audience, sign category, channel, contact role or region)",
};

function contextOf(file: LocaleFileName, path: string[]): string {
  if (file === "ui.yaml") return `${UI_PLACES[path[1] ?? ""] ?? "interface text"} (ui.${path[1]})`;
  const field = path.slice(2).join(".");
  return `${FILE_PLACES[file] ?? file}${field ? `: its ${field}` : ""}`;
}

/** The schema's limit for each kind of string (see schema.ts). */
function maxLengthOf(file: LocaleFileName, path: string[]): number {
  const field = path[2];
  if (file === "taxonomy.yaml") return 120;
  if (field === "name" || field === "term") return 120;
  if (file === "contacts.yaml" && field === "hours") return 200;
  if (file === "contacts.yaml" && field === "channels") return 300;
  return 600;
}

/** Every English string, in file order, with this locale's translation where there is one. */
export function translationUnits(content: Content, code: string): TranslationUnit[] {
  const english = content.locales.get(FALLBACK_LOCALE);
  const own = content.locales.get(code);
  if (!english || !own) throw new RangeError(`No locale "${code}" in this content tree.`);
  const units: TranslationUnit[] = [];
  for (const [file, data] of Object.entries(english) as [LocaleFileName, unknown][]) {
    if (NOT_WORDS.includes(file)) continue;
    for (const [path, source] of stringLeaves(data)) {
      let target: unknown = own[file];
      for (const part of path) target = (target as Record<string, unknown> | undefined)?.[part];
      units.push({
        key: path.join("."),
        file,
        path,
        source,
        ...(typeof target === "string" ? { target } : {}),
        context: contextOf(file, path),
        maxLength: maxLengthOf(file, path),
        placeholders: placeholdersOf(source),
      });
    }
  }
  return units;
}

/** A record's hashes: what a sign-off writes, and what the current texts must still match. */
export function reviewHashes(unit: { source: string; target: string }): { en: string; text: string } {
  return { en: textHash(unit.source), text: textHash(unit.target) };
}

/**
 * The state of each unit: `reviewed` when the latest sign-off of its key matches both the English text and the
 * translation as they are now; `draft` when it is translated but never signed off, or either text changed since;
 * `missing` when the locale has no text (English is shown). English itself is the source: always `reviewed`.
 */
export function reviewStates(content: Content, code: string): Map<string, ReviewState> {
  const units = translationUnits(content, code);
  const states = new Map<string, ReviewState>();
  if (code === FALLBACK_LOCALE) {
    for (const unit of units) states.set(unit.key, "reviewed");
    return states;
  }
  const latest = latestSignOffs(content.locales.get(code)?.["reviews.yaml"]?.reviews ?? []);
  for (const unit of units) {
    states.set(
      unit.key,
      unit.target === undefined
        ? "missing"
        : signedOff(latest.get(unit.key), { source: unit.source, target: unit.target }),
    );
  }
  return states;
}

type Hashes = { en: string; text: string };

/** The latest sign-off of each key: later records win, so a re-review after a change replaces the first. */
export function latestSignOffs(reviews: readonly { strings: Record<string, Hashes> }[]): Map<string, Hashes> {
  const latest = new Map<string, Hashes>();
  for (const review of reviews) {
    for (const [key, hashes] of Object.entries(review.strings)) latest.set(key, hashes);
  }
  return latest;
}

/** `reviewed` when `record` still matches both the English and the translation as they are now. */
export function signedOff(
  record: Hashes | undefined,
  unit: { source: string; target: string },
): "reviewed" | "draft" {
  const current = reviewHashes(unit);
  return record && record.en === current.en && record.text === current.text ? "reviewed" : "draft";
}

/** Phone numbers, short codes and web addresses: only facts/contacts.yaml may hold them, never a text. */
export const NUMBER_OR_URL = /(?:\b\d{3}-\d{3}-\d{4}\b|https?:\/\/|www\.|\b\d{6}\b)/;

export interface ReviewCounts {
  reviewed: number;
  draft: number;
  missing: number;
}

export function countStates(states: Map<string, ReviewState>): ReviewCounts {
  const counts: ReviewCounts = { reviewed: 0, draft: 0, missing: 0 };
  for (const state of states.values()) counts[state] += 1;
  return counts;
}
