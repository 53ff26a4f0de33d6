import { widgetCss } from "../core/styles.js";
import css from "./myths-facts.css?inline";

export { MythsFacts, type MythsFactsProps, MythsFactsView } from "./myths-facts.js";

/**
 * CSS of the myths-facts widget's first render, for a constructed stylesheet in its shadow root. Not the report
 * dialog's (`dialogStyles`): the dialog adopts that in the shadow root itself the first time it opens.
 */
export const mythsFactsStyles: string = /* @__PURE__ */ widgetCss(css);
