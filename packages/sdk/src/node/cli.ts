#!/usr/bin/env node
/**
 * lantern-content: validate, build and report on a Lantern content tree.
 *
 *   lantern-content validate [--content DIR] [--strict]
 *   lantern-content build    [--content DIR] [--out DIR] [--strict]
 *   lantern-content report   [--content DIR] [--json] [--sentences]
 *   lantern-content export|import|review --lang CODE …   (translation-cli.ts)
 *
 * Exit codes: 0 success, 1 content errors (or warnings with --strict), 2 wrong usage.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBundles } from "./build.js";
import { formatProblem, loadContent } from "./load.js";
import { contentReport, formatReport, formatReviewCounts, formatSentences } from "./report.js";
import { countStates, reviewStates } from "./strings.js";
import {
  runTranslationCommand,
  TRANSLATION_COMMANDS,
  TRANSLATION_OPTIONS,
  TRANSLATION_USAGE,
  type TranslationCommand,
} from "./translation-cli.js";

const USAGE = `Usage: lantern-content <validate|build|report|export|import|review> [options]

  validate   check every file in the content tree; print each problem as file:line path: message
  build      validate, then write one bundle per locale and the JSON Schemas
  report     counts, per-locale completeness, facts marked for review and (--sentences) every sentence
             with the fact it rests on
${TRANSLATION_USAGE}
Options:
  --content DIR   the content tree (default: the nearest ./content with facts/ and locales/)
  --out DIR       where build writes content/ and schema/ (default: ./dist)
  --strict        treat warnings (texts a draft locale lacks, shown in English) as errors;
                  a reviewed locale missing a text is always an error
  --json          report as JSON (sentences included)
  --sentences     report every sentence of every locale with the fact and sources it rests on
`;

function findContent(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, "content");
    if (existsSync(join(candidate, "facts")) && existsSync(join(candidate, "locales"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function main(argv: string[]): number | Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string" },
        out: { type: "string" },
        strict: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        sentences: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        ...TRANSLATION_OPTIONS,
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const translation = (TRANSLATION_COMMANDS as readonly string[]).includes(command);
  if (!["validate", "build", "report"].includes(command) && !translation) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const root = values.content ? resolve(values.content) : findContent(process.cwd());
  if (!root) {
    process.stderr.write(
      "No content tree found: run inside a project with content/facts and content/locales, or pass --content DIR.\n",
    );
    return 2;
  }

  const { content, problems } = loadContent(root);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (values.strict && warnings > 0);

  if (translation && content && errors === 0) {
    return runTranslationCommand(
      command as TranslationCommand,
      { ...values, rest: positionals.slice(1) },
      root,
      content,
      { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
    );
  }
  if (command === "report" && content) {
    const report = contentReport(content, problems);
    const text = values.sentences
      ? `${formatReport(report, problems)}\n${formatSentences(report)}`
      : formatReport(report, problems);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
    return failed ? 1 : 0;
  }
  for (const problem of problems) {
    (problem.severity === "error" ? process.stderr : process.stdout).write(`${formatProblem(problem)}\n`);
  }
  if (failed || !content) {
    process.stderr.write(
      `${errors} errors, ${warnings} warnings: content not ${command === "build" ? "built" : "valid"}.\n`,
    );
    return 1;
  }
  if (command === "build") {
    const out = resolve(values.out ?? "dist");
    const files = writeBundles(content, out);
    process.stdout.write(`Built ${files.length} files in ${out} (${content.locales.size} locales).\n`);
  } else {
    for (const code of content.locales.keys()) {
      process.stdout.write(`${code}: ${formatReviewCounts(countStates(reviewStates(content, code)))}\n`);
    }
    process.stdout.write(`Content valid: ${content.locales.size} locales, ${warnings} warnings.\n`);
  }
  return 0;
}

// Export and import are asynchronous (the XLIFF parser is); the other commands answer at once.
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
