/**
 * The frame every content widget renders in: it checks config and theme, sets language and direction, provides the
 * widget context, and wraps everything in the error boundary. Widgets supply only their heading and body.
 */
import { type Contact, type ContentBundle, text, type UiKey } from "@lantern/sdk";
import type { ComponentChildren } from "preact";
import { useId, useMemo, useRef } from "preact/hooks";
import { resolveConfig, type WidgetConfig, type WidgetName } from "./config.js";
import { type DialogContent, WidgetContext, type WidgetContextValue } from "./context.js";
import { DraftNotice } from "./draft-notice.js";
import { dispatchLanternEvent } from "./events.js";
import { checkExitUrl } from "./exit-url.js";
import { WidgetBoundary } from "./fallback.js";
import { headingTag } from "./heading.js";
import { type ConfigProblem, createReporter, warnProblem } from "./problems.js";
import { uiLang } from "./text.js";
import type { ResolvedTheme } from "./theme.js";

/** Props every content widget component takes. */
export interface WidgetProps<C extends WidgetConfig = WidgetConfig> {
  /** Lantern content in the language to show, from `@lantern/sdk/content/<lang>`. */
  bundle: ContentBundle;
  /** Settings; each missing or invalid one falls back to its default (invalid ones are reported). */
  config?: Partial<C> | undefined;
  /** A partner's own contacts, validated by `parsePartnerContacts` from `@lantern/sdk/overrides`. */
  partnerContacts?: readonly Contact[] | undefined;
  /**
   * `--lantern-*` custom properties; each is checked against the safety limits before use. The components
   * (`WarningSigns`…) check it themselves; the `*View` components used by the embed take `checkedTheme` instead.
   */
  theme?: Readonly<Record<string, string>> | undefined;
  /**
   * A theme already checked by `resolveTheme`: its accepted values are applied and its problems reported. The embed
   * checks the partner's theme in the chunk that reads the partner's configuration, so pages without one never
   * download the checker.
   */
  checkedTheme?: ResolvedTheme | undefined;
  /** Where `lantern:*` events are dispatched; the widget's root element by default. */
  eventTarget?: EventTarget | undefined;
  /** Told once about each setting that could not be used; by default a console warning. */
  onProblem?: ((problem: ConfigProblem) => void) | undefined;
  /** Prefix for element ids; `mountWidget` sets a unique one when several widgets share a document tree. */
  idPrefix?: string | undefined;
  /**
   * Loads the report dialog's contacts and steps the first time it opens, for a `bundle` shipped without them
   * (no contacts, or no steps: a first-render bundle may keep 911 and the hotline for the fallback); the dialog then
   * uses `{ ...bundle, ...loaded }`. Not called for a full bundle. The help directory lists contacts at first
   * render, so its bundle must always have them.
   */
  loadDialogContent?: (() => Promise<DialogContent>) | undefined;
  /**
   * The page's quick-exit address, when the page has a quick exit: the report dialog then shows its own quick-exit
   * button, since a modal dialog makes the page's button unreachable. Must be `https:` (else reported, and the
   * default neutral page is used).
   */
  exitUrl?: string | undefined;
  /**
   * `YYYY-MM-DD`: the day a contact's `lastVerified` is judged on by the freshness policy (`@lantern/sdk`'s
   * `freshness`). Today in UTC by default, the visitor's clock: a bundle nobody re-released still marks a contact
   * past the limit. Tests and stories pass a fixed day, so their output does not change with the calendar.
   */
  today?: string | undefined;
}

interface ShellProps {
  name: WidgetName;
  props: WidgetProps;
  /**
   * The widget's heading (an `h2` naming the section); none for the report button. A function when it depends on
   * the checked settings (the help directory's `languages` variant has its own).
   */
  heading?: UiKey | ((config: WidgetConfig) => UiKey) | undefined;
  children: ComponentChildren;
}

/** Renders a widget's frame around `children`. Used by each widget component, never by partners directly. */
export function WidgetShell({ name, props, heading, children }: ShellProps) {
  // The latest handler is read through a ref, so an inline `onProblem={…}` does not reset the "once" memory.
  const handler = useRef(props.onProblem);
  handler.current = props.onProblem;
  const report = useMemo(
    () => createReporter(name, (problem) => (handler.current ?? ((p) => warnProblem(name, p)))(problem)),
    [name],
  );
  const onError = (error: unknown) =>
    report({
      field: "render",
      message: `the widget failed (${error instanceof Error ? error.message : String(error)}) and shows how to reach 911 and the hotline instead: please report this to the Lantern team`,
    });
  return (
    <WidgetBoundary bundle={props.bundle} onError={onError} headingLevel={props.config?.headingLevel}>
      <ShellBody name={name} props={props} heading={heading} report={report}>
        {children}
      </ShellBody>
    </WidgetBoundary>
  );
}

function ShellBody({
  name,
  props,
  heading,
  report,
  children,
}: ShellProps & { report: (problem: ConfigProblem) => void }) {
  const { bundle } = props;
  const root = useRef<HTMLElement>(null);
  const idPrefix = props.idPrefix ?? "lantern";
  const headingId = `${idPrefix}-${useId()}`;
  const { config, problems } = useMemo(
    () => resolveConfig(name, props.config, bundle),
    [name, props.config, bundle],
  );
  const theme = props.checkedTheme ?? uncheckedTheme(props.theme);
  // Reported during render, not in an effect, so server rendering warns too; the reporter keeps it to once.
  for (const problem of [...problems, ...theme.problems]) report(problem);
  // Checked here, not when the dialog opens, so a bad address is reported as soon as the widget renders.
  const exitUrl = props.exitUrl === undefined ? undefined : checkExitUrl(props.exitUrl, report);
  const Heading = headingTag(config.headingLevel);
  const headingKey = typeof heading === "function" ? heading(config) : heading;

  const context: WidgetContextValue = {
    bundle,
    widget: name,
    config,
    partnerContacts: props.partnerContacts ?? [],
    idPrefix,
    report,
    loadDialogContent: props.loadDialogContent,
    exitUrl,
    today: props.today,
    emit(type, detail) {
      const target = props.eventTarget ?? root.current;
      if (target) dispatchLanternEvent(target, type, detail);
    },
  };
  return (
    <WidgetContext.Provider value={context}>
      <section
        ref={root}
        class={`lantern lantern-${name}`}
        lang={bundle.locale.code}
        dir={bundle.locale.dir}
        data-region={config.region}
        data-audience={config.audience}
        data-variant={config.variant}
        // A section without a name (the report button's) is no landmark, just a box.
        aria-labelledby={headingKey ? headingId : undefined}
        style={theme.style}
      >
        {headingKey && (
          <Heading id={headingId} class="lantern-heading" {...uiLang(bundle, headingKey)}>
            {text(bundle, headingKey)}
          </Heading>
        )}
        <DraftNotice bundle={bundle} />
        {children}
      </section>
    </WidgetContext.Provider>
  );
}

const NO_THEME: ResolvedTheme = { style: {}, problems: [] };

/** A raw theme given to a `*View` is never applied unchecked: it is reported, and the defaults are used. */
function uncheckedTheme(theme: WidgetProps["theme"]): ResolvedTheme {
  if (!theme || Object.keys(theme).length === 0) return NO_THEME;
  return {
    style: {},
    problems: [
      {
        field: "theme",
        message:
          "was not checked, so the default theme is used: render the component (such as WarningSigns), not its View, or pass checkedTheme from resolveTheme",
      },
    ],
  };
}
