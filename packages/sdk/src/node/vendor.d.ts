// The two translation-format parsers ship no types; these declare the little of them Lantern uses.
declare module "xliff" {
  export interface XliffUnit {
    source: string;
    target?: string;
    note?: string;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function jsToXliff12(obj: XliffJs, options?: { indent?: string }): Promise<string>;
  export function xliff12ToJs(text: string): Promise<XliffJs>;
}

declare module "gettext-parser" {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgstr: string[];
    comments?: { extracted?: string; reference?: string; flag?: string; translator?: string };
  }
  export interface PoTable {
    charset?: string;
    headers?: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(text: string | Buffer, options?: { defaultCharset?: string }): PoTable;
    compile(table: PoTable, options?: { foldLength?: number }): Buffer;
  };
}
