/**
 * Heading tags relative to the widget's own level, which the host sets (`heading-level`, 2 by default): a widget's
 * group names sit one level below its heading, a contact's name two below, and so on, so the page's outline stays
 * right wherever a partner places the widget.
 */
import type { HeadingLevel } from "./config.js";

/** A heading element's tag. */
export type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/**
 * The tag `depth` levels below `level` (0 is the widget's own heading). HTML has no h7: deeper stays h6. Anything
 * that is not a level (the fallback may see unchecked settings) counts as 2.
 */
export function headingTag(level: HeadingLevel | number | undefined, depth = 0): HeadingTag {
  const base = Number.isInteger(level) ? (level as number) : 2;
  return `h${Math.min(6, Math.max(2, base + depth))}` as HeadingTag;
}
