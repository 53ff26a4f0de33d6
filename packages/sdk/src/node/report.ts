/**
 * The content report: what each locale has, what is missing, what is marked for review, and how current the
 * facts are. `lantern-content report` prints it; `--json` gives the same data to tools such as the demo site.
 */
import type { ContentBundle } from "../bundle.js";
import { compileBundle } from "./compile.js";
import { type Content, type ContentProblem, formatProblem } from "./load.js";

export interface LocaleReport {
  code: string;
  name: string;
  dir: "ltr" | "rtl";
  status: "reviewed" | "draft";
  /** Texts this locale provides itself. */
  translated: number;
  /** Texts the bundle holds in all (the English total). */
  total: number;
  /** `translated / total`, 0–1. */
  completeness: number;
  /** Keys shown in English, such as `signs.speaks-for-them`. */
  missing: string[];
}

export interface ReviewItem {
  kind: "contact" | "sign" | "group" | "myth" | "statistic" | "definition" | "step";
  id: string;
  lastVerified: string;
  sources: string[];
}

export interface ContentReport {
  counts: Record<
    "regions" | "contacts" | "signs" | "groups" | "myths" | "statistics" | "definitions" | "steps",
    number
  >;
  locales: LocaleReport[];
  /** Facts of medium confidence: kept out of default configurations and due for re-checking. */
  review: ReviewItem[];
  /** The oldest and newest `lastVerified` of all facts. */
  verified: { oldest: string; newest: string };
  errors: number;
  warnings: number;
}

function textCount(bundle: ContentBundle): number {
  return (
    Object.keys(bundle.ui).length +
    Object.values(bundle.taxonomy).reduce((sum, names) => sum + Object.keys(names).length, 0) +
    bundle.contacts.length +
    bundle.signs.length +
    bundle.groups.length +
    bundle.myths.length +
    bundle.statistics.length +
    bundle.definitions.length +
    bundle.steps.length
  );
}

/** Build the report from a loaded content tree and the problems validation found. */
export function contentReport(content: Content, problems: readonly ContentProblem[]): ContentReport {
  const bundles = [...content.locales.keys()].map((code) => compileBundle(content, code));
  const english = bundles[0] as ContentBundle;
  const total = textCount(english);
  const kinds = [
    ["contact", english.contacts],
    ["sign", english.signs],
    ["group", english.groups],
    ["myth", english.myths],
    ["statistic", english.statistics],
    ["definition", english.definitions],
    ["step", english.steps],
  ] as const;
  const dates = kinds.flatMap(([, items]) => items.map((item) => item.lastVerified as string)).sort();
  return {
    counts: {
      regions: english.regions.length,
      contacts: english.contacts.length,
      signs: english.signs.length,
      groups: english.groups.length,
      myths: english.myths.length,
      statistics: english.statistics.length,
      definitions: english.definitions.length,
      steps: english.steps.length,
    },
    locales: bundles.map((bundle) => ({
      ...bundle.locale,
      translated: total - bundle.fallback.length,
      total,
      completeness: (total - bundle.fallback.length) / total,
      missing: bundle.fallback,
    })),
    review: kinds.flatMap(([kind, items]) =>
      items
        .filter((item) => item.confidence === "medium")
        .map((item) => ({
          kind,
          id: item.id,
          lastVerified: item.lastVerified as string,
          sources: item.sources,
        })),
    ),
    verified: { oldest: dates[0] ?? "", newest: dates.at(-1) ?? "" },
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
  };
}

function summarize(keys: readonly string[]): string {
  const groups = new Map<string, number>();
  for (const key of keys) {
    const group =
      key.startsWith("ui.") || key.startsWith("taxonomy.")
        ? key.split(".").slice(0, 2).join(".")
        : (key.split(".")[0] ?? key);
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  return [...groups].map(([group, count]) => `${group} (${count})`).join(", ");
}

/** The report as plain text for a terminal. */
export function formatReport(report: ContentReport, problems: readonly ContentProblem[] = []): string {
  const c = report.counts;
  const lines = [
    "Lantern content report",
    "",
    `Facts: ${c.contacts} contacts, ${c.signs} warning signs, ${c.groups} groups at risk, ${c.myths} myths, ${c.statistics} statistics, ${c.definitions} definitions, ${c.steps} steps, ${c.regions} regions`,
    `Last verified: oldest ${report.verified.oldest}, newest ${report.verified.newest}`,
    "",
    "Locales:",
    ...report.locales.map((locale) => {
      const percent = `${(locale.completeness * 100).toFixed(1)}%`.padStart(6);
      const head = `  ${locale.code.padEnd(4)}${locale.status.padEnd(10)}${locale.dir}  ${percent}  ${String(locale.translated).padStart(4)}/${locale.total}`;
      return locale.missing.length
        ? `${head}  missing, shown in English: ${summarize(locale.missing)}`
        : head;
    }),
    "",
    `Marked for review (medium confidence, kept out of defaults): ${report.review.length}`,
    ...report.review.map(
      (item) => `  ${item.kind.padEnd(11)}${item.id.padEnd(34)}last verified ${item.lastVerified}`,
    ),
    "",
    ...problems.map(formatProblem),
    `${report.errors} errors, ${report.warnings} warnings`,
  ];
  return lines.join("\n");
}
