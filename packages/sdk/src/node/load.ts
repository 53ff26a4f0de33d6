/**
 * Reads a `content/` tree, validates every file against its schema and every cross-reference between files, and
 * reports each problem with its file, line and path:
 * `content/locales/fr/signs.yaml:12 signs.speaks-for-them.text: required: write the text in this language`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import * as z from "zod/mini";
import { describeIssues, formatPath, type IssuePath, suggest } from "../issues.js";
import { factFiles, type LocaleFileName, lineFiles, localeFiles } from "../schema.js";
import { punctuationProblems } from "../typography.js";
import { AUDIENCES, CHANNEL_KINDS, CONTACT_ROLES, FALLBACK_LOCALE, SIGN_CATEGORIES } from "../vocabulary.js";
import {
  CANONICAL_FILE,
  type CanonicalList,
  channelWords,
  claimsIn,
  contactWords,
  isCanonicalList,
  MEDIUM_NOTE,
  UI_CONTACTS,
} from "./canonical.js";
import { type FreshnessCheck, freshnessProblem } from "./freshness.js";
import { type LinesContent, lineProblems } from "./lines.js";
import { meaningProblems } from "./meaning-checks.js";
import { reviewProblems } from "./review-checks.js";
import { audienceProblems, type RuleProblem, whyProblems } from "./rules/audiences.js";
import { isContactEntry, wordingProblems } from "./rules/wording.js";
import { NOT_WORDS, NUMBER_OR_URL, placeholdersOf, stringLeaves } from "./strings.js";

/** The vocabularies every locale's taxonomy.yaml names. */
const TAXONOMY_VOCABULARIES = {
  audiences: AUDIENCES,
  categories: SIGN_CATEGORIES,
  channels: CHANNEL_KINDS,
  roles: CONTACT_ROLES,
} as const;

export interface ContentProblem {
  /** The file, from the content folder's own name: `content/facts/signs.yaml`. */
  file: string;
  /** 1-based line of the offending key, or of the nearest enclosing one. */
  line: number;
  /** Dotted path inside the file: `signs.speaks-for-them.text`; empty for whole-file problems. */
  path: string;
  message: string;
  /** Errors stop `build`; warnings (a draft locale's missing text) are reported and English is used. */
  severity: "error" | "warning";
}

/** `content/locales/fr/signs.yaml:12 signs.speaks-for-them.text: required`: one line an editor can act on. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}

type FactFiles = { [K in keyof typeof factFiles]: z.infer<(typeof factFiles)[K]> };
type LocaleFiles = { [K in LocaleFileName]?: z.infer<(typeof localeFiles)[K]> };

/** A validated `content/` tree: facts once, and the words of each locale. */
export interface Content {
  facts: FactFiles;
  /** `canonical-contacts.json`: every number, short code and URL in `facts/contacts.yaml` matches it. */
  canonical: CanonicalList;
  /** By locale code; English first. */
  locales: Map<string, LocaleFiles & { "locale.yaml": z.infer<(typeof localeFiles)["locale.yaml"]> }>;
  /** `lines/`: the "help in your language" lines, when the tree has them. */
  lines?: LinesContent;
}

export interface LoadOptions {
  /** `YYYY-MM-DD`: a `lastVerified` after it is refused. Today (UTC) by default. */
  today?: string;
  /**
   * Check each fact's `lastVerified` against the freshness policy (`./freshness.ts`). Off by default, so that
   * loading content never depends on the calendar; `validate`, `report` and the release turn it on.
   */
  freshness?: FreshnessCheck | undefined;
}

export interface LoadResult {
  /** Present when no file had an error: what `build` compiles. */
  content?: Content;
  problems: ContentProblem[];
}

interface ParsedFile {
  file: string;
  data: unknown;
  /** The line of `path`, or of the deepest part of it that exists. */
  lineOf(path: readonly (string | number)[]): number;
}

class Problems {
  readonly list: ContentProblem[] = [];
  /** Files that failed to parse or to match their schema: their errors are reported, their contents not used. */
  readonly broken = new Set<string>();
  add(file: ParsedFile | string, path: IssuePath, message: string, severity: "error" | "warning" = "error") {
    const name = typeof file === "string" ? file : file.file;
    const line = typeof file === "string" ? 1 : file.lineOf(path);
    this.list.push({ file: name, line, path: formatPath(path), message, severity });
  }
  get hasErrors() {
    return this.list.some((problem) => problem.severity === "error");
  }
}

/** Parse one YAML file, reporting syntax errors and duplicate keys with their lines. */
function parseYaml(path: string, file: string, problems: Problems): ParsedFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  // Only the first: a YAML error usually cascades into several more that say nothing new.
  for (const error of doc.errors.slice(0, 1)) {
    const line = error.linePos?.[0].line ?? lineAt(error.pos[0]);
    problems.list.push({
      file,
      line,
      path: "",
      message: `YAML syntax error: ${error.message.split("\n")[0]}. Check the indentation and quoting on this line or the one above`,
      severity: "error",
    });
  }
  if (doc.errors.length) {
    problems.broken.add(file);
    return undefined;
  }

  const findDuplicates = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = lineAt((pair.key as Node | null)?.range?.[0] ?? 0);
        const seen = first.get(key);
        if (seen !== undefined) {
          problems.list.push({
            file,
            line,
            path: formatPath([...path, key]),
            message: `duplicate key (first on line ${seen}): give each entry its own id, or merge the two`,
            severity: "error",
          });
        } else first.set(key, line);
        findDuplicates(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        findDuplicates(item, [...path, index]);
      });
    }
  };
  findDuplicates(doc.contents, []);

  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      let node: unknown = doc.contents;
      let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isScalar(item.key) && String(item.key.value) === String(key),
          );
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node)) {
          const item = node.items[Number(key)] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return lineAt(offset);
    },
  };
}

/** Validate `parsed` against `schema`, turning zod issues into located problems. */
function check<S extends z.core.$ZodType>(
  schema: S,
  parsed: ParsedFile,
  problems: Problems,
): z.infer<S> | undefined {
  const result = z.safeParse(schema, parsed.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  problems.broken.add(parsed.file);
  for (const issue of describeIssues(schema, result.error.issues, parsed.data)) {
    problems.add(parsed, issue.path, issue.message);
  }
  return undefined;
}

/** Files in `dir` that Lantern does not know: a misnamed file would otherwise be silently ignored. */
function reportUnknownFiles(dir: string, label: string, known: readonly string[], problems: Problems) {
  for (const name of readdirSync(dir)) {
    if (!known.includes(name) && !name.startsWith(".") && name !== "README.md") {
      problems.add(`${label}/${name}`, [], `unknown file: ${suggest(name, known)}`);
    }
  }
}

/** The group each fact file keeps its entries under; locale files of the same name use the same group. */
const GROUPS = {
  "contacts.yaml": "contacts",
  "signs.yaml": "signs",
  "at-risk.yaml": "groups",
  "myths.yaml": "myths",
  "statistics.yaml": "statistics",
  "definitions.yaml": "definitions",
  "steps.yaml": "steps",
} as const satisfies Partial<Record<keyof FactFiles & LocaleFileName, string>>;

/** The entries of a fact file, by id, whatever its group is called. */
function entriesOf(facts: Partial<FactFiles>, name: keyof FactFiles): Record<string, unknown> | undefined {
  const data = facts[name] as Record<string, Record<string, unknown>> | undefined;
  if (!data) return undefined;
  return name === "regions.yaml" ? data.regions : data[GROUPS[name as keyof typeof GROUPS]];
}

/** Read `canonical-contacts.json`, reporting a missing, unreadable or misshapen file. */
function loadCanonical(root: string, label: string, problems: Problems): CanonicalList | undefined {
  const file = `${label}/${CANONICAL_FILE}`;
  const path = join(root, CANONICAL_FILE);
  if (!existsSync(path)) {
    problems.add(
      file,
      [],
      "missing file: copy the project's canonical contact list (shared/facts/contacts.json) here, so every number is checked against it",
    );
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.add(file, [], `not valid JSON: ${(error as Error).message}. Copy the shared list again`);
    return undefined;
  }
  if (!isCanonicalList(data)) {
    problems.add(
      file,
      [],
      "not a canonical contact list: expected contacts (each with id, confidence and channels) and do_not_ship",
    );
    return undefined;
  }
  return data;
}

/**
 * Load and validate the content tree at `root` (a folder holding `facts/`, `locales/` and
 * `canonical-contacts.json`). Every problem is reported in one run: a broken fact file stops the checks that need
 * it, not the translation checks.
 */
export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems = new Problems();
  const label = basename(root);
  if (!existsSync(join(root, "facts")) || !existsSync(join(root, "locales"))) {
    problems.add(label, [], `not a content folder: expected ${label}/facts/ and ${label}/locales/`);
    return { problems: problems.list };
  }

  const canonical = loadCanonical(root, label, problems);

  // Facts, written once.
  reportUnknownFiles(join(root, "facts"), `${label}/facts`, Object.keys(factFiles), problems);
  const facts: Partial<FactFiles> = {};
  const parsedFacts: Partial<Record<keyof FactFiles, ParsedFile>> = {};
  for (const [name, schema] of Object.entries(factFiles) as [keyof FactFiles, z.core.$ZodType][]) {
    const file = `${label}/facts/${name}`;
    if (!existsSync(join(root, "facts", name))) {
      problems.add(file, [], "missing file: every content tree needs it, even if it lists nothing yet");
      continue;
    }
    const parsed = parseYaml(join(root, "facts", name), file, problems);
    if (!parsed) continue;
    parsedFacts[name] = parsed;
    const data = check(schema, parsed, problems);
    if (data) (facts as Record<string, unknown>)[name] = data;
  }

  // Locales: the words for each fact id, and the UI strings.
  const localesDir = join(root, "locales");
  const codes = readdirSync(localesDir)
    .filter((name) => statSync(join(localesDir, name)).isDirectory())
    .sort((a, b) => Number(b === FALLBACK_LOCALE) - Number(a === FALLBACK_LOCALE) || a.localeCompare(b));
  if (!codes.includes(FALLBACK_LOCALE)) {
    problems.add(
      `${label}/locales/${FALLBACK_LOCALE}`,
      [],
      "missing: English is the fallback for every other locale",
    );
  }
  const locales: Content["locales"] = new Map();
  const parsedLocales = new Map<string, Partial<Record<LocaleFileName, ParsedFile>>>();
  for (const code of codes) {
    const dir = join(localesDir, code);
    reportUnknownFiles(dir, `${label}/locales/${code}`, Object.keys(localeFiles), problems);
    const files: LocaleFiles = {};
    const parsedFiles: Partial<Record<LocaleFileName, ParsedFile>> = {};
    for (const [name, schema] of Object.entries(localeFiles) as [LocaleFileName, z.core.$ZodType][]) {
      const file = `${label}/locales/${code}/${name}`;
      if (!existsSync(join(dir, name))) {
        // English is the source: it has no review records to keep.
        if (name === "locale.yaml" || (code === FALLBACK_LOCALE && name !== "reviews.yaml")) {
          problems.add(
            file,
            [],
            `missing file: ${code === FALLBACK_LOCALE ? "English must be complete" : "every locale needs one"}`,
          );
        }
        continue;
      }
      const parsed = parseYaml(join(dir, name), file, problems);
      if (!parsed) continue;
      parsedFiles[name] = parsed;
      const data = check(schema, parsed, problems);
      if (data) (files as Record<string, unknown>)[name] = data;
      if (parsed.data && !NOT_WORDS.includes(name)) {
        for (const [path, text] of stringLeaves(parsed.data)) {
          if (NUMBER_OR_URL.test(text)) {
            problems.add(
              parsed,
              path,
              "phone numbers, short codes and web addresses live only in facts/contacts.yaml: use a {placeholder}",
            );
          }
          for (const message of punctuationProblems(text, code)) problems.add(parsed, path, message);
          for (const message of wordingProblems(text, code, isContactEntry(name, path)))
            problems.add(parsed, path, message);
        }
      }
    }
    const meta = files["locale.yaml"];
    if (meta && meta.locale.code !== code && parsedFiles["locale.yaml"]) {
      problems.add(
        parsedFiles["locale.yaml"],
        ["locale", "code"],
        `is "${meta.locale.code}" but the folder is "${code}": make them the same`,
      );
    }
    if (meta) locales.set(code, { ...files, "locale.yaml": meta });
    parsedLocales.set(code, parsedFiles);
  }

  // Cross-references, each with the files it needs: a broken file hides only the checks that read it.
  const complete = Object.keys(factFiles).every((name) => name in facts);
  crossCheck({
    facts,
    parsedFacts,
    locales,
    parsedLocales,
    problems,
    label,
    canonical,
    today,
    freshness: options.freshness,
  });

  const lines = loadLines(root, label, facts, canonical, today, options.freshness, problems);

  // File by file, line by line: the order an editor fixes them in.
  const sort = () => problems.list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.hasErrors || !complete || !canonical) return { problems: sort() };
  const content: Content = { facts: facts as FactFiles, canonical, locales, ...(lines ? { lines } : {}) };
  // Review records are read against the whole tree's English, so they are checked once everything else holds.
  problems.list.push(
    ...reviewProblems(
      content,
      label,
      (code, name, path) => parsedLocales.get(code)?.[name]?.lineOf(path) ?? 1,
    ),
  );
  if (problems.hasErrors) return { problems: sort() };
  return { content, problems: sort() };
}

/**
 * `lines/` (optional: a tree without it has no "help in your language" lines): its two files against their schemas,
 * the lines against their rules (`lines.ts`), the date and the freshness policy, and review records that name only
 * languages it has.
 */
function loadLines(
  root: string,
  label: string,
  facts: Partial<FactFiles>,
  canonical: CanonicalList | undefined,
  today: string,
  freshness: FreshnessCheck | undefined,
  problems: Problems,
): LinesContent | undefined {
  const dir = join(root, "lines");
  if (!existsSync(dir)) return undefined;
  reportUnknownFiles(dir, `${label}/lines`, Object.keys(lineFiles), problems);
  const linesPath = join(dir, "lines.yaml");
  if (!existsSync(linesPath)) {
    problems.add(`${label}/lines/lines.yaml`, [], "missing file: lines/ holds the lines in lines.yaml");
    return undefined;
  }
  const parsed = parseYaml(linesPath, `${label}/lines/lines.yaml`, problems);
  const file = parsed && check(lineFiles["lines.yaml"], parsed, problems);
  if (!parsed || !file) return undefined;
  for (const problem of lineProblems(file, facts["contacts.yaml"]?.contacts, canonical))
    problems.add(parsed, problem.path, problem.message);
  if (file.lastVerified > today) problems.add(parsed, ["lastVerified"], inTheFuture(file.lastVerified));
  const stale = freshness && freshnessProblem(file.lastVerified, freshness);
  if (stale) problems.add(parsed, ["lastVerified"], stale.message, stale.severity);
  let reviews: LinesContent["reviews"] = [];
  const reviewsPath = join(dir, "reviews.yaml");
  if (existsSync(reviewsPath)) {
    const parsedReviews = parseYaml(reviewsPath, `${label}/lines/reviews.yaml`, problems);
    const data = parsedReviews && check(lineFiles["reviews.yaml"], parsedReviews, problems);
    if (!parsedReviews || !data) return undefined;
    reviews = data.reviews;
    const codes = Object.keys(file.lines);
    reviews.forEach((review, index) => {
      for (const code of Object.keys(review.strings)) {
        if (!codes.includes(code))
          problems.add(
            parsedReviews,
            ["reviews", index, "strings", code],
            `no line "${code}" in lines.yaml: ${suggest(code, codes)}`,
          );
      }
    });
  }
  return { file, reviews };
}

/** A `lastVerified` after today is a typo, or a promise nobody kept: the fact was not checked on that day. */
const inTheFuture = (date: string) =>
  `"${date}" is in the future: write the date you last checked the sources`;

interface CrossCheck {
  facts: Partial<FactFiles>;
  parsedFacts: Partial<Record<keyof FactFiles, ParsedFile>>;
  locales: Content["locales"];
  parsedLocales: Map<string, Partial<Record<LocaleFileName, ParsedFile>>>;
  problems: Problems;
  label: string;
  canonical: CanonicalList | undefined;
  today: string;
  freshness: FreshnessCheck | undefined;
}

const digits = (value: string) => value.replace(/\D/g, "");

function crossCheck(check: CrossCheck) {
  const { facts, parsedFacts, locales, problems, label, today } = check;
  const regions = facts["regions.yaml"]?.regions;
  const regionCodes = regions ? Object.keys(regions) : undefined;
  if (regions && regionCodes && parsedFacts["regions.yaml"]) {
    for (const [code, region] of Object.entries(regions)) {
      if (region.parent !== null && !regionCodes.includes(region.parent)) {
        problems.add(
          parsedFacts["regions.yaml"],
          ["regions", code, "parent"],
          `unknown region "${region.parent}": ${suggest(region.parent, regionCodes)}`,
        );
      }
    }
  }

  for (const name of Object.keys(factFiles) as (keyof FactFiles)[]) {
    const parsed = parsedFacts[name];
    const group = name === "regions.yaml" ? "regions" : GROUPS[name as keyof typeof GROUPS];
    for (const [id, fact] of Object.entries(entriesOf(facts, name) ?? {}) as [
      string,
      { lastVerified: string },
    ][]) {
      if (parsed && fact.lastVerified > today) {
        problems.add(parsed, [group, id, "lastVerified"], inTheFuture(fact.lastVerified));
      }
      const stale = parsed && check.freshness && freshnessProblem(fact.lastVerified, check.freshness);
      if (parsed && stale) problems.add(parsed, [group, id, "lastVerified"], stale.message, stale.severity);
    }
  }

  const contacts = facts["contacts.yaml"]?.contacts;
  const contactsFile = parsedFacts["contacts.yaml"];
  if (contacts && contactsFile) {
    for (const [id, contact] of Object.entries(contacts)) {
      if (regionCodes && !regionCodes.includes(contact.region)) {
        problems.add(
          contactsFile,
          ["contacts", id, "region"],
          `unknown region "${contact.region}": add it to regions.yaml or ${suggest(contact.region, regionCodes)}`,
        );
      }
      const channelIds = new Set<string>();
      contact.channels.forEach((channel, index) => {
        const channelId = channel.id ?? channel.kind;
        if (channelIds.has(channelId)) {
          problems.add(
            contactsFile,
            ["contacts", id, "channels", index],
            `two channels are both "${channelId}": give the second an id, such as ${channel.kind}-toronto`,
          );
        }
        channelIds.add(channelId);
      });
    }
    if (check.canonical) checkCanonical(check, contacts, contactsFile, check.canonical);
  }

  // Steps and groups name the contacts they speak of, so their promises can be traced to the canonical list.
  for (const [name, group] of [
    ["steps.yaml", "steps"],
    ["at-risk.yaml", "groups"],
  ] as const) {
    const parsed = parsedFacts[name];
    if (!contacts || !parsed) continue;
    for (const [id, fact] of Object.entries(entriesOf(facts, name) ?? {}) as [
      string,
      { contacts?: string[] },
    ][]) {
      (fact.contacts ?? []).forEach((contactId, index) => {
        if (!(contactId in contacts)) {
          problems.add(
            parsed,
            [group, id, "contacts", index],
            `unknown contact "${contactId}": ids come from ${label}/facts/contacts.yaml (${suggest(contactId, Object.keys(contacts))})`,
          );
        }
      });
    }
  }

  const statistics = facts["statistics.yaml"]?.statistics;
  if (statistics && parsedFacts["statistics.yaml"]) {
    for (const [id, stat] of Object.entries(statistics)) {
      if (stat.period.from > stat.period.to) {
        problems.add(
          parsedFacts["statistics.yaml"],
          ["statistics", id, "period"],
          "from is after to: swap them",
        );
      }
    }
  }

  // An audience reorders or adds; the seed's groups are everyone's (rules/audiences.ts).
  const addAll = (file: ParsedFile | undefined, list: RuleProblem[]) => {
    if (file) for (const p of list) problems.add(file, p.path, p.message, p.severity);
  };
  const groups = facts["at-risk.yaml"]?.groups;
  if (groups) addAll(parsedFacts["at-risk.yaml"], audienceProblems("groups", groups));
  const myths = facts["myths.yaml"]?.myths;
  if (myths) addAll(parsedFacts["myths.yaml"], audienceProblems("myths", myths));
  const englishGroups = locales.get(FALLBACK_LOCALE)?.["at-risk.yaml"]?.groups;
  if (groups && englishGroups) {
    const seeds = Object.keys(groups).filter((id) => groups[id]?.seed);
    for (const [code, files] of locales) {
      const own = files["at-risk.yaml"]?.groups;
      const isEnglish = code === FALLBACK_LOCALE;
      addAll(
        check.parsedLocales.get(code)?.["at-risk.yaml"],
        whyProblems(seeds, englishGroups, own, isEnglish),
      );
    }
  }

  for (const code of locales.keys()) {
    checkLocale(check, code);
    checkMeaning(check, code);
  }
}

/** The safety-critical meaning of each text (meaning-checks.ts), reported at the text's own line. */
function checkMeaning(check: CrossCheck, code: string) {
  const files = check.parsedLocales.get(code) ?? {};
  const english = new Map(
    Object.entries(check.parsedLocales.get(FALLBACK_LOCALE) ?? {}).flatMap(([, parsed]) =>
      stringLeaves(parsed.data).map(([path, text]) => [path.join("."), text] as const),
    ),
  );
  for (const [name, parsed] of Object.entries(files) as [LocaleFileName, ParsedFile][]) {
    if (NOT_WORDS.includes(name)) continue;
    const texts = stringLeaves(parsed.data).map(([path, text]) => ({ key: path.join("."), text }));
    for (const { path, message } of meaningProblems(code, texts, english))
      check.problems.add(parsed, path, message);
  }
}

/**
 * `facts/contacts.yaml` against the canonical list: the same contacts, scopes and channels character for character,
 * no higher confidence than the list gives, medium channels and notes marked so they stay out of default bundles,
 * and nothing the list says not to ship.
 */
function checkCanonical(
  check: CrossCheck,
  contacts: FactFiles["contacts.yaml"]["contacts"],
  file: ParsedFile,
  canonical: CanonicalList,
) {
  const { problems, label, locales } = check;
  const canonicalIds = canonical.contacts.map((entry) => entry.id);
  const banned = new Map(canonical.do_not_ship.map((entry) => [digits(entry.value), entry.why]));
  for (const [id, contact] of Object.entries(contacts)) {
    contact.channels.forEach((channel, index) => {
      const why =
        channel.kind === "phone" || channel.kind === "sms" ? banned.get(digits(channel.value)) : undefined;
      if (why) {
        problems.add(
          file,
          ["contacts", id, "channels", index, "value"],
          `is on the do-not-ship list: ${why}`,
        );
      }
    });
    const source = canonical.contacts.find((entry) => entry.id === id);
    if (!source) {
      problems.add(
        file,
        ["contacts", id],
        `not in the canonical contact list (${label}/${CANONICAL_FILE}): only a listed contact may be added (${suggest(id, canonicalIds)})`,
      );
      continue;
    }
    if (contact.region !== source.scope) {
      problems.add(
        file,
        ["contacts", id, "region"],
        `is "${contact.region}" but the canonical list gives ${source.scope}: write ${source.scope}`,
      );
    }
    if (contact.confidence === "high" && source.confidence !== "high") {
      problems.add(
        file,
        ["contacts", id, "confidence"],
        `the canonical list grades this contact ${source.confidence}: write confidence: ${source.confidence}`,
      );
    }
    contact.channels.forEach((channel, index) => {
      const path = ["contacts", id, "channels", index];
      const sameKind = source.channels.filter((entry) => entry.kind === channel.kind);
      const match = sameKind.find((entry) => entry.value === channel.value);
      if (!match) {
        problems.add(
          file,
          [...path, "value"],
          sameKind.length
            ? `"${channel.value}" does not match the canonical list: ${id}'s ${channel.kind} is ${sameKind.map((entry) => entry.value).join(" or ")}`
            : `the canonical list has no ${channel.kind} for ${id}: remove this channel, or have the list corrected first`,
        );
        return;
      }
      if (channel.display !== match.display) {
        problems.add(
          file,
          [...path, "display"],
          match.display
            ? `must be "${match.display}", as in the canonical list`
            : "the canonical list shows this value as it is: remove display",
        );
      }
      if (contact.confidence === "medium") return;
      if (match.notes && MEDIUM_NOTE.test(match.notes) && channel.confidence !== "medium") {
        problems.add(
          file,
          path,
          `the canonical list marks this channel medium ("${match.notes}"): add confidence: medium so it stays out of default bundles`,
        );
      }
      const channelId = channel.id ?? channel.kind;
      const noted = [...locales]
        .filter(([, files]) => files["contacts.yaml"]?.contacts[id]?.channels?.[channelId] !== undefined)
        .map(([code]) => code);
      if (
        source.notes &&
        MEDIUM_NOTE.test(source.notes) &&
        noted.length &&
        channel.confidence !== "medium" &&
        channel.noteConfidence !== "medium"
      ) {
        problems.add(
          file,
          path,
          `the canonical list grades some details of this contact medium ("${source.notes}"): add noteConfidence: medium so the note (${noted.join(", ")}) stays out of default bundles`,
        );
      }
    });
  }
}

/** Missing, unknown and inconsistent texts of one locale, and the promises its texts make about contacts. */
function checkLocale(check: CrossCheck, code: string) {
  const { facts, locales, parsedLocales, problems, label, canonical } = check;
  const files = locales.get(code);
  if (!files) return;
  const parsed = parsedLocales.get(code) ?? {};
  const isEnglish = code === FALLBACK_LOCALE;
  const reviewed = isEnglish || files["locale.yaml"].locale.status === "reviewed";
  // English and reviewed locales ship by default, so a gap is an error; a draft's gap is shown in English.
  const missingSeverity = reviewed ? "error" : "warning";
  const missingNote = isEnglish
    ? "English is the fallback, so it must have every entry"
    : reviewed
      ? "a reviewed locale must have every text: translate it, or set status: draft in locale.yaml"
      : "English is shown instead";
  const englishUi = locales.get(FALLBACK_LOCALE)?.["ui.yaml"]?.ui ?? {};
  const isBroken = (name: LocaleFileName) => problems.broken.has(`${label}/locales/${code}/${name}`);
  const contactFacts = facts["contacts.yaml"]?.contacts;
  const sourceOf = (id: string) => canonical?.contacts.find((entry) => entry.id === id);
  const checkClaims = (
    where: ParsedFile | string,
    path: IssuePath,
    text: string,
    rests: string,
    of: string,
  ) => {
    for (const claim of claimsIn(text, code)) {
      if (!claim.canonical.test(rests)) {
        problems.add(
          where,
          path,
          `promises "${claim.id}", which the canonical list does not say of ${of}: say only what its sources state`,
        );
      }
    }
  };

  // Entries keyed by fact ids: unknown ids are errors everywhere; missing ones are errors unless the locale is a draft.
  for (const [name, group] of Object.entries(GROUPS) as [keyof typeof GROUPS, string][]) {
    const ids = Object.keys(entriesOf(facts, name) ?? {});
    // Without a valid fact file there is nothing to compare with; its own errors say why.
    if (!facts[name]) continue;
    const file = parsed[name];
    const path = `${label}/locales/${code}/${name}`;
    // A broken file has its errors already; listing its entries as missing would only add noise.
    if (isBroken(name)) continue;
    const entries = (files[name] as Record<string, Record<string, Record<string, unknown>>> | undefined)?.[
      group
    ];
    if (!file && !isEnglish) {
      if (ids.length) {
        problems.add(
          path,
          [],
          reviewed
            ? `missing file: ${missingNote}`
            : `missing file: English is shown for its ${ids.length} ${ids.length === 1 ? "entry" : "entries"}`,
          missingSeverity,
        );
      }
      continue;
    }
    const fileLabel = file ?? path;
    for (const id of Object.keys(entries ?? {})) {
      if (!ids.includes(id)) {
        problems.add(
          fileLabel,
          [group, id],
          `unknown id: ids come from ${label}/facts/${name} (${suggest(id, ids)})`,
        );
      }
    }
    for (const id of ids.filter((id) => !entries || !(id in entries))) {
      problems.add(fileLabel, [group], `missing "${id}": ${missingNote}`, missingSeverity);
    }
    if (!entries) continue;

    if (name === "contacts.yaml" && contactFacts) {
      for (const [id, entry] of Object.entries(entries)) {
        const fact = contactFacts[id];
        if (!fact) continue;
        const channelIds = fact.channels.map((channel) => channel.id ?? channel.kind);
        const notes = (entry.channels as Record<string, string> | undefined) ?? {};
        for (const channelId of Object.keys(notes)) {
          if (!channelIds.includes(channelId)) {
            problems.add(
              fileLabel,
              ["contacts", id, "channels", channelId],
              `unknown channel: ${suggest(channelId, channelIds)}`,
            );
          }
        }
        const source = sourceOf(id);
        if (!source) continue;
        for (const field of ["name", "use", "hours"]) {
          const text = entry[field];
          if (typeof text === "string")
            checkClaims(fileLabel, ["contacts", id, field], text, contactWords(source), id);
        }
        for (const [channelId, note] of Object.entries(notes)) {
          const channel = fact.channels.find((ch) => (ch.id ?? ch.kind) === channelId);
          const match = source.channels.find(
            (ch) => ch.kind === channel?.kind && ch.value === channel?.value,
          );
          checkClaims(
            fileLabel,
            ["contacts", id, "channels", channelId],
            note,
            channelWords(source, match),
            `${id}'s ${channelId}`,
          );
        }
      }
    }

    if ((name === "steps.yaml" || name === "at-risk.yaml") && canonical) {
      for (const [id, entry] of Object.entries(entries)) {
        const about = (entriesOf(facts, name)?.[id] as { contacts?: string[] } | undefined)?.contacts ?? [];
        const sources = about.map(sourceOf).filter((source) => source !== undefined);
        if (!sources.length) continue;
        for (const [field, text] of Object.entries(entry)) {
          if (typeof text !== "string") continue;
          checkClaims(
            fileLabel,
            [group, id, field],
            text,
            sources.map(contactWords).join(" | "),
            about.join(" or "),
          );
        }
      }
    }

    if (name === "statistics.yaml") {
      for (const [id, entry] of Object.entries(entries)) {
        const stat = facts["statistics.yaml"]?.statistics[id];
        const text = String(entry.text ?? "");
        if (!stat) continue;
        const value = String(stat.value);
        if (!text.includes(value) && !text.includes(value.replace(".", ","))) {
          problems.add(
            fileLabel,
            ["statistics", id, "text"],
            `must contain the figure ${value} exactly as in facts/statistics.yaml`,
          );
        }
        for (const year of new Set([stat.period.from, stat.period.to])) {
          if (!text.includes(String(year))) {
            problems.add(fileLabel, ["statistics", id, "text"], `must name the period: ${year} is missing`);
          }
        }
      }
    }
  }

  // Taxonomy: names for every vocabulary entry and every region.
  const regionCodes = Object.keys(facts["regions.yaml"]?.regions ?? {});
  const taxonomy = files["taxonomy.yaml"];
  const taxonomyFile = parsed["taxonomy.yaml"] ?? `${label}/locales/${code}/taxonomy.yaml`;
  if (taxonomy && facts["regions.yaml"]) {
    for (const region of Object.keys(taxonomy.regions)) {
      if (!regionCodes.includes(region)) {
        problems.add(
          taxonomyFile,
          ["regions", region],
          `unknown region: ids come from ${label}/facts/regions.yaml (${suggest(region, regionCodes)})`,
        );
      }
    }
  }
  if (taxonomy && contactFacts && canonical) {
    // A role's name labels every contact of that role, so its promise must hold for each of them.
    for (const [role, roleName] of Object.entries(taxonomy.roles) as [string, string][]) {
      for (const [id, fact] of Object.entries(contactFacts)) {
        const source = sourceOf(id);
        if (fact.role === role && source) {
          checkClaims(taxonomyFile, ["roles", role], roleName, contactWords(source), `${id} (role ${role})`);
        }
      }
    }
  }
  if (!isBroken("taxonomy.yaml")) {
    if (!taxonomy && !isEnglish) {
      problems.add(
        taxonomyFile,
        [],
        reviewed ? `missing file: ${missingNote}` : "missing file: English names are shown",
        missingSeverity,
      );
    } else {
      for (const [group, keys] of Object.entries(TAXONOMY_VOCABULARIES)) {
        const own: Record<string, string> = taxonomy?.[group as keyof typeof TAXONOMY_VOCABULARIES] ?? {};
        for (const key of keys) {
          if (!(key in own))
            problems.add(taxonomyFile, [group], `missing "${key}": ${missingNote}`, missingSeverity);
        }
      }
      if (facts["regions.yaml"]) {
        for (const region of regionCodes) {
          if (!taxonomy || !(region in taxonomy.regions)) {
            problems.add(taxonomyFile, ["regions"], `missing "${region}": ${missingNote}`, missingSeverity);
          }
        }
      }
    }
  }

  // UI strings: the same keys and the same {placeholders} as English.
  const ui = files["ui.yaml"]?.ui;
  const uiFile = parsed["ui.yaml"] ?? `${label}/locales/${code}/ui.yaml`;
  if (ui && canonical) {
    for (const [key, contactId] of Object.entries(UI_CONTACTS)) {
      const [group = "", name = ""] = key.split(".");
      const value = ui[group]?.[name];
      const source = sourceOf(contactId);
      if (value !== undefined && source)
        checkClaims(uiFile, ["ui", group, name], value, contactWords(source), contactId);
    }
  }
  if (ui && !isEnglish) {
    for (const [group, strings] of Object.entries(ui)) {
      const englishGroup = englishUi[group];
      if (!englishGroup) {
        problems.add(uiFile, ["ui", group], `unknown group: ${suggest(group, Object.keys(englishUi))}`);
        continue;
      }
      for (const [key, value] of Object.entries(strings)) {
        const englishText = englishGroup[key];
        if (englishText === undefined) {
          problems.add(uiFile, ["ui", group, key], `unknown key: ${suggest(key, Object.keys(englishGroup))}`);
        } else if (placeholdersOf(englishText).join() !== placeholdersOf(value).join()) {
          problems.add(
            uiFile,
            ["ui", group, key],
            `must use the same placeholders as English: ${placeholdersOf(englishText).join(", ") || "none"}`,
          );
        }
      }
    }
  }
  if (!isEnglish && !isBroken("ui.yaml")) {
    if (!ui) {
      problems.add(
        uiFile,
        [],
        reviewed ? `missing file: ${missingNote}` : "missing file: English is shown for every interface text",
        missingSeverity,
      );
    } else {
      for (const [group, strings] of Object.entries(englishUi)) {
        for (const key of Object.keys(strings)) {
          if (ui[group]?.[key] === undefined) {
            problems.add(uiFile, ["ui", group], `missing "${key}": ${missingNote}`, missingSeverity);
          }
        }
      }
    }
  }
}
