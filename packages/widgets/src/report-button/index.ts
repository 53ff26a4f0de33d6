import { widgetCss } from "../core/styles.js";
import css from "./report-button.css?inline";

export { ReportButton, type ReportButtonProps, ReportButtonView } from "./report-button.js";

/**
 * CSS of the report-button widget's first render, for a constructed stylesheet in its shadow root. Not the report
 * dialog's (`dialogStyles`): the dialog adopts that in the shadow root itself the first time it opens.
 */
export const reportButtonStyles: string = /* @__PURE__ */ widgetCss(css);
