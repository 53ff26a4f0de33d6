/**
 * A single "Report or get help" button that opens the report dialog: 911, the national hotline, anonymous tips,
 * regional lines and the partner's own contacts.
 */
import type { ReportButtonConfig } from "../core/config.js";
import { ReportLauncher } from "../core/report-dialog.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";

/** Props of {@link ReportButton}. */
export type ReportButtonProps = WidgetProps<ReportButtonConfig>;

/**
 * The report button. `region` adds that region's lines to the dialog (marked "check before relying on this" when
 * their sources are secondary); `audience` adds lines meant for that audience.
 *
 * @example
 * <ReportButton bundle={fr} config={{ region: "CA-ON" }} partnerContacts={contacts} />
 */
export function ReportButton(props: ReportButtonProps) {
  return (
    <WidgetShell name="report-button" props={props}>
      <ReportLauncher labelKey="reportButton.label" primary />
    </WidgetShell>
  );
}
