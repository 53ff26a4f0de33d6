/**
 * Why the widget is not in the language the page asked for: said by the widget's chunk, not by the loader, whose
 * bytes every partner page pays. The loader has already chosen the language (English when it has no other).
 */
import type { ChunkContext } from "../loader.js";

/** Injected by the build: reviewed locales, and drafts (shown only with `allow-draft`). */
declare const __LOCALES__: string[];
declare const __DRAFTS__: string[];

export function checkLanguage({ asked, lang, warn }: ChunkContext): void {
  // A loader from before this check (a stale copy of v1/embed.js) does not say what was asked, and said it itself.
  if (asked === undefined || asked === lang) return;
  warn(
    __DRAFTS__.includes(asked)
      ? `lang: "${asked}" is a draft: add allow-draft to use it; showing English`
      : `lang: "${asked}" is not available: use ${__LOCALES__.join(" or ")}; showing English`,
  );
}
