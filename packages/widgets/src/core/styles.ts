import baseCss from "./base.css?inline";
import sharedCss from "./shared.css?inline";

/** A content widget's complete CSS: base, the shared parts (dialog, contacts, footer), then the widget's own. */
export function widgetCss(own: string): string {
  return baseCss + sharedCss + own;
}
