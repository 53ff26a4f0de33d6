/**
 * Warning signs of human trafficking, grouped by category and chosen for the reader's audience.
 */
import { type Sign, type SignGroup, signsByCategory, text } from "@lantern/sdk";
import { useState } from "preact/hooks";
import type { WarningSignsConfig } from "../core/config.js";
import { useWidget, useWidgetId } from "../core/context.js";
import { Disclosure } from "../core/disclosure.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang, Verified } from "../core/text.js";
import { themed } from "../core/themed.js";

/** How many signs the `compact` variant shows before "Show all warning signs". */
export const COMPACT_SIGN_COUNT = 4;

/** Props of {@link WarningSigns}. */
export type WarningSignsProps = WidgetProps<WarningSignsConfig>;

/**
 * Warning signs grouped by category (control, documents, physical, behaviour, recruitment, labour), each group
 * collapsible, with the reminder that one sign alone proves nothing, a way to report, and the sources.
 *
 * An `audience` other than `general` adds that audience's signs, including medium-confidence ones, each shown
 * with its last-verified date. The `compact` variant shows the first few signs and a "Show all" toggle.
 *
 * @example
 * <WarningSigns bundle={en} config={{ audience: "youth", variant: "compact" }} />
 */
export function WarningSignsView(props: WarningSignsProps) {
  return (
    <WidgetShell name="warning-signs" props={props} heading="warningSigns.heading">
      <WarningSignsBody />
    </WidgetShell>
  );
}

function WarningSignsBody() {
  const { bundle, config } = useWidget();
  const groups = signsByCategory(bundle, {
    audience: config.audience,
    // Medium-confidence signs only where a partner chose an audience they were written for.
    includeMedium: config.audience !== "general",
  });
  const compact = config.variant === "compact";
  // A plain hook: one boolean, where @preact/signals would add 3.4 KB brotli to the first render.
  const [expanded, setExpanded] = useState(!compact);
  const listId = useWidgetId();
  const all = groups.flatMap((group) => group.signs);
  const visible = expanded ? groups : firstSigns(groups, COMPACT_SIGN_COUNT);
  const toggleKey = expanded ? "warningSigns.showFewer" : "warningSigns.showAll";

  return (
    <>
      <p class="lantern-intro" {...uiLang(bundle, "warningSigns.intro")}>
        {text(bundle, "warningSigns.intro")}
      </p>
      {config.audience !== "general" && (
        <p class="lantern-audience">
          <span {...uiLang(bundle, "warningSigns.audienceLabel")}>
            {text(bundle, "warningSigns.audienceLabel")}
          </span>{" "}
          <strong {...langOf(bundle, `taxonomy.audiences.${config.audience}`)}>
            {bundle.taxonomy.audiences[config.audience]}
          </strong>
        </p>
      )}
      <div id={listId} class="lantern-sign-groups">
        {visible.map((group) => (
          <Disclosure
            key={group.category}
            title={group.name}
            titleLang={langOf(bundle, `taxonomy.categories.${group.category}`)}
            headingLevel={config.headingLevel + 1}
          >
            <ul class="lantern-signs">
              {group.signs.map((sign) => (
                <SignItem key={sign.id} sign={sign} />
              ))}
            </ul>
          </Disclosure>
        ))}
      </div>
      {compact && all.length > COMPACT_SIGN_COUNT && (
        <button
          type="button"
          class="lantern-button lantern-button-secondary lantern-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
          {...uiLang(bundle, toggleKey)}
        >
          {text(bundle, toggleKey)}
        </button>
      )}
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={all} />
    </>
  );
}

function SignItem({ sign }: { sign: Sign }) {
  const { bundle } = useWidget();
  return (
    <li>
      <span {...langOf(bundle, `signs.${sign.id}`)}>{sign.text}</span>
      {sign.confidence === "medium" && (
        <>
          {" "}
          <Verified date={sign.lastVerified} as="span" />
        </>
      )}
    </li>
  );
}

/** The first `count` signs, keeping their groups (a group cut short shows only what fits). */
function firstSigns(groups: SignGroup[], count: number): SignGroup[] {
  const result: SignGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    result.push({ ...group, signs: group.signs.slice(0, left) });
    left -= group.signs.length;
  }
  return result;
}

/**
 * {@link WarningSignsView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const WarningSigns = /* @__PURE__ */ themed(WarningSignsView, "WarningSigns");
