/**
 * Who is most at risk of being trafficked, and why traffickers target them.
 */
import { atRiskGroups, text } from "@lantern/sdk";
import type { AtRiskConfig } from "../core/config.js";
import { useWidget } from "../core/context.js";
import { headingTag } from "../core/heading.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang } from "../core/text.js";
import { themed } from "../core/themed.js";

/** Props of {@link AtRisk}. */
export type AtRiskProps = WidgetProps<AtRiskConfig>;

/**
 * The groups traffickers target most, each with why, framed so that being targeted is never the person's fault;
 * then a way to report and the sources.
 *
 * @example
 * <AtRisk bundle={en} />
 */
export function AtRiskView(props: AtRiskProps) {
  return (
    <WidgetShell name="at-risk" props={props} heading="atRisk.heading">
      <AtRiskBody />
    </WidgetShell>
  );
}

function AtRiskBody() {
  const { bundle, config } = useWidget();
  const groups = atRiskGroups(bundle);
  const GroupName = headingTag(config.headingLevel, 1);
  return (
    <>
      <p class="lantern-intro" {...uiLang(bundle, "atRisk.intro")}>
        {text(bundle, "atRisk.intro")}
      </p>
      <ul class="lantern-groups">
        {groups.map((group) => {
          const lang = langOf(bundle, `groups.${group.id}`);
          return (
            <li key={group.id} class="lantern-group">
              <GroupName class="lantern-group-name" {...lang}>
                {group.name}
              </GroupName>
              <p {...lang}>{group.why}</p>
            </li>
          );
        })}
      </ul>
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={groups} />
    </>
  );
}

/**
 * {@link AtRiskView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const AtRisk = /* @__PURE__ */ themed(AtRiskView, "AtRisk");
