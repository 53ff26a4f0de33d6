import { type ContentBundle, text } from "@lantern/sdk";
import { renderToString } from "preact-render-to-string";
import { PrintKit } from "./kit.js";
import { essentials } from "./kits/parts.js";
import { posterTitle } from "./kits/poster.js";
import { sheetTitle } from "./kits/sheet.js";
import { type PrintInput, type PrintOptions, type PrintProblem, resolvePrintOptions } from "./options.js";
import { pageRule, printStyles } from "./styles.js";

/**
 * A kit's title, in its language: the document's `<title>`, hence the PDF's title. A discreet card's title says
 * only "Help is available", since a PDF's title shows in file managers and print queues.
 */
export function kitTitle(bundle: ContentBundle, options: PrintOptions): string {
  if (options.kit === "poster") return posterTitle(bundle, options);
  if (options.kit === "sheet") return sheetTitle(bundle);
  return options.discreet ? text(bundle, "fallback.heading") : essentials(bundle).hotline.name;
}

/** How many pages a kit prints: a card sheet is fronts and backs, a poster one page, the sheet two. */
export function kitPages(options: Pick<PrintOptions, "kit">): number {
  return options.kit === "poster" ? 1 : 2;
}

export interface RenderedKit {
  /** A whole HTML document: print it from a browser, or hand it to `renderPdf` from `@lantern/print/node`. */
  html: string;
  title: string;
  /** The checked choices the kit was rendered with. */
  options: PrintOptions;
  /** Each rejected choice with its fix; the kit was rendered with a safe default in its place. */
  problems: PrintProblem[];
  /** Pages the document prints. */
  pages: number;
}

/**
 * Render a kit from a content bundle to a standalone HTML document: the language and direction on `<html>`, a
 * title, and the `@page` size, so Chromium writes a tagged PDF with the right page size, title and language.
 *
 * @example
 * import fr from "@lantern/sdk/content/fr";
 * const { html, problems } = renderKit(fr, { kit: "poster", audience: "hotel", paper: "a4" });
 * @throws DraftLocaleError for a draft bundle without `allowDraft`.
 */
export function renderKit(bundle: ContentBundle, input: PrintInput = {}): RenderedKit {
  const { options, problems } = resolvePrintOptions(bundle, input);
  const title = kitTitle(bundle, options);
  const body = renderToString(<PrintKit bundle={bundle} options={options} />);
  const html = `<!doctype html>
<html lang="${bundle.locale.code}" dir="${bundle.locale.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${pageRule(options.paper)}${printStyles}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return { html, title, options, problems, pages: kitPages(options) };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
