import baseCss from "./base.css?inline";
import sharedCss from "./shared.css?inline";

/**
 * A content widget's CSS for its first render: base, the shared parts (report button, disclosures, footer), then
 * the widget's own. The report dialog's CSS is not included: it is `dialogStyles` (dialog-styles.ts), which comes
 * with the dialog's lazily loaded code.
 */
export function widgetCss(...own: string[]): string {
  return baseCss + sharedCss + own.join("");
}
