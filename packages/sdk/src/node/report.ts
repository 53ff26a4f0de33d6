/**
 * The content report: what each locale has, what is missing, what is marked for review, and how current the
 * facts are. `lantern-content report` prints it; `--json` gives the same data to tools such as the demo site.
 */
import type { ContentBundle, Provenance } from "../bundle.js";
import { type FreshnessPolicy, todayUtc } from "../freshness.js";
import { UI_CONTACTS } from "./canonical.js";
import { compileBundle } from "./compile.js";
import { type DueItem, dueItems } from "./freshness.js";
import { type Content, type ContentProblem, formatProblem } from "./load.js";
import { splitSentences } from "./sentences.js";

export { splitSentences };

import { type LinesContent, lineReviewStates } from "./lines.js";
import { countStates, type ReviewCounts, reviewStates } from "./strings.js";

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
  /**
   * String by string (each English text once: a contact's name, use and notes count separately): signed off by a
   * reviewer against the current English and translation, translated but not (or no longer) signed off, or absent.
   */
  review: ReviewCounts;
}

export interface ReviewItem {
  kind: "contact" | "sign" | "group" | "myth" | "statistic" | "definition" | "step";
  id: string;
  lastVerified: string;
  sources: string[];
}

/** One sentence a locale shows, and the fact it rests on: what a reviewer checks against the sources. */
export interface SentenceTrace {
  locale: string;
  /** Where the text lives: `steps.stay-anonymous`, `contacts.crime-stoppers.channels.web-form`, `ui.common.close`. */
  key: string;
  sentence: string;
  /**
   * The fact it rests on (`step stay-anonymous`, `contact crime-stoppers`), with its sources and confidence; `null`
   * for interface text that states no fact ("Close", "Show all warning signs").
   */
  fact: ({ ref: string; contacts: string[] } & Provenance) | null;
}

export interface ContentReport {
  counts: Record<
    "regions" | "contacts" | "signs" | "groups" | "myths" | "statistics" | "definitions" | "steps",
    number
  >;
  locales: LocaleReport[];
  /** The "help in your language" lines, each with its review state; absent for a tree without lines. */
  lines?: { lang: string; name: string; status: "reviewed" | "draft" }[];
  /** Facts of medium confidence: kept out of default configurations and due for re-checking. */
  review: ReviewItem[];
  /** The oldest and newest `lastVerified` of all facts. */
  verified: { oldest: string; newest: string };
  /**
   * Facts due for re-checking on `today` under the freshness policy (`../freshness.ts`), oldest first, each with
   * the sources to check. Stale ones (past the failure limit) fail `validate` and the release.
   */
  due: { today: string; items: DueItem[] };
  errors: number;
  warnings: number;
  /** Every sentence of every locale's own texts (not English shown in its place), with the fact it rests on. */
  sentences: SentenceTrace[];
}

/** Each own text of `bundle` with the fact it rests on, sentence by sentence. */
function traceSentences(content: Content, bundle: ContentBundle): SentenceTrace[] {
  const traces: SentenceTrace[] = [];
  const own = (key: string) => !bundle.fallback.includes(key);
  const about = (file: "steps.yaml" | "at-risk.yaml", id: string): string[] => {
    const group = file === "steps.yaml" ? content.facts[file].steps : content.facts[file].groups;
    return group[id]?.contacts ?? [];
  };
  const add = (key: string, text: string, fact: SentenceTrace["fact"]) => {
    for (const sentence of splitSentences(text))
      traces.push({ locale: bundle.locale.code, key, sentence, fact });
  };
  const factOf = (ref: string, item: Provenance, contacts: string[] = []) => ({
    ref,
    contacts,
    sources: item.sources,
    lastVerified: item.lastVerified,
    confidence: item.confidence,
  });

  for (const [key, text] of Object.entries(bundle.ui)) {
    if (!own(`ui.${key}`)) continue;
    const contactId = UI_CONTACTS[key];
    const entry = contactId ? bundle.contacts.find((c) => c.id === contactId) : undefined;
    add(
      `ui.${key}`,
      text,
      entry?.lastVerified
        ? factOf(`contact ${entry.id}`, { ...entry, lastVerified: entry.lastVerified, confidence: "high" }, [
            entry.id,
          ])
        : null,
    );
  }
  for (const entry of bundle.contacts) {
    if (!own(`contacts.${entry.id}`) || !entry.lastVerified || entry.confidence === "partner") continue;
    const fact = factOf(
      `contact ${entry.id}`,
      { ...entry, lastVerified: entry.lastVerified, confidence: entry.confidence },
      [entry.id],
    );
    add(`contacts.${entry.id}.use`, entry.use, fact);
    if (entry.hours) add(`contacts.${entry.id}.hours`, entry.hours, fact);
    for (const channel of entry.channels) {
      if (!channel.note) continue;
      const medium = channel.confidence === "medium" || channel.noteConfidence === "medium";
      add(`contacts.${entry.id}.channels.${channel.id}`, channel.note, {
        ...fact,
        ref: `contact ${entry.id}, ${channel.id}`,
        confidence: medium ? "medium" : fact.confidence,
      });
    }
  }
  for (const sign of bundle.signs)
    if (own(`signs.${sign.id}`)) add(`signs.${sign.id}`, sign.text, factOf(`sign ${sign.id}`, sign));
  for (const group of bundle.groups) {
    if (own(`groups.${group.id}`)) {
      add(
        `groups.${group.id}`,
        group.why,
        factOf(`group ${group.id}`, group, about("at-risk.yaml", group.id)),
      );
    }
  }
  for (const myth of bundle.myths) {
    if (!own(`myths.${myth.id}`)) continue;
    add(`myths.${myth.id}.myth`, myth.myth, factOf(`myth ${myth.id}`, myth));
    add(`myths.${myth.id}.fact`, myth.fact, factOf(`myth ${myth.id}`, myth));
  }
  for (const stat of bundle.statistics) {
    if (own(`statistics.${stat.id}`))
      add(`statistics.${stat.id}`, stat.text, factOf(`statistic ${stat.id}`, stat));
  }
  for (const definition of bundle.definitions) {
    if (own(`definitions.${definition.id}`)) {
      add(`definitions.${definition.id}`, definition.text, factOf(`definition ${definition.id}`, definition));
    }
  }
  for (const step of bundle.steps) {
    if (own(`steps.${step.id}`))
      add(`steps.${step.id}`, step.text, factOf(`step ${step.id}`, step, about("steps.yaml", step.id)));
  }
  return traces;
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

/** Options of {@link contentReport}. */
export interface ReportOptions {
  /** `YYYY-MM-DD`: the day the due list is computed for. Today (UTC) by default. */
  today?: string;
  policy?: FreshnessPolicy;
}

/** Build the report from a loaded content tree and the problems validation found. */
export function contentReport(
  content: Content,
  problems: readonly ContentProblem[],
  options: ReportOptions = {},
): ContentReport {
  const today = options.today ?? todayUtc();
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
      review: countStates(reviewStates(content, bundle.locale.code)),
    })),
    ...(content.lines ? { lines: lineReport(content.lines) } : {}),
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
    due: {
      today,
      items: dueItems(
        [
          ...english.regions.map((region) => ({ kind: "region" as const, id: region.code, ...region })),
          ...kinds.flatMap(([kind, items]) => items.map((item) => ({ kind, ...item }))),
        ].map(({ kind, id, lastVerified, sources }) => ({
          kind,
          id,
          lastVerified: lastVerified as string,
          sources,
        })),
        today,
        options.policy,
      ),
    },
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
    sentences: bundles.flatMap((bundle) => traceSentences(content, bundle)),
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

/** Every sentence with the fact it rests on, one line each, grouped by locale: `lantern-content report --sentences`. */
export function formatSentences(report: ContentReport): string {
  const lines: string[] = [];
  for (const locale of report.locales) {
    const own = report.sentences.filter((trace) => trace.locale === locale.code);
    const resting = own.filter((trace) => trace.fact).length;
    lines.push(
      "",
      `Sentences in ${locale.code}: ${own.length}, ${resting} resting on a fact, ${own.length - resting} interface text`,
    );
    for (const trace of own) {
      const fact = trace.fact
        ? `${trace.fact.ref} (${trace.fact.confidence}; ${trace.fact.sources.join(" ")})`
        : "interface text, no fact";
      lines.push(`  ${trace.key}: ${trace.sentence}`, `      rests on ${fact}`);
    }
  }
  return lines.join("\n");
}

/** `231 reviewed, 1 draft, 0 missing`: one locale's strings by review state, as `validate` and `report` print them. */
export function formatReviewCounts(counts: ReviewCounts): string {
  return `${counts.reviewed} reviewed, ${counts.draft} draft, ${counts.missing} missing`;
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
      const head = `  ${locale.code.padEnd(4)}${locale.status.padEnd(10)}${locale.dir}  ${percent}  ${String(locale.translated).padStart(4)}/${locale.total}  strings: ${formatReviewCounts(locale.review)}`;
      return locale.missing.length
        ? `${head}  missing, shown in English: ${summarize(locale.missing)}`
        : head;
    }),
    ...(report.lines
      ? [
          "",
          `Help in your language: ${report.lines.length} lines, ${report.lines.filter((line) => line.status === "reviewed").length} reviewed`,
          ...report.lines.map((line) => `  ${line.lang.padEnd(8)}${line.status.padEnd(10)}${line.name}`),
        ]
      : []),
    "",
    `Marked for review (medium confidence, kept out of defaults): ${report.review.length}`,
    ...report.review.map(
      (item) => `  ${item.kind.padEnd(11)}${item.id.padEnd(34)}last verified ${item.lastVerified}`,
    ),
    "",
    `Due for re-checking on ${report.due.today} (oldest first, with the sources to check): ${report.due.items.length}`,
    ...report.due.items.flatMap((item) => [
      `  ${item.kind.padEnd(11)}${item.id.padEnd(34)}last verified ${item.lastVerified}${item.state === "stale" ? `, STALE since ${item.staleFrom}` : `, stale from ${item.staleFrom}`}`,
      ...item.sources.map((source) => `      ${source}`),
    ]),
    "",
    ...problems.map(formatProblem),
    `${report.errors} errors, ${report.warnings} warnings`,
  ];
  return lines.join("\n");
}

/** Each line's language, own name and review state, in the file's order. */
function lineReport(lines: LinesContent): NonNullable<ContentReport["lines"]> {
  const states = lineReviewStates(lines);
  return Object.entries(lines.file.lines).map(([lang, line]) => ({
    lang,
    name: line.name,
    status: states.get(lang) === "reviewed" ? "reviewed" : "draft",
  }));
}
