/**
 * The one way the embed (or any host) puts a content widget on a page: by name, into a shadow root or an element,
 * with the partner's raw attributes. Nothing here runs on import.
 */
import type { FunctionComponent } from "preact";
import { AtRisk, atRiskStyles } from "../at-risk/index.js";
import { HelpDirectory, helpDirectoryStyles } from "../help-directory/index.js";
import { MythsFacts, mythsFactsStyles } from "../myths-facts/index.js";
import { ReportButton, reportButtonStyles } from "../report-button/index.js";
import { WarningSigns, warningSignsStyles } from "../warning-signs/index.js";
import type { WidgetConfig, WidgetName, WidgetVariant } from "./config.js";
import { dialogStyles } from "./dialog-styles.js";
import { type MountOptions, mountComponent } from "./mount-component.js";
import type { WidgetProps } from "./shell.js";

export type { MountOptions };

/** Each widget's component. */
export const WIDGET_COMPONENTS: {
  readonly [N in WidgetName]: FunctionComponent<WidgetProps<WidgetConfig<WidgetVariant<N>>>>;
} = {
  "warning-signs": WarningSigns,
  "report-button": ReportButton,
  "at-risk": AtRisk,
  "myths-facts": MythsFacts,
  "help-directory": HelpDirectory,
};

/**
 * Complete CSS text of each widget (base, shared parts, its own) plus the report dialog's ({@link dialogStyles}),
 * written for a shadow root (`:host`). Adopt it as a constructed stylesheet:
 * `sheet.replaceSync(widgetStyles[name]); shadow.adoptedStyleSheets = [sheet]`. In a shadow root the dialog would
 * adopt its own CSS when it first opens; light-DOM hosts (server rendering, static HTML, Storybook) need it here.
 * A bundle that wants the first render small takes the per-widget styles (`warningSignsStyles`…) instead.
 */
export const widgetStyles: Readonly<Record<WidgetName, string>> = {
  "warning-signs": warningSignsStyles + dialogStyles,
  "report-button": reportButtonStyles + dialogStyles,
  "at-risk": atRiskStyles + dialogStyles,
  "myths-facts": mythsFactsStyles + dialogStyles,
  "help-directory": helpDirectoryStyles + dialogStyles,
};

/**
 * Render widget `name` into `root`. Settings are checked first: each bad one is reported once (with its fix) and
 * replaced by its default. Styles are not injected: adopt {@link widgetStyles} in the shadow root.
 *
 * Errors never escape: a failure while rendering shows the fallback (911 and the hotline) and is reported.
 *
 * @returns unmount, which removes every node and listener the widget added. Calling it twice is harmless.
 * @example
 * const shadow = host.attachShadow({ mode: "open" });
 * const unmount = mountWidget("warning-signs", shadow, { bundle: fr, attributes: { audience: "youth" } });
 */
export function mountWidget(
  name: WidgetName,
  root: ShadowRoot | HTMLElement,
  options: MountOptions,
): () => void {
  return mountComponent(name, WIDGET_COMPONENTS[name] as FunctionComponent<WidgetProps>, root, options);
}
