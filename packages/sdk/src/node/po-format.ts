/**
 * gettext PO, through `gettext-parser`: `msgctxt` is the string's path (unique, so two identical English texts stay
 * two entries), `#.` extracted comments carry where it shows, its limit and its placeholders, `#:` the YAML file, and
 * the `fuzzy` flag marks a translation no reviewer has signed off (importing never signs off).
 */
import { po } from "gettext-parser";
import { FALLBACK_LOCALE } from "../vocabulary.js";
import type { ExportUnit, ImportedText } from "./translation-io.js";

export function toPo(code: string, units: readonly ExportUnit[]): string {
  const translations: Record<string, Record<string, import("gettext-parser").PoEntry>> = {};
  for (const unit of units) {
    translations[unit.key] = {
      [unit.source]: {
        msgctxt: unit.key,
        msgid: unit.source,
        msgstr: [unit.target ?? ""],
        comments: {
          extracted: unit.note,
          reference: `content/locales/${code}/${unit.file}`,
          ...(unit.state === "draft" ? { flag: "fuzzy" } : {}),
        },
      },
    };
  }
  return po
    .compile({
      charset: "utf-8",
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        Language: code,
        "X-Source-Language": FALLBACK_LOCALE,
      },
      translations,
    })
    .toString("utf8");
}

/** The translations in a PO file, and the language its header names. */
export function fromPo(text: string): { lang?: string; texts: ImportedText[] } {
  const table = po.parse(text, { defaultCharset: "utf-8" });
  const texts: ImportedText[] = [];
  for (const entries of Object.values(table.translations)) {
    for (const entry of Object.values(entries)) {
      // The header entry has no context and an empty msgid.
      if (!entry.msgctxt || !entry.msgid) continue;
      texts.push({ key: entry.msgctxt, target: entry.msgstr[0] ?? "" });
    }
  }
  const lang = table.headers?.Language;
  return { ...(lang ? { lang } : {}), texts };
}
