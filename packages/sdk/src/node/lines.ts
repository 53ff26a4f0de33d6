/**
 * The "help in your language" lines (`content/lines/`): their checks, their review states and their compiled form.
 *
 * A line is a translation of one English sentence, so it is held to what the English says: the same `{number}`, the
 * same figures (`24`, `7`), no number or address of its own, the direction of its script, and only the promises the
 * canonical list makes of the contact's phone. Review works as a locale's does (`strings.ts`): a sign-off pins the
 * English line and the translation by hash, and a change to either makes the line a draft again.
 */
import type * as z from "zod/mini";
import type { HelpLinePart, HelpLines } from "../bundle.js";
import { channelHref } from "../channels.js";
import type { HelpLinesFile, lineFiles } from "../schema.js";
import { typeset } from "../typography.js";
import { type CanonicalList, channelWords, claimsIn } from "./canonical.js";
import { latestSignOffs, NUMBER_OR_URL, placeholdersOf, type ReviewState, signedOff } from "./strings.js";

/** The loaded `lines/` folder: the lines, and who signed which of them off. */
export interface LinesContent {
  file: HelpLinesFile;
  reviews: z.infer<(typeof lineFiles)["reviews.yaml"]>["reviews"];
}

export interface LineProblem {
  path: (string | number)[];
  message: string;
}

/** Right-to-left letters (Hebrew, Arabic and its extensions such as Urdu's): a line with them is `dir: rtl`. */
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
/** Figures a line may hold only as the English line holds them: runs of digits. */
const FIGURES = /\d+/g;

const figuresOf = (text: string) => (text.replace(/\{\w+\}/g, "").match(FIGURES) ?? []).sort();

/**
 * Every way the lines break the rules, with its path in `lines.yaml`. `contacts` is facts/contacts.yaml's map, to find
 * the phone the lines route to; `canonical` is the list its promises are checked against.
 */
export function lineProblems(
  file: HelpLinesFile,
  contacts: Record<string, { channels: { kind: string; value: string }[] }> | undefined,
  canonical: CanonicalList | undefined,
): LineProblem[] {
  const problems: LineProblem[] = [];
  const english = file.english.text;
  if (placeholdersOf(english).join() !== "{number}")
    problems.push({
      path: ["english", "text"],
      message: "must hold {number} exactly once, where the phone number goes",
    });
  const contact = contacts?.[file.contact];
  const phone = contact?.channels.find((channel) => channel.kind === file.channel);
  if (contacts && !contact)
    problems.push({ path: ["contact"], message: `no contact "${file.contact}" in facts/contacts.yaml` });
  else if (contact && !phone)
    problems.push({
      path: ["contact"],
      message: `"${file.contact}" has no phone channel in facts/contacts.yaml`,
    });
  const source = canonical?.contacts.find((entry) => entry.id === file.contact);
  if (source && phone) {
    const match = source.channels.find(
      (channel) => channel.kind === "phone" && channel.value === phone.value,
    );
    for (const claim of claimsIn(english, "en")) {
      if (!claim.canonical.test(channelWords(source, match)))
        problems.push({
          path: ["english", "text"],
          message: `promises "${claim.id}", which the canonical list does not say of ${file.contact}'s phone: say only what its sources state`,
        });
    }
  }
  const ownNumber = (text: string, path: (string | number)[]) => {
    if (NUMBER_OR_URL.test(text))
      problems.push({
        path,
        message:
          "phone numbers, short codes and web addresses live only in facts/contacts.yaml: use {number}",
      });
  };
  ownNumber(english, ["english", "text"]);
  for (const [code, line] of Object.entries(file.lines)) {
    ownNumber(line.text, ["lines", code, "text"]);
    if (placeholdersOf(line.text).join() !== placeholdersOf(english).join())
      problems.push({
        path: ["lines", code, "text"],
        message: `must use the English line's placeholders: ${placeholdersOf(english).join(", ")}, once each`,
      });
    if (figuresOf(line.text).join() !== figuresOf(english).join())
      problems.push({
        path: ["lines", code, "text"],
        message: `must keep the English line's figures (${figuresOf(english).join(", ") || "none"}) as digits, and add none: it says what the English says and nothing more`,
      });
    const rtl = RTL_LETTERS.test(line.text);
    if (rtl !== (line.dir === "rtl"))
      problems.push({
        path: ["lines", code, "dir"],
        message: rtl
          ? "the text is in a right-to-left script: set dir: rtl"
          : "the text has no right-to-left letters: set dir: ltr",
      });
    try {
      Intl.getCanonicalLocales(code);
    } catch {
      problems.push({
        path: ["lines", code],
        message: `"${code}" is not a language tag: use one like es or zh-Hans`,
      });
    }
  }
  return problems;
}

/** Each line's state: `reviewed` when its latest sign-off matches the English and the line as they are now. */
export function lineReviewStates(lines: LinesContent): Map<string, ReviewState> {
  const latest = latestSignOffs(lines.reviews);
  return new Map(
    Object.entries(lines.file.lines).map(([code, line]) => [
      code,
      signedOff(latest.get(code), { source: lines.file.english.text, target: line.text }),
    ]),
  );
}

/** A line's text cut into words, the phone and other figures, for renderers that isolate each figure. */
export function lineParts(text: string): HelpLinePart[] {
  const parts: HelpLinePart[] = [];
  for (const piece of text.split(/(\{number\}|\d+(?:\/\d+)*)/)) {
    if (!piece) continue;
    if (piece === "{number}") parts.push({ phone: true });
    else if (/^\d/.test(piece)) parts.push({ digits: piece });
    else parts.push({ text: piece });
  }
  return parts;
}

/** The lines as widgets and kits read them (`@lantern/sdk/content/lines`). */
export function compileLines(lines: LinesContent, phoneValue: string, display?: string): HelpLines {
  const states = lineReviewStates(lines);
  const { file } = lines;
  const compiled = Object.entries(file.lines).map(([code, line]) => {
    const status = states.get(code) === "reviewed" ? ("reviewed" as const) : ("draft" as const);
    return {
      lang: code,
      name: line.name,
      dir: line.dir,
      parts: lineParts(typeset(line.text, code)),
      status,
      ...(status === "draft" ? { draft: { text: line.draft, en: file.english.draft } } : {}),
    };
  });
  const reviewed = compiled.filter((line) => line.status === "reviewed").length;
  return {
    format: 1,
    contact: file.contact,
    phone: { value: phoneValue, display: display ?? phoneValue, href: channelHref("phone", phoneValue) },
    english: file.english.text,
    lines: compiled,
    review: { reviewed, draft: compiled.length - reviewed },
    sources: file.sources,
    lastVerified: file.lastVerified,
    confidence: file.confidence,
  };
}
