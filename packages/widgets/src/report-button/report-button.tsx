/**
 * A single "Report or get help" button that opens the report dialog: 911, the national hotline, anonymous tips,
 * regional lines and the partner's own contacts.
 */
import type { ReportButtonConfig } from "../core/config.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { themed } from "../core/themed.js";

/** Props of {@link ReportButton}. */
export type ReportButtonProps = WidgetProps<ReportButtonConfig>;

/**
 * The report button. `region` adds that region's lines to the dialog (marked "check before relying on this" when
 * their sources are secondary); `audience` adds lines meant for that audience.
 *
 * @example
 * <ReportButton bundle={fr} config={{ region: "CA-ON" }} partnerContacts={contacts} />
 */
export function ReportButtonView(props: ReportButtonProps) {
  return (
    <WidgetShell name="report-button" props={props}>
      <ReportLauncher labelKey="reportButton.label" primary />
    </WidgetShell>
  );
}

/**
 * {@link ReportButtonView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const ReportButton = /* @__PURE__ */ themed(ReportButtonView, "ReportButton");
