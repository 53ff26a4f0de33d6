import { widgetCss } from "../core/styles.js";
import css from "./at-risk.css?inline";

export { AtRisk, type AtRiskProps } from "./at-risk.js";

/** Complete CSS of the at-risk widget, for a constructed stylesheet in its shadow root. */
export const atRiskStyles: string = /* @__PURE__ */ widgetCss(css);
