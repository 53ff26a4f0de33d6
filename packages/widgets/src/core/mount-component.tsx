/**
 * Mounting one component, apart from the registry of all widgets, so that a bundle that needs one widget (the
 * embed's chunk for warning signs) carries only that widget.
 */
import { type Contact, type ContentBundle, isOneOf } from "@lantern/sdk";
import { type FunctionComponent, hydrate, render } from "preact";
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
import type { ResolvedTheme } from "./theme.js";

/** Options of {@link mountComponent} and `mountWidget`. */
export interface MountOptions {
  /** Lantern content, already in the language to show. */
  bundle: ContentBundle;
  /** Raw attribute strings: `region`, `audience`, `variant`; any other is reported as unknown. */
  attributes: Record<string, string | undefined>;
  /** A partner's contacts, already validated by `@lantern/sdk/overrides`. */
  partnerContacts?: Contact[] | undefined;
  /** Raw `--lantern-*` properties from the partner; checked before use. */
  theme?: Record<string, string> | undefined;
  /** A theme already checked by `resolveTheme` (`@lantern/widgets/theme`), for the `*View` components. */
  checkedTheme?: ResolvedTheme | undefined;
  /** Where `lantern:*` events are dispatched; by default the shadow root's host, or the element mounted into. */
  eventTarget?: EventTarget | undefined;
  /** Told once about each problem; by default a console warning prefixed "Lantern <widget>:". */
  onProblem?: ((problem: ConfigProblem) => void) | undefined;
  /**
   * For a `bundle` shipped without the dialog's content (no contacts, or no steps: it may keep 911 and the hotline
   * for the fallback): loads the report dialog's contacts and steps the first time it opens, in parallel with the
   * dialog's code, and the dialog uses `{ ...bundle, ...loaded }`. Never called for a full bundle. The help
   * directory needs contacts at first render, so its bundle must always include them.
   */
  loadDialogContent?: (() => Promise<Pick<ContentBundle, "contacts" | "steps">>) | undefined;
  /**
   * The page's quick-exit address, when the page has a quick exit: the report dialog then shows a quick-exit
   * button of its own (the modal dialog makes the page's unreachable). `https:` only, else reported and the
   * default neutral page used.
   */
  exitUrl?: string | undefined;
  /** `YYYY-MM-DD`: the day contacts' freshness is judged on; today (UTC) by default. */
  today?: string | undefined;
  /**
   * A container that already holds this widget's markup, rendered ahead of time from the same component, bundle and
   * settings (the embed's first paint): the component takes it over with Preact's `hydrate`, keeping its nodes (and
   * the focus) instead of building them again. Without it, a new container is appended to `root`.
   */
  hydrate?: HTMLElement | undefined;
}

/**
 * {@link mountWidget} for one component passed in, so a bundle that needs one widget carries only that widget:
 * the embed's chunk for warning signs calls `mountComponent("warning-signs", WarningSigns, shadow, options)`.
 */
export function mountComponent<N extends WidgetName>(
  name: N,
  // Typed by the name, so that a widget's own component (whose variants are narrower than any string) fits.
  Widget: FunctionComponent<WidgetProps<WidgetConfig<WidgetVariant<N>>>>,
  root: ShadowRoot | HTMLElement,
  options: MountOptions,
): () => void {
  const report = createReporter(name, options.onProblem);
  const existing = options.hydrate;
  const container = existing ?? root.ownerDocument.createElement("div");
  if (!existing) {
    container.className = "lantern-mount";
    root.append(container);
  }
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
      (existing ? hydrate : render)(
        <Widget
          bundle={options.bundle}
          config={config}
          partnerContacts={options.partnerContacts}
          theme={options.theme}
          checkedTheme={options.checkedTheme}
          eventTarget={options.eventTarget ?? defaultEventTarget(root)}
          onProblem={report}
          loadDialogContent={options.loadDialogContent}
          exitUrl={options.exitUrl}
          today={options.today}
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
