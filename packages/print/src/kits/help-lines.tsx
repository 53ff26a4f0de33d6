/**
 * "Help in your language": the strip at the foot of every poster and of the information sheet. One short line per
 * language, each saying only that the hotline's number is toll-free, open 24/7 and can bring an interpreter into the
 * call: the one promise that holds in any language, for a reader of neither English nor French.
 */
import type { ContentBundle, HelpLine, HelpLinePart, HelpLines } from "@lantern/sdk";
import lines from "@lantern/sdk/content/lines";
import { Ui } from "./parts.js";

/** The lines every kit prints: the same for every kit language, as the SDK compiles them. */
export const HELP_LINES: HelpLines = lines;

/**
 * The phone number and the other figures (`24/7`) in a left-to-right isolate: inside Arabic or Urdu, `1-833-900-1010`
 * without one would be laid out right to left (`1010-900-833-1`), and a wrong number on paper cannot be corrected.
 */
function Part({ part, phone }: { part: HelpLinePart; phone: string }) {
  if ("phone" in part)
    return (
      <bdi dir="ltr" class="lp-number">
        {phone}
      </bdi>
    );
  if ("digits" in part) return <bdi dir="ltr">{part.digits}</bdi>;
  return <>{part.text}</>;
}

/**
 * One language's line, in its own `lang` and `dir`: its own name first (how a reader finds their language), then the
 * line, then, while no fluent reviewer has signed it off, its draft mark in that language and in English.
 */
function Line({ line, phone }: { line: HelpLine; phone: string }) {
  return (
    <li lang={line.lang} dir={line.dir} data-lantern-line={line.lang}>
      <span class="lp-line-name">{line.name}</span>{" "}
      {line.parts.map((part, index) => (
        <Part key={index} part={part} phone={phone} />
      ))}
      {line.draft && (
        <>
          {" "}
          <span class="lp-line-draft" data-lantern-draft={line.lang}>
            <span>{line.draft.text}</span> ·{" "}
            <span lang="en" dir="ltr">
              {line.draft.en}
            </span>
          </span>
        </>
      )}
    </li>
  );
}

/**
 * The strip: its heading in the kit's language, then every line in small type, in columns. The number is the
 * lines' own (`phone.display`, from the canonical contact list through the SDK), never typed here.
 */
export function HelpLinesStrip({
  bundle,
  helpLines = HELP_LINES,
}: {
  bundle: ContentBundle;
  helpLines?: HelpLines;
}) {
  return (
    <section class="lp-lines lp-fine" aria-labelledby="lp-lines-heading">
      <Ui bundle={bundle} k="helpLines.heading" as="h2" id="lp-lines-heading" />
      <ul>
        {helpLines.lines.map((line) => (
          <Line key={line.lang} line={line} phone={helpLines.phone.display} />
        ))}
      </ul>
    </section>
  );
}
