/**
 * XLIFF 1.2, through the `xliff` package: one `<file>` per locale file, one `<trans-unit>` per string, keyed by its
 * path (`signs.speaks-for-them.text`). The note says where it shows, its limit and its placeholders;
 * `maxwidth`/`size-unit` carry the limit for tools that enforce it, and `approved="yes"` marks what a reviewer has
 * signed off (importing never signs off: `lantern-content review` does).
 */
import { jsToXliff12, type XliffJs, xliff12ToJs } from "xliff";
import { FALLBACK_LOCALE } from "../vocabulary.js";
import type { ExportUnit, ImportedText } from "./translation-io.js";

export async function toXliff(code: string, units: readonly ExportUnit[]): Promise<string> {
  const js: XliffJs = { sourceLanguage: FALLBACK_LOCALE, targetLanguage: code, resources: {} };
  for (const unit of units) {
    const file = js.resources[unit.file] ?? {};
    js.resources[unit.file] = file;
    file[unit.key] = {
      source: unit.source,
      ...(unit.target === undefined ? {} : { target: unit.target }),
      note: unit.note,
      additionalAttributes: {
        maxwidth: String(unit.maxLength),
        "size-unit": "char",
        ...(unit.state === "reviewed" ? { approved: "yes" } : {}),
      },
    };
  }
  return `${await jsToXliff12(js, { indent: "  " })}\n`;
}

/** The translations in an XLIFF 1.2 file, and the language it says it targets. */
export async function fromXliff(text: string): Promise<{ lang?: string; texts: ImportedText[] }> {
  const js = await xliff12ToJs(text);
  const texts: ImportedText[] = [];
  for (const file of Object.values(js.resources)) {
    for (const [key, unit] of Object.entries(file)) {
      if (typeof unit.target === "string") texts.push({ key, target: unit.target });
    }
  }
  return { ...(js.targetLanguage ? { lang: js.targetLanguage } : {}), texts };
}
