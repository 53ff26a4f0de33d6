import { widgetCss } from "../core/styles.js";
import css from "./warning-signs.css?inline";

export {
  COMPACT_SIGN_COUNT,
  WarningSigns,
  type WarningSignsProps,
  WarningSignsView,
} from "./warning-signs.js";

/**
 * CSS of the warning-signs widget's first render, for a constructed stylesheet in its shadow root. Not the report
 * dialog's (`dialogStyles`): the dialog adopts that in the shadow root itself the first time it opens.
 */
export const warningSignsStyles: string = /* @__PURE__ */ widgetCss(css);
