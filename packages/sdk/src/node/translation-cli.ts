/**
 * The translator's and reviewer's commands of `lantern-content`, kept apart from validate/build/report so that each
 * family of commands has its own handler:
 *
 *   lantern-content export --lang fr --format xliff|po [--out FILE]
 *   lantern-content import --lang fr FILE               (format from the extension: .xlf/.xliff or .po)
 *   lantern-content review --lang fr --by NAME [--date YYYY-MM-DD] [--note TEXT] [KEY…]
 */
import type { Content } from "./load.js";
import { recordSignOff } from "./sign-off.js";

export const TRANSLATION_COMMANDS = ["export", "import", "review"] as const;
export type TranslationCommand = (typeof TRANSLATION_COMMANDS)[number];

export const TRANSLATION_USAGE = `  export     write a language's strings for translators: --lang CODE --format xliff|po [--out FILE]
  import     read a translated XLIFF or PO file back into content/locales/CODE: --lang CODE FILE
  review     record a fluent reviewer's sign-off of translated strings: --lang CODE --by NAME [KEY…]
             (no KEY: every draft string); a string changed later falls back to draft by itself
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

/** Run one translation command on a valid tree; returns the exit code (2 for wrong usage). */
export function runTranslationCommand(
  command: TranslationCommand,
  args: TranslationArgs,
  root: string,
  content: Content,
  io: Output,
): number {
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
      io.out(`Recorded ${count} reviewed strings for ${args.lang} in locales/${args.lang}/reviews.yaml.\n`);
      return 0;
    } catch (error) {
      io.err(`${(error as Error).message}\n`);
      return 1;
    }
  }
  io.err(`${command}: not available yet\n`);
  return 2;
}
