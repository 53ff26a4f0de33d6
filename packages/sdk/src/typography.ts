/**
 * Typography is done by the build, not typed by editors: content files hold ordinary spaces and straight
 * apostrophes, which every keyboard and YAML tool handles, and `typeset` turns them into what a reader should see.
 * A non-breaking space typed by hand is invisible in an editor and lost by the next copy and paste; a rule in one
 * function is applied to every text of every bundle, the same way each time.
 *
 * The validator refuses what the build cannot decide for the editor (see {@link punctuationProblems}).
 */

/** U+00A0: before « : » and « % » and inside « », as the Translation Bureau's guide writes French. */
const NBSP = "\u00a0";
/** U+202F: the narrow non-breaking space before « ; », « ? » and « ! ». */
const NNBSP = "\u202f";

/** A straight apostrophe between two letters: `d'urgence`, `Women's`. */
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

/**
 * The text as readers see it: typographic apostrophes (’) in every language, and in French the non-breaking
 * spaces that keep « : », « ; », « ? », « ! », « % » and « » » from starting a line on a narrow phone screen.
 * Idempotent: typesetting typeset text changes nothing.
 */
export function typeset(text: string, locale: string): string {
  let result = text.replace(APOSTROPHE, "’");
  if (locale === "fr") {
    result = result
      .replace(/[ \u00a0\u202f]+([:%»])/g, `${NBSP}$1`)
      .replace(/[ \u00a0\u202f]+([;?!])/g, `${NNBSP}$1`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`);
  }
  return result;
}

/** Marks that must come in pairs, in every language. */
const PAIRS: [string, string][] = [
  ["(", ")"],
  ["[", "]"],
  ["«", "»"],
  ["“", "”"],
];

/**
 * What is wrong with the punctuation of `text` in `locale`, as fixes an editor can make: an unbalanced pair,
 * a straight quotation mark, or (French) a « : ; ? ! % » with no space before it. Empty when it is fine.
 */
export function punctuationProblems(text: string, locale: string): string[] {
  const problems: string[] = [];
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth++;
      else if (char === close && --depth < 0) break;
    }
    if (depth !== 0)
      problems.push(`unbalanced ${open} ${close}: close what you open, or remove the extra one`);
  }
  if (text.includes('"')) {
    problems.push(
      locale === "fr"
        ? "straight quotation mark: write « » around a quotation in French"
        : "straight quotation mark: write “ ” around a quotation",
    );
  }
  if (/(?<!\p{L})'|'(?!\p{L})/u.test(text)) {
    problems.push(
      "straight quote: an apostrophe goes between letters (the build makes it ’); quote with “ ” or « »",
    );
  }
  if (locale === "fr") {
    for (const match of text.matchAll(/(?<=[\p{L}\p{N})»}])([:;?!%])/gu)) {
      problems.push(
        `no space before « ${match[1]} »: French puts a space there (the build makes it non-breaking)`,
      );
    }
  }
  return [...new Set(problems)];
}
