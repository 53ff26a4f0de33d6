/**
 * The translator's and reviewer's commands of `lantern-content`, kept apart from validate/build/report so that each
 * family of commands has its own handler:
 *
 *   lantern-content export --lang fr --format xliff|po [--out FILE]
 *   lantern-content import --lang fr FILE               (format from the extension: .xlf/.xliff or .po)
 *   lantern-content review --lang fr --by NAME [--date YYYY-MM-DD] [--note TEXT] [KEY…]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import type { Content } from "./load.js";
import { fromPo, toPo } from "./po-format.js";
import { recordSignOff, reviewsFileOf } from "./sign-off.js";
import { applyImport, exportUnits } from "./translation-io.js";
import { fromXliff, toXliff } from "./xliff-format.js";

export const TRANSLATION_COMMANDS = ["export", "import", "review"] as const;
export type TranslationCommand = (typeof TRANSLATION_COMMANDS)[number];

export const TRANSLATION_USAGE = `  export     write a language's strings for translators: --lang CODE --format xliff|po [--out FILE]
  import     read a translated XLIFF or PO file back into content/locales/CODE: --lang CODE FILE
  review     record a fluent reviewer's sign-off of translated strings: --lang CODE --by NAME [KEY…]
             (no KEY: every draft string); a string changed later falls back to draft by itself.
             CODE may be a "help in your language" line (lines/lines.yaml): es, zh-Hans…
`;

export const TRANSLATION_OPTIONS = {
  lang: { type: "string" },
  by: { type: "string" },
  date: { type: "string" },
  note: { type: "string" },
  format: { type: "string" },
} as const;

export interface TranslationArgs {
  lang?: string;
  by?: string;
  date?: string;
  note?: string;
  format?: string;
  out?: string;
  /** After the command's name. */
  rest: string[];
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Run one translation command on a valid tree; resolves to the exit code (2 for wrong usage). */
export async function runTranslationCommand(
  command: TranslationCommand,
  args: TranslationArgs,
  root: string,
  content: Content,
  io: Output,
): Promise<number> {
  if (!args.lang) {
    io.err(`${command} needs --lang CODE (one of: ${[...content.locales.keys()].join(", ")})\n`);
    return 2;
  }
  if (command === "review") {
    if (!args.by) {
      io.err("review needs --by NAME: the fluent reviewer who checked these strings against the English\n");
      return 2;
    }
    try {
      const count = recordSignOff(root, content, {
        code: args.lang,
        by: args.by,
        ...(args.date ? { date: args.date } : {}),
        ...(args.note ? { note: args.note } : {}),
        keys: args.rest,
      });
      io.out(
        `Recorded ${count} reviewed strings for ${args.lang} in ${reviewsFileOf(content, args.lang)}.\n`,
      );
      return 0;
    } catch (error) {
      io.err(`${(error as Error).message}\n`);
      return 1;
    }
  }
  if (!content.locales.has(args.lang) || args.lang === "en") {
    io.err(
      `--lang ${args.lang}: choose a translated language: ${[...content.locales.keys()].filter((c) => c !== "en").join(", ")}\n`,
    );
    return 2;
  }
  if (command === "export") {
    if (args.format !== "xliff" && args.format !== "po") {
      io.err("export needs --format xliff or --format po\n");
      return 2;
    }
    const units = exportUnits(content, args.lang);
    const text = args.format === "xliff" ? await toXliff(args.lang, units) : toPo(args.lang, units);
    if (args.out) writeFileSync(args.out, text);
    else io.out(text);
    return 0;
  }
  const file = args.rest[0];
  if (!file) {
    io.err("import needs the translated file: lantern-content import --lang CODE FILE.xlf|FILE.po\n");
    return 2;
  }
  const text = readFileSync(file, "utf8");
  const format = args.format ?? (extname(file) === ".po" ? "po" : "xliff");
  const parsed = format === "po" ? fromPo(text) : await fromXliff(text);
  if (parsed.lang && parsed.lang !== args.lang) {
    io.err(
      `${file} is for "${parsed.lang}", not "${args.lang}": pass --lang ${parsed.lang}, or export ${args.lang} again\n`,
    );
    return 1;
  }
  const result = applyImport(root, content, args.lang, parsed.texts);
  if (result.problems.length) {
    for (const problem of result.problems) io.err(`${problem}\n`);
    io.err(
      `${result.problems.length} strings refused: nothing imported. Fix them in ${file} and import again.\n`,
    );
    return 1;
  }
  io.out(
    `Imported ${result.changed.length} changed strings into locales/${args.lang}/ (as drafts until a reviewer runs lantern-content review). Run lantern-content validate next.\n`,
  );
  return 0;
}
