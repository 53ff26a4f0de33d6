/**
 * @lantern/widgets: accessible, bilingual Preact widgets that show human-trafficking warning signs, who is most at
 * risk, myths and facts, where to get help and how to report, plus a framework-free quick exit.
 *
 * This is the only entry, and importing it does nothing: no DOM access, no element definitions (`sideEffects:
 * false`). The embed calls {@link mountWidget} and adopts {@link widgetStyles}; Storybook and server rendering use
 * the components directly.
 *
 * @example
 * import { WarningSigns } from "@lantern/widgets";
 * import en from "@lantern/sdk/content/en";
 * <WarningSigns bundle={en} config={{ audience: "youth", variant: "compact" }} />
 *
 * @module
 */
export { AtRisk, type AtRiskProps, AtRiskView, atRiskStyles } from "./at-risk/index.js";
export {
  type AtRiskConfig,
  CONFIG_FIELDS,
  type HelpDirectoryConfig,
  type MythsFactsConfig,
  type ReportButtonConfig,
  type ResolvedConfig,
  resolveConfig,
  type WarningSignsConfig,
  WIDGET_NAMES,
  WIDGET_VARIANTS,
  type WidgetConfig,
  type WidgetName,
  type WidgetVariant,
} from "./core/config.js";
export type { DialogContent } from "./core/context.js";
export { dialogStyles } from "./core/dialog-styles.js";
export {
  dispatchLanternEvent,
  type LanternEvent,
  type LanternEventDetailMap,
  type LanternEventType,
} from "./core/events.js";
export { Fallback, type FallbackProps } from "./core/fallback.js";
export { mountWidget, WIDGET_COMPONENTS, widgetStyles } from "./core/mount.js";
export { type MountOptions, mountComponent } from "./core/mount-component.js";
export type { ConfigProblem } from "./core/problems.js";
export type { WidgetProps } from "./core/shell.js";
export {
  contrastRatio,
  parseColor,
  type ResolvedTheme,
  resolveTheme,
  THEME_DEFAULTS,
  type ThemeProperty,
  type ThemeStyle,
} from "./core/theme.js";
export {
  HelpDirectory,
  type HelpDirectoryProps,
  HelpDirectoryView,
  helpDirectoryStyles,
} from "./help-directory/index.js";
export { MythsFacts, type MythsFactsProps, MythsFactsView, mythsFactsStyles } from "./myths-facts/index.js";
export {
  checkExitUrl,
  DEFAULT_EXIT_URL,
  mountQuickExit,
  type QuickExitOptions,
  type QuickExitStrings,
  quickExitStrings,
  quickExitStyles,
  SHIFT_PRESSES,
  SHIFT_WINDOW_MS,
} from "./quick-exit/index.js";
export {
  ReportButton,
  type ReportButtonProps,
  ReportButtonView,
  reportButtonStyles,
} from "./report-button/index.js";
export {
  COMPACT_SIGN_COUNT,
  WarningSigns,
  type WarningSignsProps,
  WarningSignsView,
  warningSignsStyles,
} from "./warning-signs/index.js";
