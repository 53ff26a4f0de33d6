/**
 * Rules about review records (`locales/<lang>/reviews.yaml`): a record names only strings that exist, and a reviewed
 * locale says which of its strings are drafts again because the English or the translation changed since sign-off.
 */
import { suggest } from "../issues.js";
import type { LocaleFileName } from "../schema.js";
import { FALLBACK_LOCALE } from "../vocabulary.js";
import type { Content, ContentProblem } from "./load.js";
import { reviewStates, translationUnits } from "./strings.js";

/** The line of `path` in a locale's file, for messages that point at it. */
export type LineOf = (code: string, file: LocaleFileName, path: (string | number)[]) => number;

export function reviewProblems(content: Content, label: string, lineOf: LineOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [code, files] of content.locales) {
    if (code === FALLBACK_LOCALE) continue;
    const file = `${label}/locales/${code}/reviews.yaml`;
    const units = translationUnits(content, code);
    const keys = units.map((unit) => unit.key);
    (files["reviews.yaml"]?.reviews ?? []).forEach((review, index) => {
      for (const key of Object.keys(review.strings)) {
        if (!keys.includes(key)) {
          problems.push({
            file,
            line: lineOf(code, "reviews.yaml", ["reviews", index, "strings", key]),
            path: `reviews.${index}.strings.${key}`,
            message: `no such string: keys are paths of English texts (${suggest(key, keys)})`,
            severity: "error",
          });
        }
      }
    });
    // A draft locale is a draft as a whole: listing each of its strings would bury the warnings that matter.
    if (files["locale.yaml"].locale.status !== "reviewed") continue;
    const states = reviewStates(content, code);
    for (const unit of units) {
      if (states.get(unit.key) !== "draft") continue;
      problems.push({
        file: `${label}/locales/${code}/${unit.file}`,
        line: lineOf(code, unit.file, unit.path),
        path: unit.key,
        message: `draft: the English or this translation changed since it was reviewed: have a fluent reviewer check it, then run lantern-content review --lang ${code} --by NAME ${unit.key}`,
        severity: "warning",
      });
    }
  }
  return problems;
}
