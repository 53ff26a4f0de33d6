import { widgetCss } from "../core/styles.js";
import css from "./myths-facts.css?inline";

export { MythsFacts, type MythsFactsProps } from "./myths-facts.js";

/** Complete CSS of the myths-facts widget, for a constructed stylesheet in its shadow root. */
export const mythsFactsStyles: string = /* @__PURE__ */ widgetCss(css);
