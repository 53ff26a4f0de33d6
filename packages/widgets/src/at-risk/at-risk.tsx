/**
 * Who is most at risk of being trafficked, and why traffickers target them.
 */
import { type AtRiskGroup, atRiskGroups, isOpenGroup, text } from "@lantern/sdk";
import type { AtRiskConfig } from "../core/config.js";
import { useWidget } from "../core/context.js";
import { headingTag } from "../core/heading.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang, Verified } from "../core/text.js";
import { themed } from "../core/themed.js";

/** Props of {@link AtRisk}. */
export type AtRiskProps = WidgetProps<AtRiskConfig>;

/**
 * The groups traffickers target more often, under an intro that says anyone can be trafficked: the seed campaign's
 * groups (and any that lead for the audience) open, each with why; the rest of Public Safety Canada's list one line
 * each; then a way to report and the sources. An audience puts its groups first and never drops one.
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
  const groups = atRiskGroups(bundle, {
    audience: config.audience,
    // Medium-confidence groups only where a partner chose an audience, as for signs; always with their date.
    includeMedium: config.audience !== "general",
  });
  // The seed's groups (and those leading for the audience) open, with why; the rest one line each, so a list of
  // fourteen stays short on a 360 px phone and still reads as more than the first few.
  const open = groups.filter((group) => isOpenGroup(group, config.audience));
  const more = groups.filter((group) => !isOpenGroup(group, config.audience));
  const GroupName = headingTag(config.headingLevel, 1);
  return (
    <>
      <p class="lantern-intro" {...uiLang(bundle, "atRisk.intro")}>
        {text(bundle, "atRisk.intro")}
      </p>
      <ul class="lantern-groups">
        {open.map((group) => {
          const lang = langOf(bundle, `groups.${group.id}`);
          return (
            <li key={group.id} class="lantern-group">
              <GroupName class="lantern-group-name" {...lang}>
                {group.name}
              </GroupName>
              {group.why && <p {...lang}>{group.why}</p>}
              <Unsure group={group} />
            </li>
          );
        })}
      </ul>
      {more.length > 0 && (
        <>
          <p class="lantern-more-label" {...uiLang(bundle, "atRisk.more")}>
            {text(bundle, "atRisk.more")}
          </p>
          <ul class="lantern-more">
            {more.map((group) => {
              const lang = langOf(bundle, `groups.${group.id}`);
              return (
                <li key={group.id}>
                  <span class="lantern-more-name" {...lang}>
                    {group.name}
                  </span>
                  {group.why && (
                    <>
                      {" "}
                      <span class="lantern-more-why" {...lang}>
                        {group.why}
                      </span>
                    </>
                  )}
                  <Unsure group={group} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={groups} />
    </>
  );
}

/** "This may be out of date", with its date, after a medium-confidence group (shown only for an audience). */
function Unsure({ group }: { group: AtRiskGroup }) {
  return group.confidence === "medium" ? <Verified date={group.lastVerified} kind="checkBeforeUse" /> : null;
}

/**
 * {@link AtRiskView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const AtRisk = /* @__PURE__ */ themed(AtRiskView, "AtRisk");
