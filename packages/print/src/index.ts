/**
 * @lantern/print: printed help from the same sourced content the widgets show. A wallet-size resource card (with a
 * discreet variant), posters per audience and a two-page information sheet, rendered from an `@lantern/sdk` bundle
 * to HTML with CSS paged media. Print that from any browser, or turn it into a tagged PDF with
 * `@lantern/print/node` (Chromium).
 *
 * This entry runs in browsers and in Node and touches nothing until called.
 *
 * @example
 * import { renderKit } from "@lantern/print";
 * import en from "@lantern/sdk/content/en";
 * const { html, problems } = renderKit(en, { kit: "card", discreet: true, paper: "letter" });
 *
 * @module
 */

export { PrintKit } from "./kit.js";
export { CARD, cardGrid, cardsPerSheet } from "./kits/card.js";
export { POSTER_SIGNS, posterSigns } from "./kits/poster.js";
export {
  DraftLocaleError,
  KITS,
  type Kit,
  PAPERS,
  type Paper,
  POSTER_AUDIENCES,
  type PosterAudience,
  type PrintInput,
  type PrintOptions,
  type PrintProblem,
  resolvePrintOptions,
} from "./options.js";
export { kitPages, kitTitle, type RenderedKit, renderKit } from "./render.js";
export { pageRule, printStyles } from "./styles.js";
