#!/usr/bin/env node
/**
 * lantern-content: validate, build and report on a Lantern content tree.
 *
 *   lantern-content validate [--content DIR] [--strict]
 *   lantern-content build    [--content DIR] [--out DIR] [--strict]
 *   lantern-content report   [--content DIR] [--json] [--sentences]
 *   lantern-content export   --format hsds [--out FILE]   (./hsds/cli.ts)
 *   lantern-content import   --format hsds FILE [--pick ID,…]
 *   lantern-content export|import|review --lang CODE …   (translation-cli.ts: XLIFF and PO)
 *
 * Exit codes: 0 success, 1 content errors (or warnings with --strict), 2 wrong usage.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FRESHNESS, todayUtc } from "../freshness.js";
import { writeBundles } from "./build.js";
import { HSDS_COMMANDS, HSDS_USAGE, runHsds } from "./hsds/cli.js";
import { lineReviewStates } from "./lines.js";
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
  --today DATE    YYYY-MM-DD: the day freshness is judged on (default: today, UTC)
  --warn-after N  months after lastVerified when a fact is due for re-checking (default ${FRESHNESS.warnAfterMonths})
  --fail-after N  months after lastVerified when validate and report fail (default ${FRESHNESS.failAfterMonths});
                  build only warns, so the calendar never breaks a build: the release runs validate
${HSDS_USAGE}`;

const COMMANDS = ["validate", "build", "report"];

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
        today: { type: "string" },
        "warn-after": { type: "string" },
        "fail-after": { type: "string" },
        // --format (hsds, xliff, po) comes with the translation options.
        pick: { type: "string" },
        "include-medium": { type: "boolean", default: false },
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
  // export and import speak two formats: HSDS for contacts (--format hsds), XLIFF and PO for translators.
  const hsds = HSDS_COMMANDS.includes(command) && values.format === "hsds";
  const translation = !hsds && (TRANSLATION_COMMANDS as readonly string[]).includes(command);
  if (!COMMANDS.includes(command) && !hsds && !translation) {
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

  const policy = {
    warnAfterMonths: Number(values["warn-after"] ?? FRESHNESS.warnAfterMonths),
    failAfterMonths: Number(values["fail-after"] ?? FRESHNESS.failAfterMonths),
  };
  const today = values.today ?? todayUtc();
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(today) ||
    !Number.isInteger(policy.warnAfterMonths) ||
    !Number.isInteger(policy.failAfterMonths) ||
    policy.warnAfterMonths <= 0 ||
    policy.failAfterMonths < policy.warnAfterMonths
  ) {
    process.stderr.write(
      "--today takes YYYY-MM-DD; --warn-after and --fail-after take whole months, the second not below the first.\n",
    );
    return 2;
  }
  // build (and import, which reads only Lantern's numbers) report stale facts as warnings: see ./freshness.ts for
  // why the calendar must never break a build. validate and export refuse them, and so does the release, which
  // runs validate; report lists them (it needs the content to) and exits 1.
  const enforce = command === "validate" || command === "export";
  const { content, problems } = loadContent(root, { freshness: { today, policy, enforce } });
  if (hsds) {
    return runHsds(command, { content, problems, values, positionals, today, policy });
  }
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
    const report = contentReport(content, problems, { today, policy });
    const text = values.sentences
      ? `${formatReport(report, problems)}\n${formatSentences(report)}`
      : formatReport(report, problems);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
    return failed || report.due.items.some((item) => item.state === "stale") ? 1 : 0;
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
    if (content.lines) {
      const states = [...lineReviewStates(content.lines).values()];
      process.stdout.write(
        `help-in-your-language lines: ${states.filter((state) => state === "reviewed").length} reviewed, ${states.filter((state) => state === "draft").length} draft (${Object.keys(content.lines.file.lines).join(", ")})\n`,
      );
    }
    process.stdout.write(`Content valid: ${content.locales.size} locales, ${warnings} warnings.\n`);
  }
  return 0;
}

// Export and import are asynchronous (the XLIFF parser is); the other commands answer at once.
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
