/**
 * Where to get help: every contact for a region and audience, filterable in place, with its channels and hours; or,
 * as the `languages` variant, the "help in your language" lines alone.
 */
import {
  AUDIENCES,
  type Audience,
  CHANNEL_KINDS,
  type ChannelKind,
  contacts,
  isOneOf,
  text,
  type UiKey,
} from "@lantern/sdk";
import helpLines from "@lantern/sdk/content/lines";
import { useSignal } from "@preact/signals";
import type { HelpDirectoryConfig, WidgetConfig } from "../core/config.js";
import { ContactList } from "../core/contacts.js";
import { useWidget, useWidgetId } from "../core/context.js";
import { HelpLineList } from "../core/help-lines.js";
import { ProvenanceFooter } from "../core/provenance-footer.js";
import { ReportLauncher } from "../core/report-launcher.js";
import { type WidgetProps, WidgetShell } from "../core/shell.js";
import { langOf, uiLang } from "../core/text.js";
import { themed } from "../core/themed.js";

/** Props of {@link HelpDirectory}. */
export type HelpDirectoryProps = WidgetProps<HelpDirectoryConfig>;

/**
 * A directory of help lines. `region` and `audience` set the initial filters; the reader can change them, and the
 * number of results is announced politely. National contacts are always listed; a region adds its own, and lines
 * from secondary sources carry "This may be out of date" with their last-checked date.
 *
 * The `languages` variant, for pages serving newcomers and migrant workers, shows only "Help in your language": one
 * line per language, each in its own language and script, routing to the hotline's phone interpreters.
 *
 * @example
 * <HelpDirectory bundle={fr} config={{ region: "CA-ON", audience: "workers" }} />
 * <HelpDirectory bundle={en} config={{ variant: "languages" }} />
 */
export function HelpDirectoryView(props: HelpDirectoryProps) {
  return (
    <WidgetShell name="help-directory" props={props} heading={headingOf}>
      <HelpDirectoryBody />
    </WidgetShell>
  );
}

const headingOf = (config: WidgetConfig): UiKey =>
  config.variant === "languages" ? "helpLines.heading" : "helpDirectory.heading";

function HelpDirectoryBody() {
  const { config } = useWidget();
  return config.variant === "languages" ? <LanguagesBody /> : <DirectoryBody />;
}

/**
 * The `languages` variant: the lines, then the way to report and the lines' sources, as every widget ends. It lists
 * no contacts, so unlike the directory it works with a bundle trimmed for `loadDialogContent`.
 */
function LanguagesBody() {
  return (
    <>
      <HelpLineList lines={helpLines} />
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={[helpLines]} />
    </>
  );
}

function DirectoryBody() {
  const { bundle, config, partnerContacts, report } = useWidget();
  if (bundle.contacts.length === 0) {
    // The directory lists contacts at once, so unlike the other widgets it cannot wait for loadDialogContent.
    report({
      field: "bundle",
      message:
        "the help directory needs the bundle's contacts at first render: pass the full bundle (with contacts and steps), not one trimmed for lazy dialog content",
    });
  }
  const region = useSignal(config.region);
  const audience = useSignal<Audience>(config.audience);
  const kind = useSignal<ChannelKind | "">("");
  const ids = { region: useWidgetId(), audience: useWidgetId(), kind: useWidgetId() };

  const results = contacts(bundle, {
    region: region.value,
    audience: audience.value,
    // Choosing a region or an audience opts in to its medium-confidence lines, each marked "check before use".
    includeMedium: region.value !== "CA" || audience.value !== "general",
    partner: partnerContacts,
  }).filter((entry) => kind.value === "" || entry.channels.some((channel) => channel.kind === kind.value));

  return (
    <>
      <div class="lantern-filters">
        <div class="lantern-field">
          <label for={ids.region} {...uiLang(bundle, "helpDirectory.regionLabel")}>
            {text(bundle, "helpDirectory.regionLabel")}
          </label>
          <select
            id={ids.region}
            value={region.value}
            onChange={(event) => {
              region.value = event.currentTarget.value;
            }}
          >
            {bundle.regions.map((entry) => (
              <option
                key={entry.code}
                value={entry.code}
                {...langOf(bundle, `taxonomy.regions.${entry.code}`)}
              >
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div class="lantern-field">
          <label for={ids.audience} {...uiLang(bundle, "helpDirectory.audienceLabel")}>
            {text(bundle, "helpDirectory.audienceLabel")}
          </label>
          <select
            id={ids.audience}
            value={audience.value}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(AUDIENCES, value)) audience.value = value;
            }}
          >
            {AUDIENCES.map((entry) =>
              entry === "general" ? (
                <option key={entry} value={entry} {...uiLang(bundle, "helpDirectory.allAudiences")}>
                  {text(bundle, "helpDirectory.allAudiences")}
                </option>
              ) : (
                <option key={entry} value={entry} {...langOf(bundle, `taxonomy.audiences.${entry}`)}>
                  {bundle.taxonomy.audiences[entry]}
                </option>
              ),
            )}
          </select>
        </div>
        <div class="lantern-field">
          <label for={ids.kind} {...uiLang(bundle, "helpDirectory.channelLabel")}>
            {text(bundle, "helpDirectory.channelLabel")}
          </label>
          <select
            id={ids.kind}
            value={kind.value}
            onChange={(event) => {
              const value = event.currentTarget.value;
              kind.value = isOneOf(CHANNEL_KINDS, value) ? value : "";
            }}
          >
            <option value="" {...uiLang(bundle, "helpDirectory.allChannels")}>
              {text(bundle, "helpDirectory.allChannels")}
            </option>
            {CHANNEL_KINDS.map((entry) => (
              <option key={entry} value={entry} {...langOf(bundle, `taxonomy.channels.${entry}`)}>
                {bundle.taxonomy.channels[entry]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Polite: the count is announced after the reader's own action, without interrupting it. */}
      <p class="lantern-count" role="status" aria-live="polite" aria-atomic="true">
        {results.length > 0
          ? text(bundle, "helpDirectory.results", { count: results.length })
          : text(bundle, "helpDirectory.noResults")}
      </p>
      <ContactList
        contacts={results}
        headingLevel={config.headingLevel + 1}
        kind={kind.value || undefined}
        showHours
      />
      <ReportLauncher labelKey="common.reportCta" />
      <ProvenanceFooter items={results} />
    </>
  );
}

/**
 * {@link HelpDirectoryView} with its `theme` checked: the component to render. The embed renders the view with a theme
 * it checked itself.
 */
export const HelpDirectory = /* @__PURE__ */ themed(HelpDirectoryView, "HelpDirectory");
