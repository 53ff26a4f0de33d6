/**
 * The quick-exit chunk. It carries its own words for every language (inlined at build time from the content) and
 * no Preact, so it works when the runtime, the content or every other chunk failed to load.
 */
import { mountQuickExit, type QuickExitStrings, quickExitStyles } from "@lantern/widgets/quick-exit";
import type { ChunkContext } from "../loader.js";
import { checkLanguage } from "./language.js";

interface ExitStrings extends QuickExitStrings {
  dir: "ltr" | "rtl";
}
declare const __EXIT_STRINGS__: Record<string, ExitStrings>;

export function mount(root: ShadowRoot, context: ChunkContext): () => void {
  checkLanguage(context);
  const strings = __EXIT_STRINGS__[context.lang] ?? (__EXIT_STRINGS__.en as ExitStrings);
  const styles = new CSSStyleSheet();
  styles.replaceSync(quickExitStyles);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
  return mountQuickExit(root, {
    strings,
    exitUrl: context.host.getAttribute("exit-url") ?? undefined,
    eventTarget: context.host,
    lang: context.lang,
    dir: strings.dir,
    onProblem: (problem) => context.warn(`${problem.field}: ${problem.message}`),
  });
}
