/** Types of reserve-css.mjs, for the TypeScript tests that import it. */

/** Each widget's variants other than its default. */
export const OTHER_VARIANTS: Readonly<Record<string, readonly string[]>>;

/** The selector a reserve applies to: `key` is a widget name, or `<widget> <variant>`. */
export function reserveSelector(key: string, options?: { placeholder?: boolean; lang?: string }): string;

/** The rules for one selector, from its row of heights in px per viewport width. */
export function reserveRules(selector: string, row: number[], widths: number[]): string;

/** reserve.css and the configurator's rules per widget, language and audience. */
export function reserveOutputs(
  reserve: { widths: number[]; heights: Record<string, Record<string, Record<string, number[]>>> },
  langs: readonly string[],
): unknown;
