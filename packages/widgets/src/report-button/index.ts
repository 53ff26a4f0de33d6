import { widgetCss } from "../core/styles.js";
import css from "./report-button.css?inline";

export { ReportButton, type ReportButtonProps } from "./report-button.js";

/** Complete CSS of the report-button widget, for a constructed stylesheet in its shadow root. */
export const reportButtonStyles: string = /* @__PURE__ */ widgetCss(css);
