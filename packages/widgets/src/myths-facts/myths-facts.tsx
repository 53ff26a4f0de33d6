/**
 * Common myths about human trafficking, each answered by the fact.
 */
import { myths, text } from "@lantern/sdk";
import type { MythsFactsConfig } from "../core/config.js";
import { useWidget } from "../core/context.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang } from "../core/text.js";
import { themed } from "../core/themed.js";

/** Props of {@link MythsFacts}. */
export type MythsFactsProps = WidgetProps<MythsFactsConfig>;

/**
 * Each myth, labelled "Myth", expands to its fact, labelled "Fact". Native `<details>`: it works before JavaScript
 * runs, and the browser's find-in-page opens the myth that contains a match.
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
  const { bundle } = useWidget();
  const list = myths(bundle);
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
                </p>
              </details>
            </li>
          );
        })}
      </ul>
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={list} />
    </>
  );
}

/**
 * {@link MythsFactsView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const MythsFacts = /* @__PURE__ */ themed(MythsFactsView, "MythsFacts");
