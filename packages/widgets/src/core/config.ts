/**
 * Widget configuration: the names of the widgets, their typed settings, and the one function that turns a
 * partner's raw attributes (or a developer's props) into settings, reporting each bad value with its fix.
 * No validation library: the SDK's vocabularies are enough, and keep zod out of the browser.
 */
import { AUDIENCES, type Audience, type ContentBundle, closest, isOneOf, isRegion } from "@lantern/sdk";
import type { ConfigProblem } from "./problems.js";

export type { ConfigProblem } from "./problems.js";

/** A Lantern content widget. Quick exit is separate: it has no content bundle ({@link mountQuickExit}). */
export type WidgetName = "warning-signs" | "report-button" | "at-risk" | "myths-facts" | "help-directory";

/** Every content widget, in the order documentation lists them. */
export const WIDGET_NAMES: readonly WidgetName[] = /* @__PURE__ */ Object.freeze([
  "warning-signs",
  "report-button",
  "at-risk",
  "myths-facts",
  "help-directory",
]);

/** The variants each widget has; the first is the default. */
export const WIDGET_VARIANTS = {
  "warning-signs": ["full", "compact"],
  "report-button": ["full"],
  "at-risk": ["full"],
  "myths-facts": ["full"],
  "help-directory": ["full", "languages"],
} as const satisfies Record<WidgetName, readonly [string, ...string[]]>;

/** The variants of widget `N`: `"full" | "compact"` for warning-signs. */
export type WidgetVariant<N extends WidgetName = WidgetName> = (typeof WIDGET_VARIANTS)[N][number];

/** Settings every content widget shares. */
export interface WidgetConfig<V extends string = string> {
  /**
   * ISO 3166-2 region: `CA` (the default, national services only) or a province or territory such as `CA-ON`.
   * A region adds its own lines to the national ones; it never hides them.
   */
  region: string;
  /**
   * Who is reading. `general` (the default) shows what applies to everyone. Another audience never takes anything
   * away: it adds the signs, contacts, at-risk groups and myths written for it, puts the groups and myths that
   * concern it first (`hospitality`: migrant workers; `youth`, `educators`, `parents`: young people), and opts in to
   * medium-confidence content, always shown with its last-verified date.
   */
  audience: Audience;
  /** How much to show; every widget has `full`. */
  variant: V;
  /**
   * The level of the widget's own heading, 2 (the default) to 6: one more than the heading of the page section it
   * sits in, so the page's outline stays right (`<h2>Warning signs</h2>` then the card's `h3`). The widget's inner
   * headings follow it; HTML stops at 6.
   */
  headingLevel: HeadingLevel;
}

/** Heading levels a widget can take (`heading-level` attribute, `headingLevel` prop). */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
/** A heading level a widget can take. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Settings of the warning-signs widget; `compact` shows the first few signs and a "Show all" toggle. */
export type WarningSignsConfig = WidgetConfig<WidgetVariant<"warning-signs">>;
/** Settings of the report-button widget. `region` and `audience` choose the extra lines its dialog lists. */
export type ReportButtonConfig = WidgetConfig<WidgetVariant<"report-button">>;
/** Settings of the at-risk widget. `audience` orders and adds groups; `region` and `audience` apply to its report dialog. */
export type AtRiskConfig = WidgetConfig<WidgetVariant<"at-risk">>;
/** Settings of the myths-facts widget. `audience` orders and adds myths; `region` and `audience` apply to its report dialog. */
export type MythsFactsConfig = WidgetConfig<WidgetVariant<"myths-facts">>;
/**
 * Settings of the help-directory widget: the initial region and audience of its filters. `languages` shows only the
 * "help in your language" lines, for pages serving newcomers and migrant workers: no filters, no directory.
 */
export type HelpDirectoryConfig = WidgetConfig<WidgetVariant<"help-directory">>;

/**
 * The attributes a content widget reads (a developer's `config` prop may also write `headingLevel`). Anything else
 * is reported as unknown.
 */
export const CONFIG_FIELDS = ["region", "audience", "variant", "heading-level"] as const;

/** The result of {@link resolveConfig}: usable settings, and what had to be replaced by a default. */
export interface ResolvedConfig<V extends string = string> {
  config: WidgetConfig<V>;
  problems: ConfigProblem[];
}

/**
 * Turn raw settings into a widget's config. Strings are trimmed and matched without regard to case
 * (`region="ca-on"` works); every value that still does not fit is reported with its fix and replaced by the default.
 *
 * @param input Attribute strings from the embed, or the `config` prop of a component. `undefined` means unset.
 * @example
 * resolveConfig("warning-signs", { audience: "teens" }, en).problems
 * // [{ field: "audience", message: '"teens" is not an audience: use one of general, youth, …' }]
 */
export function resolveConfig<N extends WidgetName>(
  widget: N,
  input: Readonly<Record<string, unknown>> | undefined,
  bundle: ContentBundle,
): ResolvedConfig<WidgetVariant<N>> {
  const variants: readonly string[] = WIDGET_VARIANTS[widget];
  const config: WidgetConfig<string> = {
    region: "CA",
    audience: "general",
    variant: variants[0] as string,
    headingLevel: 2,
  };
  const problems: ConfigProblem[] = [];
  const values = input ?? {};

  for (const [name, raw] of Object.entries(values)) {
    if (raw === undefined) continue;
    // The attribute is heading-level; a developer's config object says headingLevel.
    const field = name === "headingLevel" ? "heading-level" : name;
    if (!isOneOf(CONFIG_FIELDS, field)) {
      problems.push({ field, message: `unknown setting: ${suggestField(field, variants)}` });
      continue;
    }
    const value = typeof raw === "string" ? raw.trim() : raw;
    const shown = typeof raw === "string" ? `"${raw}"` : String(raw);
    if (field === "region") {
      const code = typeof value === "string" ? value.toUpperCase() : "";
      if (code !== "" && isRegion(bundle, code)) config.region = code;
      else problems.push({ field, message: `${shown} is not a region: ${regionHint(bundle)}` });
    } else if (field === "heading-level") {
      const level = typeof value === "string" && /^\d$/.test(value) ? Number(value) : value;
      if ((HEADING_LEVELS as readonly unknown[]).includes(level)) config.headingLevel = level as HeadingLevel;
      else
        problems.push({
          field,
          message: `${shown} is not a heading level: use 2, 3, 4, 5 or 6, one more than the heading of the section the widget sits in (using 2)`,
        });
    } else if (field === "audience") {
      const audience = typeof value === "string" ? value.toLowerCase() : value;
      if (isOneOf(AUDIENCES, audience)) config.audience = audience;
      else
        problems.push({ field, message: `${shown} is not an audience: use one of ${AUDIENCES.join(", ")}` });
    } else {
      const variant = typeof value === "string" ? value.toLowerCase() : value;
      if (isOneOf(variants, variant)) config.variant = variant;
      else {
        const fix =
          variants.length === 1
            ? `${widget} has only "${variants[0]}": remove the setting`
            : `use ${variants.slice(0, -1).join(", ")} or ${variants.at(-1)}`;
        problems.push({ field, message: `${shown} is not a variant of ${widget}: ${fix}` });
      }
    }
  }
  return { config: config as WidgetConfig<WidgetVariant<N>>, problems };
}

function regionHint(bundle: ContentBundle): string {
  const provinces = bundle.regions.map((region) => region.code).filter((code) => code !== "CA");
  return `use CA for all of Canada, or a province or territory: ${provinces.join(", ")}`;
}

/** The fix for an unknown setting: the likely intended one, or the list of known ones. */
function suggestField(field: string, variants: readonly string[]): string {
  const name = field.toLowerCase();
  // A bare attribute such as <lantern-warning-signs compact> or youth: the partner meant a value.
  if (variants.includes(name) && name !== variants[0]) return `did you mean variant="${name}"?`;
  if (isOneOf(AUDIENCES, name)) return `did you mean audience="${name}"?`;
  // The SDK's typo matcher, the same one that checks content files.
  const near = closest(name, CONFIG_FIELDS);
  if (near) return `did you mean "${near}"?`;
  return `Lantern reads ${CONFIG_FIELDS.join(", ")}`;
}
