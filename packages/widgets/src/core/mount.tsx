/**
 * The one way the embed (or any host) puts a content widget on a page: by name, into a shadow root or an element,
 * with the partner's raw attributes. Nothing here runs on import.
 */
import { type Contact, type ContentBundle, isOneOf } from "@lantern/sdk";
import { type FunctionComponent, render } from "preact";
import { AtRisk, atRiskStyles } from "../at-risk/index.js";
import { HelpDirectory, helpDirectoryStyles } from "../help-directory/index.js";
import { MythsFacts, mythsFactsStyles } from "../myths-facts/index.js";
import { ReportButton, reportButtonStyles } from "../report-button/index.js";
import { WarningSigns, warningSignsStyles } from "../warning-signs/index.js";
import {
  resolveConfig,
  WIDGET_NAMES,
  type WidgetConfig,
  type WidgetName,
  type WidgetVariant,
} from "./config.js";
import { defaultEventTarget, isShadowRoot } from "./events.js";
import { Fallback } from "./fallback.js";
import { type ConfigProblem, createReporter } from "./problems.js";
import type { WidgetProps } from "./shell.js";

/** Options of {@link mountWidget}. */
export interface MountOptions {
  /** Lantern content, already in the language to show. */
  bundle: ContentBundle;
  /** Raw attribute strings: `region`, `audience`, `variant`; any other is reported as unknown. */
  attributes: Record<string, string | undefined>;
  /** A partner's contacts, already validated by `@lantern/sdk/overrides`. */
  partnerContacts?: Contact[] | undefined;
  /** Raw `--lantern-*` properties from the partner; checked before use. */
  theme?: Record<string, string> | undefined;
  /** Where `lantern:*` events are dispatched; by default the shadow root's host, or the element mounted into. */
  eventTarget?: EventTarget | undefined;
  /** Told once about each problem; by default a console warning prefixed "Lantern <widget>:". */
  onProblem?: ((problem: ConfigProblem) => void) | undefined;
}

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
 * Complete CSS text of each widget (base, shared parts, its own), written for a shadow root (`:host`). Adopt it as
 * a constructed stylesheet: `sheet.replaceSync(widgetStyles[name]); shadow.adoptedStyleSheets = [sheet]`.
 */
export const widgetStyles: Readonly<Record<WidgetName, string>> = {
  "warning-signs": warningSignsStyles,
  "report-button": reportButtonStyles,
  "at-risk": atRiskStyles,
  "myths-facts": mythsFactsStyles,
  "help-directory": helpDirectoryStyles,
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
  const report = createReporter(name, options.onProblem);
  const container = root.ownerDocument.createElement("div");
  container.className = "lantern-mount";
  root.append(container);
  const fallback = (problem: ConfigProblem) => {
    report(problem);
    render(<Fallback bundle={options.bundle} />, container);
  };
  if (!isOneOf(WIDGET_NAMES, name)) {
    // The name comes from markup (`data-lantern="…"`), so a typo is a partner's mistake to report, not a crash.
    fallback({
      field: "widget",
      message: `"${String(name)}" is not a Lantern widget: use one of ${WIDGET_NAMES.join(", ")}`,
    });
  } else {
    try {
      const { config, problems } = resolveConfig(name, options.attributes, options.bundle);
      for (const problem of problems) report(problem);
      // resolveConfig returned this widget's own variants, so the wider prop type is safe here.
      const Widget = WIDGET_COMPONENTS[name] as FunctionComponent<WidgetProps>;
      render(
        <Widget
          bundle={options.bundle}
          config={config}
          partnerContacts={options.partnerContacts}
          theme={options.theme}
          eventTarget={options.eventTarget ?? defaultEventTarget(root)}
          onProblem={report}
          // Ids must be unique per document when widgets share one tree; a shadow root scopes them already.
          idPrefix={isShadowRoot(root) ? undefined : uniquePrefix()}
        />,
        container,
      );
    } catch (error) {
      // Only a bundle too damaged even to check settings gets here; the error boundary catches the rest.
      fallback({
        field: "render",
        message: `the widget could not start (${error instanceof Error ? error.message : String(error)}) and shows how to reach 911 and the hotline instead`,
      });
    }
  }
  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    render(null, container);
    container.remove();
  };
}

function uniquePrefix(): string {
  return `lantern-${Math.random().toString(36).slice(2, 8)}`;
}
