/**
 * Wording rules: what a text may say, whatever file it sits in. Validation applies them to every locale text, and
 * {@link pageWordingProblems} applies the same rules, and the contact promises, to a partner page's own copy (the
 * demo sites' HTML is tested with it), so copy a partner imitates is held to what Lantern itself may say.
 */
import { type CanonicalList, claimsIn, contactWords, UI_CONTACTS } from "../canonical.js";
import { splitSentences } from "../sentences.js";

const HOTLINE = "ca-human-trafficking-hotline";

/**
 * "You do not have to give your name" is true of the hotline, and a frightened teenager can read it as total
 * secrecy: the hotline shares information when the law requires it (a child at risk, for one). So a text that says
 * the first says the second too. Locales without patterns (drafts in other scripts) are left to their reviewer.
 */
const NO_NAME: Record<string, RegExp> = {
  en: /\b(?:give|say|tell)\b[^.]*\byour name\b/i,
  fr: /\b(?:donner|dire)\b[^.]*\bvotre nom\b/i,
};
const LIMIT: Record<string, RegExp> = { en: /\bthe law\b/i, fr: /\bla loi\b/i };

/**
 * In French, « la ligne » (or « la ligne d'urgence ») can be read as 911 or any other line: outside the hotline's own
 * entry and heading, name the Ligne d'urgence canadienne contre la traite des personnes.
 */
const WHICH_LINE = /\bla ligne\b(?!\s+d['’]urgence\s+canadienne)/i;

/** The messages `text` earns under the wording rules, in `locale`; `ownEntry` when it sits under a contact's name. */
export function wordingProblems(text: string, locale: string, ownEntry = false): string[] {
  const problems: string[] = [];
  const noName = NO_NAME[locale];
  const limit = LIMIT[locale];
  if (noName && limit && noName.test(text) && !limit.test(text)) {
    problems.push(
      locale === "fr"
        ? "says no name is needed without the hotline's limits: add that it shares information when the law requires it (« quand la loi l'exige », for example when a child is at risk)"
        : "says no name is needed without the hotline's limits: add that it shares information when the law requires it, for example when a child is at risk",
    );
  }
  if (locale === "fr" && !ownEntry && WHICH_LINE.test(text)) {
    problems.push(
      "« la ligne » does not say which line: name the Ligne d'urgence canadienne contre la traite des personnes",
    );
  }
  return problems;
}

/**
 * True when a locale text at `path` of `file` sits under a contact's own name (its entry in contacts.yaml, or a UI
 * string shown under the hotline's heading), where « la ligne » can only mean that contact.
 */
export function isContactEntry(file: string, path: readonly (string | number)[]): boolean {
  if (file === "contacts.yaml") return path[0] === "contacts";
  if (file === "ui.yaml") return UI_CONTACTS[`${path[1]}.${path[2]}`] === HOTLINE;
  return false;
}

/** The hotline in a page's own words: "the hotline" is how copy names it after its full name. */
const ALIASES: Record<string, Record<string, RegExp>> = {
  [HOTLINE]: { en: /\bhotline\b/i, fr: /Ligne d['’]urgence canadienne/i },
};

/**
 * A block of a page's own copy (a paragraph, a list item; not a widget's): the wording rules above, and each promise ("anonymous",
 * "free", "no name needed"…) only in a sentence that names a contact the canonical list says it of. "Reports can be
 * anonymous." next to a report button names nobody, and only the tip lines are anonymous.
 */
export function pageWordingProblems(text: string, locale: string, canonical: CanonicalList): string[] {
  const block = text.replace(/\s+/g, " ").trim();
  // The limits may follow in the next sentence, as in the content: the rules read the block whole.
  const problems = wordingProblems(block, locale).map((message) => `"${block}": ${message}`);
  for (const sentence of splitSentences(block)) {
    const named = canonical.contacts.filter(
      (entry) =>
        sentence.includes(entry.name) ||
        (entry.name_fr !== undefined && sentence.includes(entry.name_fr)) ||
        ALIASES[entry.id]?.[locale]?.test(sentence),
    );
    for (const claim of claimsIn(sentence, locale)) {
      if (!named.some((entry) => claim.canonical.test(contactWords(entry)))) {
        problems.push(
          named.length
            ? `"${sentence}": promises "${claim.id}", which the canonical list does not say of ${named.map((entry) => entry.id).join(" or ")}`
            : `"${sentence}": promises "${claim.id}" without naming whom it is true of: name the contact, as the content does`,
        );
      }
    }
  }
  return problems;
}
