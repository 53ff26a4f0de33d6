/**
 * Common myths about human trafficking, each answered by the fact.
 */
import { myths, statistics, text } from "@lantern/sdk";
import type { MythsFactsConfig } from "../core/config.js";
import { useWidget } from "../core/context.js";
import { headingTag } from "../core/heading.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang, Verified } from "../core/text.js";
import { themed } from "../core/themed.js";

/** Props of {@link MythsFacts}. */
export type MythsFactsProps = WidgetProps<MythsFactsConfig>;

/**
 * Each myth, labelled "Myth", expands to its fact, labelled "Fact". Native `<details>`: it works before JavaScript
 * runs, and the browser's find-in-page opens the myth that contains a match. Then what police-reported data shows
 * (Ontario's share of incidents, victims' ages), each figure with its period, and the under-reporting caveat. An
 * audience puts its myths first and never drops one.
 *
 * @example
 * <MythsFacts bundle={fr} />
 */
export function MythsFactsView(props: MythsFactsProps) {
  return (
    <WidgetShell name="myths-facts" props={props} heading="mythsFacts.heading">
      <MythsFactsBody />
    </WidgetShell>
  );
}

function MythsFactsBody() {
  const { bundle, config } = useWidget();
  const list = myths(bundle, {
    audience: config.audience,
    // Medium-confidence myths only where a partner chose an audience, as for signs; always with their date.
    includeMedium: config.audience !== "general",
  });
  // Police-reported figures, each naming its period, under the note that most cases never reach the police.
  const stats = statistics(bundle);
  const StatsHeading = headingTag(config.headingLevel, 1);
  // Functions, not shared elements: each myth needs its own nodes.
  const mythLabel = () => (
    <span class="lantern-label lantern-label-myth" {...uiLang(bundle, "mythsFacts.myth")}>
      {text(bundle, "mythsFacts.myth")}
    </span>
  );
  const factLabel = () => (
    <span class="lantern-label lantern-label-fact" {...uiLang(bundle, "mythsFacts.fact")}>
      {text(bundle, "mythsFacts.fact")}
    </span>
  );
  return (
    <>
      <ul class="lantern-myths">
        {list.map((item) => {
          const lang = langOf(bundle, `myths.${item.id}`);
          return (
            <li key={item.id}>
              <details class="lantern-myth">
                <summary>
                  {mythLabel()} <span {...lang}>{item.myth}</span>
                </summary>
                <p class="lantern-fact">
                  {factLabel()} <span {...lang}>{item.fact}</span>
                  {item.confidence === "medium" && (
                    <>
                      {" "}
                      <Verified date={item.lastVerified} kind="checkBeforeUse" as="span" />
                    </>
                  )}
                </p>
              </details>
            </li>
          );
        })}
      </ul>
      {stats.length > 0 && (
        <div class="lantern-stats">
          <StatsHeading class="lantern-stats-heading" {...uiLang(bundle, "statistics.heading")}>
            {text(bundle, "statistics.heading")}
          </StatsHeading>
          <ul>
            {stats.map((stat) => (
              <li key={stat.id} {...langOf(bundle, `statistics.${stat.id}`)}>
                {stat.text}
              </li>
            ))}
          </ul>
          <p class="lantern-stats-caveat" {...uiLang(bundle, "statistics.caveat")}>
            {text(bundle, "statistics.caveat")}
          </p>
        </div>
      )}
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={[...list, ...stats]} />
    </>
  );
}

/**
 * {@link MythsFactsView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const MythsFacts = /* @__PURE__ */ themed(MythsFactsView, "MythsFacts");
