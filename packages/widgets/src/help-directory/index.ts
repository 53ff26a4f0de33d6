import { widgetCss } from "../core/styles.js";
import css from "./help-directory.css?inline";

export { HelpDirectory, type HelpDirectoryProps } from "./help-directory.js";

/** Complete CSS of the help-directory widget, for a constructed stylesheet in its shadow root. */
export const helpDirectoryStyles: string = /* @__PURE__ */ widgetCss(css);
