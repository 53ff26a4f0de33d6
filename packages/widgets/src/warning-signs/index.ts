import { widgetCss } from "../core/styles.js";
import css from "./warning-signs.css?inline";

export { COMPACT_SIGN_COUNT, WarningSigns, type WarningSignsProps } from "./warning-signs.js";

/** Complete CSS of the warning-signs widget, for a constructed stylesheet in its shadow root. */
export const warningSignsStyles: string = /* @__PURE__ */ widgetCss(css);
