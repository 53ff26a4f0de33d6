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
import { factFiles, type LocaleFileName, localeFiles } from "../schema.js";
import { AUDIENCES, CHANNEL_KINDS, CONTACT_ROLES, FALLBACK_LOCALE, SIGN_CATEGORIES } from "../vocabulary.js";

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
  /** By locale code; English first. */
  locales: Map<string, LocaleFiles & { "locale.yaml": z.infer<(typeof localeFiles)["locale.yaml"]> }>;
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

/** Phone numbers and web addresses belong in facts/contacts.yaml, so that they are checked in one place. */
const NUMBER_OR_URL = /(?:\b\d{3}-\d{3}-\d{4}\b|https?:\/\/|www\.|\b\d{6}\b)/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

/** Every string leaf of a parsed locale file, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [];
}

/** The ids a locale file must translate, and where they come from, per file. */
function expectedIds(
  facts: FactFiles,
): Partial<Record<LocaleFileName, { group: string; ids: string[]; from: string }>> {
  return {
    "contacts.yaml": {
      group: "contacts",
      ids: Object.keys(facts["contacts.yaml"].contacts),
      from: "contacts.yaml",
    },
    "signs.yaml": { group: "signs", ids: Object.keys(facts["signs.yaml"].signs), from: "signs.yaml" },
    "at-risk.yaml": { group: "groups", ids: Object.keys(facts["at-risk.yaml"].groups), from: "at-risk.yaml" },
    "myths.yaml": { group: "myths", ids: Object.keys(facts["myths.yaml"].myths), from: "myths.yaml" },
    "statistics.yaml": {
      group: "statistics",
      ids: Object.keys(facts["statistics.yaml"].statistics),
      from: "statistics.yaml",
    },
    "definitions.yaml": {
      group: "definitions",
      ids: Object.keys(facts["definitions.yaml"].definitions),
      from: "definitions.yaml",
    },
    "steps.yaml": { group: "steps", ids: Object.keys(facts["steps.yaml"].steps), from: "steps.yaml" },
  };
}

/** Load and validate the content tree at `root` (a folder holding `facts/` and `locales/`). */
export function loadContent(root: string): LoadResult {
  const problems = new Problems();
  const label = basename(root);
  if (!existsSync(join(root, "facts")) || !existsSync(join(root, "locales"))) {
    problems.add(label, [], `not a content folder: expected ${label}/facts/ and ${label}/locales/`);
    return { problems: problems.list };
  }

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
        if (name === "locale.yaml" || code === FALLBACK_LOCALE) {
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
      if (parsed.data && name !== "locale.yaml") {
        for (const [path, text] of leaves(parsed.data)) {
          if (NUMBER_OR_URL.test(text)) {
            problems.add(
              parsed,
              path,
              "phone numbers, short codes and web addresses live only in facts/contacts.yaml: use a {placeholder}",
            );
          }
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

  // Cross-references: only meaningful once every fact file is valid.
  const complete = Object.keys(factFiles).every((name) => name in facts);
  if (complete)
    crossCheck(
      facts as FactFiles,
      parsedFacts as Record<keyof FactFiles, ParsedFile>,
      locales,
      parsedLocales,
      problems,
      label,
    );

  // File by file, line by line: the order an editor fixes them in.
  const sorted = problems.list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.hasErrors || !complete) return { problems: sorted };
  return { content: { facts: facts as FactFiles, locales }, problems: sorted };
}

function crossCheck(
  facts: FactFiles,
  parsedFacts: Record<keyof FactFiles, ParsedFile>,
  locales: Content["locales"],
  parsedLocales: Map<string, Partial<Record<LocaleFileName, ParsedFile>>>,
  problems: Problems,
  label: string,
) {
  const regionCodes = Object.keys(facts["regions.yaml"].regions);
  for (const [code, region] of Object.entries(facts["regions.yaml"].regions)) {
    if (region.parent !== null && !regionCodes.includes(region.parent)) {
      problems.add(
        parsedFacts["regions.yaml"],
        ["regions", code, "parent"],
        `unknown region "${region.parent}": ${suggest(region.parent, regionCodes)}`,
      );
    }
  }
  for (const [id, contact] of Object.entries(facts["contacts.yaml"].contacts)) {
    if (!regionCodes.includes(contact.region)) {
      problems.add(
        parsedFacts["contacts.yaml"],
        ["contacts", id, "region"],
        `unknown region "${contact.region}": add it to regions.yaml or ${suggest(contact.region, regionCodes)}`,
      );
    }
    const channelIds = new Set<string>();
    contact.channels.forEach((channel, index) => {
      const channelId = channel.id ?? channel.kind;
      if (channelIds.has(channelId)) {
        problems.add(
          parsedFacts["contacts.yaml"],
          ["contacts", id, "channels", index],
          `two channels are both "${channelId}": give the second an id, such as ${channel.kind}-toronto`,
        );
      }
      channelIds.add(channelId);
    });
  }
  for (const [id, stat] of Object.entries(facts["statistics.yaml"].statistics)) {
    if (stat.period.from > stat.period.to) {
      problems.add(
        parsedFacts["statistics.yaml"],
        ["statistics", id, "period"],
        "from is after to: swap them",
      );
    }
  }

  const expected = expectedIds(facts);
  const englishUi = locales.get(FALLBACK_LOCALE)?.["ui.yaml"]?.ui ?? {};

  for (const [code, files] of locales) {
    const parsed = parsedLocales.get(code) ?? {};
    const isEnglish = code === FALLBACK_LOCALE;
    const missingSeverity = isEnglish ? "error" : "warning";
    const missingNote = isEnglish
      ? "English is the fallback, so it must have every entry"
      : "English is shown instead";

    // Entries keyed by fact ids: unknown ids are errors everywhere; missing ones are errors in English only.
    for (const [name, spec] of Object.entries(expected) as [
      LocaleFileName,
      { group: string; ids: string[]; from: string },
    ][]) {
      const file = parsed[name];
      const data = files[name] as Record<string, Record<string, unknown>> | undefined;
      const entries = data?.[spec.group];
      const fileLabel = file ?? `${label}/locales/${code}/${name}`;
      // A broken file has its errors already; listing its entries as missing would only add noise.
      if (problems.broken.has(`${label}/locales/${code}/${name}`)) continue;
      if (entries) {
        for (const id of Object.keys(entries)) {
          if (!spec.ids.includes(id)) {
            problems.add(
              fileLabel,
              [spec.group, id],
              `unknown id: ids come from ${label}/facts/${spec.from} (${suggest(id, spec.ids)})`,
            );
          }
        }
      }
      const missing = spec.ids.filter((id) => !entries || !(id in entries));
      if (missing.length && (file || isEnglish || files["locale.yaml"].locale.status === "reviewed")) {
        for (const id of missing) {
          problems.add(fileLabel, [spec.group], `missing "${id}": ${missingNote}`, missingSeverity);
        }
      }
      if (name === "contacts.yaml" && entries) {
        for (const [id, entry] of Object.entries(entries) as [string, Record<string, unknown>][]) {
          const fact = facts["contacts.yaml"].contacts[id];
          const channelIds = fact?.channels.map((channel) => channel.id ?? channel.kind) ?? [];
          for (const channelId of Object.keys((entry.channels as Record<string, string> | undefined) ?? {})) {
            if (fact && !channelIds.includes(channelId)) {
              problems.add(
                fileLabel,
                ["contacts", id, "channels", channelId],
                `unknown channel: ${suggest(channelId, channelIds)}`,
              );
            }
          }
        }
      }
      if (name === "statistics.yaml" && entries) {
        for (const [id, entry] of Object.entries(entries) as [string, Record<string, unknown>][]) {
          const stat = facts["statistics.yaml"].statistics[id];
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
    const taxonomy = files["taxonomy.yaml"];
    const taxonomyFile = parsed["taxonomy.yaml"] ?? `${label}/locales/${code}/taxonomy.yaml`;
    if (taxonomy) {
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
    const taxonomyBroken = problems.broken.has(`${label}/locales/${code}/taxonomy.yaml`);
    if (!taxonomyBroken && (taxonomy || isEnglish || files["locale.yaml"].locale.status === "reviewed")) {
      for (const [group, keys] of Object.entries(TAXONOMY_VOCABULARIES)) {
        const own: Record<string, string> = taxonomy?.[group as keyof typeof TAXONOMY_VOCABULARIES] ?? {};
        for (const key of keys) {
          if (!(key in own))
            problems.add(taxonomyFile, [group], `missing "${key}": ${missingNote}`, missingSeverity);
        }
      }
      for (const region of regionCodes) {
        if (!taxonomy || !(region in taxonomy.regions)) {
          problems.add(taxonomyFile, ["regions"], `missing "${region}": ${missingNote}`, missingSeverity);
        }
      }
    }

    // UI strings: the same keys and the same {placeholders} as English.
    const ui = files["ui.yaml"]?.ui;
    const uiFile = parsed["ui.yaml"] ?? `${label}/locales/${code}/ui.yaml`;
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
            problems.add(
              uiFile,
              ["ui", group, key],
              `unknown key: ${suggest(key, Object.keys(englishGroup))}`,
            );
          } else if (placeholders(englishText).join() !== placeholders(value).join()) {
            problems.add(
              uiFile,
              ["ui", group, key],
              `must use the same placeholders as English: ${
                placeholders(englishText)
                  .map((p) => `{${p}}`)
                  .join(", ") || "none"
              }`,
            );
          }
        }
      }
    }
    const uiBroken = problems.broken.has(`${label}/locales/${code}/ui.yaml`);
    if (!isEnglish && !uiBroken && (ui || files["locale.yaml"].locale.status === "reviewed")) {
      for (const [group, strings] of Object.entries(englishUi)) {
        for (const key of Object.keys(strings)) {
          if (ui?.[group]?.[key] === undefined) {
            problems.add(uiFile, ["ui", group], `missing "${key}": ${missingNote}`, missingSeverity);
          }
        }
      }
    }
  }
}
