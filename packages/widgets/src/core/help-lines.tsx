/**
 * "Help in your language": one short line per language (`@lantern/sdk/content/lines`), each saying in that language
 * that the hotline's number is toll-free, open 24/7 and can bring an interpreter into the call. For readers of
 * neither English nor French, the one promise that holds in any language.
 *
 * Shown by the report dialog (behind a disclosure) and by the help directory's `languages` variant. Only those two
 * import the lines, so no other widget's first render carries them (src/size.test.ts).
 */
import type { HelpLine, HelpLinePart, HelpLines } from "@lantern/sdk";
import { Fragment } from "preact";
import { useWidget } from "./context.js";

/**
 * The lines as a list. Each line carries its own `lang` and `dir` (a screen reader switches voice, Arabic and Urdu
 * lay out right to left), starts with the language's own name, and keeps the number and the other figures in
 * left-to-right isolates, so `1-833-900-1010` reads the same inside right-to-left text. A draft line shows its mark
 * in its language and in English until a fluent reviewer signs it off.
 */
export function HelpLineList({ lines }: { lines: HelpLines }) {
  return (
    <ul class="lantern-help-lines">
      {lines.lines.map((line) => (
        <li key={line.lang} class="lantern-help-line" lang={line.lang} dir={line.dir}>
          <p>
            <strong class="lantern-help-line-name">{line.name}</strong>
            {line.draft && (
              <>
                {" "}
                <DraftMark line={line} draft={line.draft} />
              </>
            )}
          </p>
          <p class="lantern-help-line-text">
            {line.parts.map((part, index) => (
              // The parts of a line never change order while it is shown: the index is a stable key.
              <LinePart key={index} part={part} lines={lines} />
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The languages' own names, each with its `lang` and `dir`, as a reader of none of the page's languages recognises
 * theirs: for a summary or a heading that leads to the lines. Phrasing content only, so it fits inside a button.
 */
export function HelpLineNames({ lines }: { lines: HelpLines }) {
  return (
    <span class="lantern-help-line-names">
      {lines.lines.map((line, index) => (
        <Fragment key={line.lang}>
          {/* A space between names, so that they are words apart in the accessible name too (a flex gap is not). */}
          {index > 0 && " "}
          <span lang={line.lang} dir={line.dir}>
            {line.name}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * A draft's mark, as a draft translation's notice is (draft-notice.tsx): its words in the line's language, then
 * "Draft translation" in English, each with its own `lang` and `dir`. `data-lantern-draft` names the line, so a test
 * or a print check can find every mark on the page, the bundle's notice included.
 */
function DraftMark({ line, draft }: { line: HelpLine; draft: NonNullable<HelpLine["draft"]> }) {
  return (
    <span class="lantern-help-line-draft" data-lantern-draft={line.lang}>
      <span lang={line.lang} dir={line.dir}>
        {draft.text}
      </span>{" "}
      <span lang="en" dir="ltr">
        {draft.en}
      </span>
    </span>
  );
}

/** A piece of a line: its words, the hotline's number as a `tel:` link, or a figure such as `24/7`. */
function LinePart({ part, lines }: { part: HelpLinePart; lines: HelpLines }) {
  const { emit } = useWidget();
  if ("text" in part) return <>{part.text}</>;
  // dir="ltr" (not a bare <bdi>, which would guess from the digits): the number's hyphens and 24/7's slash keep
  // their order inside right-to-left text.
  if ("digits" in part) return <bdi dir="ltr">{part.digits}</bdi>;
  return (
    <bdi dir="ltr" class="lantern-help-line-phone">
      <a
        href={lines.phone.href}
        onClick={() => emit("lantern:contact", { contact: lines.contact, channel: "phone" })}
      >
        {lines.phone.display}
      </a>
    </bdi>
  );
}
