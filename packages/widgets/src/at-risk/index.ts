import { widgetCss } from "../core/styles.js";
import css from "./at-risk.css?inline";

export { AtRisk, type AtRiskProps, AtRiskView } from "./at-risk.js";

/**
 * CSS of the at-risk widget's first render, for a constructed stylesheet in its shadow root. Not the report
 * dialog's (`dialogStyles`): the dialog adopts that in the shadow root itself the first time it opens.
 */
export const atRiskStyles: string = /* @__PURE__ */ widgetCss(css);
