/**
 * The button that opens the report dialog, in every content widget. The dialog itself (its code, its CSS and, when
 * the embed ships bundles without them, its contacts and steps) loads only when someone first opens it: most
 * readers never do, and the first render of every widget stays small.
 *
 * Nothing here imports the dialog's module statically; `import("./report-dialog.js")` is the split point a bundler
 * turns into a separate chunk.
 */
import { type ContentBundle, text, type UiKey } from "@lantern/sdk";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { type DialogContent, useWidget, WidgetContext } from "./context.js";
import { Fallback } from "./fallback.js";
import { uiLang } from "./text.js";

/**
 * How long a person waits for the dialog, after pressing the button, before 911 and the hotline are shown anyway.
 * The dialog still opens if it arrives later. Three seconds: past the time a page takes to answer a tap on a slow
 * mobile network, well before someone in a hurry gives up.
 */
export const DIALOG_PATIENCE_MS = 3000;

/** The dialog's module, as `import()` gives it. */
type DialogModule = typeof import("./report-dialog.js");

// The code is the same for every instance, so it is fetched once per page: one promise for the module, not one per
// launcher. This caches code, not state; each launcher still keeps its own open/closed state.
let dialogModule: DialogModule | undefined;
let dialogImport: Promise<DialogModule> | undefined;

/**
 * Load the report dialog's module, once: later calls get the same promise. A failed load is forgotten, so the next
 * activation tries again (the network may be back).
 */
export function loadReportDialog(): Promise<DialogModule> {
  dialogImport ??= import("./report-dialog.js").then(
    (module) => {
      dialogModule = module;
      return module;
    },
    (error: unknown) => {
      dialogImport = undefined;
      throw error;
    },
  );
  return dialogImport;
}

/**
 * True when `bundle` was shipped without the dialog's content: no contacts, or no steps. The embed may keep 911 and
 * the hotline in a first-render bundle (so the fallback can show both) and still leave the rest to
 * `loadDialogContent`; a full bundle (Storybook, tests, server rendering) has both and loads nothing.
 */
export function lacksDialogContent(bundle: ContentBundle): boolean {
  return bundle.contacts.length === 0 || bundle.steps.length === 0;
}

/** A load failure, with which part failed, so the reported problem names the right fix. */
interface LoadFailure {
  part: "code" | "content";
  reason: unknown;
}

function failedAs<T>(part: LoadFailure["part"]) {
  return (reason: unknown): T => {
    throw { part, reason } satisfies LoadFailure;
  };
}

/** The problem reported when the dialog could not open, with what to check. */
function loadProblem({ part, reason }: LoadFailure): { field: string; message: string } {
  const fix =
    part === "code"
      ? "check that the page can load Lantern's scripts (network, Content-Security-Policy script-src, a complete self-hosted copy)"
      : "check that loadDialogContent resolves to the bundle's contacts and steps";
  return {
    field: "report-dialog",
    message: `the report dialog's ${part} could not load (${reason instanceof Error ? reason.message : String(reason)}), so the widget shows how to reach 911 and the hotline instead: ${fix}`,
  };
}

/** Props of {@link ReportLauncher}. */
export interface ReportLauncherProps {
  /** The button's text: `reportButton.label` on the report button, `common.reportCta` in other widgets. */
  labelKey: UiKey;
  /** The larger, filled style of the report-button widget. */
  primary?: boolean;
}

/**
 * A button that opens the report dialog. The first activation loads the dialog (code, and contacts and steps when
 * the bundle lacks them and `loadDialogContent` was given), with `aria-busy` on the button and "Loading…" announced
 * meanwhile; then the dialog opens and takes focus. If loading takes longer than {@link DIALOG_PATIENCE_MS}, or the
 * button is pressed again while it loads, 911 and the hotline are shown beside the button at once (the dialog still
 * opens when it arrives); if loading fails, the problem is reported and they stay. On paper, where the button means
 * nothing, the same numbers (and the partner's own lines) print in its place. Each launcher has its own state.
 */
export function ReportLauncher({ labelKey, primary = false }: ReportLauncherProps) {
  const context = useWidget();
  const { bundle, widget, emit, report, loadDialogContent, config, partnerContacts } = context;
  // Plain hooks, not signals: this runs in every widget's first render, and @preact/signals would add 3.4 KB
  // brotli to every partner page (see docs/architecture.md, "Decisions").
  const [open, setOpen] = useState(false);
  // "slow": still loading, but the person has waited long enough (or pressed again): show the numbers meanwhile.
  const [status, setStatus] = useState<"idle" | "loading" | "slow" | "failed">("idle");
  const patience = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The state above is read by the next render; this ref stops a second press while the first is still loading.
  const loading = useRef(false);
  // Rendered only after this launcher's first activation: before that, no dialog element exists at all.
  const [dialog, setDialog] = useState<DialogModule | null>(null);
  // Both kept with the bundle they complete: a new bundle (another language) needs its own contacts and steps.
  const [loaded, setLoaded] = useState<{ bundle: ContentBundle; content: DialogContent } | null>(null);
  const contentRequest = useRef<{ bundle: ContentBundle; promise: Promise<DialogContent> } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);
  // A layout effect, so the flag drops at unmount itself (Preact defers useEffect cleanups until after paint).
  useLayoutEffect(
    () => () => {
      mounted.current = false;
      clearTimeout(patience.current);
    },
    [],
  );

  const extra = loaded?.bundle === bundle ? loaded.content : null;
  const merged = useMemo<ContentBundle>(() => (extra ? { ...bundle, ...extra } : bundle), [bundle, extra]);
  const needsContent = loadDialogContent !== undefined && !extra && lacksDialogContent(bundle);

  // Once per launcher and bundle; a failure is forgotten so that the next activation asks again.
  const requestContent = (load: () => Promise<DialogContent>): Promise<DialogContent> => {
    if (contentRequest.current?.bundle === bundle) return contentRequest.current.promise;
    // An async function, so that a loader that throws instead of rejecting is caught the same way, and so that the
    // promise is the engine's own: a page may have replaced window.Promise.
    const promise = (async () => load())().then(
      (content) => {
        // Without contacts the dialog would not even show 911: treat that as a failure, which shows the fallback.
        if (
          !Array.isArray(content?.contacts) ||
          content.contacts.length === 0 ||
          !Array.isArray(content.steps)
        ) {
          throw new Error("loadDialogContent gave no contacts or no steps");
        }
        return content;
      },
      (error: unknown) => {
        if (contentRequest.current?.promise === promise) contentRequest.current = null;
        throw error;
      },
    );
    contentRequest.current = { bundle, promise };
    return promise;
  };

  const show = (module: DialogModule) => {
    // Styles first, so the dialog's first frame is already styled.
    if (trigger.current) module.adoptDialogStyles(trigger.current);
    loading.current = false;
    clearTimeout(patience.current);
    setDialog(module);
    setStatus("idle");
    setOpen(true);
    emit("lantern:open", { widget });
  };

  const activate = () => {
    if (loading.current) {
      // A second press while it loads: the person is waiting for something. Show the numbers now.
      setStatus("slow");
      return;
    }
    const ready = dialog ?? dialogModule;
    if (ready && !needsContent) {
      // Loaded before (by this launcher or another): open at once, as a synchronous dialog would.
      show(ready);
      return;
    }
    loading.current = true;
    setStatus("loading");
    patience.current = setTimeout(() => {
      if (mounted.current && loading.current) setStatus("slow");
    }, DIALOG_PATIENCE_MS);
    const content =
      needsContent && loadDialogContent
        ? requestContent(loadDialogContent).catch(failedAs<DialogContent>("content"))
        : undefined;
    const forBundle = bundle;
    const code = loadReportDialog().catch(failedAs<DialogModule>("code"));
    // Code and content load in parallel; either failing shows the fallback. Awaited in an async function rather
    // than Promise.all, whose global a page may have replaced; the no-op catch keeps a second failure handled.
    content?.catch(() => undefined);
    (async () => [await code, await content] as const)().then(
      ([module, loadedContent]) => {
        if (!mounted.current) return;
        if (loadedContent) setLoaded({ bundle: forBundle, content: loadedContent });
        show(module);
      },
      (failure: LoadFailure) => {
        if (!mounted.current) return;
        loading.current = false;
        clearTimeout(patience.current);
        setStatus("failed");
        report(loadProblem(failure));
      },
    );
  };

  const Dialog = dialog?.ReportDialog;
  return (
    <div class="lantern-report">
      <button
        ref={trigger}
        type="button"
        class={`lantern-button lantern-cta${primary ? " lantern-cta-primary" : ""}`}
        aria-haspopup="dialog"
        aria-busy={status === "loading" || status === "slow" ? "true" : undefined}
        onClick={activate}
        {...uiLang(bundle, labelKey)}
      >
        {text(bundle, labelKey)}
      </button>
      {Dialog && (
        // The dialog reads the bundle from context: give it the one with the loaded contacts and steps.
        <WidgetContext.Provider value={merged === bundle ? context : { ...context, bundle: merged }}>
          <Dialog open={open} onClose={() => setOpen(false)} returnFocusTo={trigger} />
        </WidgetContext.Provider>
      )}
      {/* The wait, announced: present (empty) from the start, so screen readers notice when it fills. */}
      <p class="lantern-vh" role="status" {...uiLang(bundle, "common.loading")}>
        {status === "loading" || status === "slow" ? text(bundle, "common.loading") : ""}
      </p>
      {(status === "slow" || status === "failed") && (
        // An alert, so a screen reader announces it while focus stays on the button that was just pressed.
        <div class="lantern-report-fallback" role="alert">
          <Fallback bundle={merged} headingLevel={config.headingLevel + 1} />
        </div>
      )}
      {/* Paper cannot open a dialog: the numbers print where the button was. */}
      <div class="lantern-print-only">
        <Fallback bundle={merged} headingLevel={config.headingLevel + 1} partnerContacts={partnerContacts} />
      </div>
    </div>
  );
}
