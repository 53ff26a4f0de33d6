/**
 * How to report: the one dialog every widget opens. 911 first, then the national hotline, anonymous tips, what to
 * note and never to confront, then regional and audience lines and the partner's own contacts.
 *
 * A native modal `<dialog>`: the browser makes everything outside it inert (shadow roots included) and puts it in
 * the top layer. On top of that the dialog keeps Tab inside, closes on Escape and returns focus to its trigger.
 *
 * This module is loaded lazily, by `ReportLauncher` (report-launcher.tsx) the first time someone opens the dialog,
 * and brings its own CSS: never import it statically from first-render code.
 */
import { type Contact, contact, contacts, steps, text, type UiKey } from "@lantern/sdk";
import helpLines from "@lantern/sdk/content/lines";
import type { RefObject } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { ChannelList, ContactList } from "./contacts.js";
import { useWidget, useWidgetId } from "./context.js";
import { dialogStyles } from "./dialog-styles.js";
import { DraftNotice } from "./draft-notice.js";
import { isShadowRoot } from "./events.js";
import { EMERGENCY_ID, HOTLINE_ID, TIPS_ID } from "./fallback.js";
import { HelpLineList, HelpLineNames } from "./help-lines.js";
import { FRAME_BLOCKED_PROBLEM, leavePage } from "./leave.js";
import { ProvenanceFooter } from "./provenance-footer.js";
import { setRootStyle } from "./root-style.js";
import { langOf, uiLang } from "./text.js";

const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  '[tabindex]:not([tabindex="-1"])',
].join(",");

/** The focused element as seen from `node`'s tree: inside a shadow root `document.activeElement` is only the host. */
export function focusedElement(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Elements in `container` that Tab can reach, in order: visible, enabled, not in a closed `<details>`. */
export function tabbableElements(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    if (element.closest("[hidden], [inert]")) return false;
    const details = element.parentElement?.closest("details");
    if (details && !details.open && !(element.tagName === "SUMMARY" && element.parentElement === details)) {
      return false;
    }
    return typeof element.checkVisibility === "function" ? element.checkVisibility() : true;
  });
}

// One constructed sheet per document (a sheet cannot be adopted across documents), shared by every shadow root.
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopt the dialog's CSS ({@link dialogStyles}) in the shadow root `node` lives in, once per root, after whatever
 * it already has. A light-DOM widget gets nothing here: its host styles it with `widgetStyles`, which include it.
 */
export function adoptDialogStyles(node: Node): void {
  const root = node.getRootNode();
  if (!isShadowRoot(root) || !("adoptedStyleSheets" in root)) return;
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (typeof Sheet !== "function") return;
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(dialogStyles);
      sheets.set(doc, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } catch {
    // An engine without constructed stylesheets: the dialog still opens, unstyled but complete.
  }
}

/** Props of {@link ReportDialog}. */
export interface ReportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The control that opened the dialog: focus goes back to it on close. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/**
 * The modal dialog itself; its content renders only while it is open. With an `exitUrl` in the widget's context,
 * its header also has a quick-exit button.
 */
export function ReportDialog({ open, onClose, returnFocusTo }: ReportDialogProps) {
  const { bundle, exitUrl } = useWidget();
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  // close() events that printing causes, not the person: they must not close the dialog for good.
  const printCloses = useRef(0);
  const titleId = useWidgetId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !wasOpen.current) {
      showModal(element);
      // The title, not the first link: the content is long, and a screen reader should start at the top. Without
      // scrolling to it: on a screen too short for the dialog, the calls row above it must stay in view.
      title.current?.focus({ preventScroll: true });
    } else if (!open && wasOpen.current) {
      if (element.open) element.close();
      const focused = focusedElement(element);
      // Only take focus back if it is nowhere useful: inside the closed dialog, or lost to the document.
      if (!focused || element.contains(focused) || focused === element.ownerDocument.body) {
        returnFocusTo.current?.focus();
      }
    }
    wasOpen.current = open;
  }, [open]);

  useLayoutEffect(() => {
    const element = dialog.current;
    const Observer = element?.ownerDocument.defaultView?.ResizeObserver;
    if (!open || !element || !header.current || !Observer) return;
    // Focus never hidden (WCAG 2.4.11): where the header sticks, the dialog's scroll padding keeps a control
    // reached with Tab clear of it. On short screens dialog.css lets the header scroll away instead.
    const bar = header.current;
    const observer = new Observer(() => {
      const sticky = bar.ownerDocument.defaultView?.getComputedStyle(bar).position === "sticky";
      element.style.setProperty("scroll-padding-block-start", sticky ? `${bar.offsetHeight}px` : "");
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, [open]);

  useLayoutEffect(() => {
    const element = dialog.current;
    const win = element?.ownerDocument.defaultView;
    if (!open || !element || !win) return;
    // A modal dialog prints where the top layer puts it, its top cut off above the first page. For printing it
    // becomes an ordinary open dialog in the widget's place (dialog.css hides the rest of the widget on paper),
    // printed whole from its top; afterwards it is modal again, with focus on its title.
    const reopen = (modal: boolean) => {
      printCloses.current += 1;
      element.close();
      if (modal) {
        showModal(element);
        title.current?.focus();
      } else element.show();
    };
    const beforePrint = () => element.matches(":modal") && reopen(false);
    const afterPrint = () => element.open && !element.matches(":modal") && reopen(true);
    win.addEventListener("beforeprint", beforePrint);
    win.addEventListener("afterprint", afterPrint);
    return () => {
      win.removeEventListener("beforeprint", beforePrint);
      win.removeEventListener("afterprint", afterPrint);
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const element = dialog.current;
    if (!element) return;
    if (event.key === "Escape") {
      // Handled here (not left to the browser's cancel) so every engine closes, and focus is restored the same way.
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab") return;
    const items = tabbableElements(element);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const focused = focusedElement(element);
    const index = focused instanceof HTMLElement ? items.indexOf(focused) : -1;
    // At either end, wrap. Focus on the title (not tabbable, before everything) counts as the start.
    if (event.shiftKey ? index <= 0 : index === items.length - 1) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      class="lantern-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (printCloses.current > 0) printCloses.current -= 1;
        else if (open) onClose();
      }}
    >
      {open && <CallsRow />}
      <div ref={header} class="lantern-dialog-header">
        <h2
          id={titleId}
          ref={title}
          tabIndex={-1}
          class="lantern-dialog-title"
          {...uiLang(bundle, "reportButton.dialogTitle")}
        >
          {text(bundle, "reportButton.dialogTitle")}
        </h2>
        {exitUrl && <DialogQuickExit exitUrl={exitUrl} />}
        <button
          type="button"
          class="lantern-button lantern-button-secondary lantern-close"
          onClick={onClose}
          {...uiLang(bundle, "common.close")}
        >
          {text(bundle, "common.close")}
        </button>
      </div>
      {open && <DraftNotice bundle={bundle} />}
      {open && <ReportContent />}
    </dialog>
  );
}

/**
 * 911 and the hotline as one row of tap-to-call links, shown only where the screen is too short for the dialog
 * (dialog.css): above all, an iframe that the host page holds at a button's height, as a CMS that strips scripts
 * cannot let it grow. There the dialog fills the frame and this row leads it, so a press shows both numbers at once,
 * whatever height the frame is held at; the rest of the dialog scrolls below it.
 */
function CallsRow() {
  const { bundle, emit } = useWidget();
  return (
    <div class="lantern-dialog-calls">
      {[contact(bundle, EMERGENCY_ID), contact(bundle, HOTLINE_ID)].map((entry) => {
        const phone = entry?.channels.find((channel) => channel.kind === "phone");
        // The number alone on screen, so both fit one row of a 320 px frame in any language; the contact's name
        // in the link's name (which contains the visible number, WCAG 2.5.3).
        return (
          entry &&
          phone && (
            <a
              key={entry.id}
              href={phone.href}
              class="lantern-channel lantern-channel-phone"
              aria-label={`${entry.name}: ${phone.display}`}
              onClick={() => emit("lantern:contact", { contact: entry.id, channel: phone.kind })}
              {...langOf(bundle, `contacts.${entry.id}`)}
            >
              {phone.display}
            </a>
          )
        );
      })}
    </div>
  );
}

/**
 * Quick exit from inside the dialog: while a modal dialog is open the page behind is inert, so the page's own
 * quick-exit button cannot be pressed (Shift three times still works). Does what that button does: hides the page at
 * once, dispatches `lantern:exit` (`trigger: "dialog"`), then leaves with `leavePage` (the top page when framed, and
 * Back does not return). Where a frame may not leave the page around it, the page shows again and an alert in the
 * dialog says to close the tab.
 */
function DialogQuickExit({ exitUrl }: { exitUrl: string }) {
  const { bundle, emit, report } = useWidget();
  const button = useRef<HTMLButtonElement>(null);
  const restore = useRef<(() => void) | null>(null);
  const [blocked, setBlocked] = useState(false);
  // Unmounted (the widget removed) after an exit that did not leave: show the page again, drop the listener. A layout
  // effect, because Preact runs those cleanups at unmount, not after the next paint.
  useLayoutEffect(() => () => restore.current?.(), []);

  const exit = () => {
    const doc = button.current?.ownerDocument ?? document;
    // Restored first, so a second press (or one after Forward) saves the page's own visibility, not "hidden".
    restore.current?.();
    restore.current = hidePage(doc);
    try {
      emit("lantern:exit", { trigger: "dialog" });
    } finally {
      if (!leavePage(doc.defaultView, exitUrl)) {
        restore.current();
        restore.current = null;
        report(FRAME_BLOCKED_PROBLEM);
        setBlocked(true);
      }
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        class="lantern-button lantern-dialog-exit"
        onClick={exit}
        {...uiLang(bundle, "quickExit.label")}
      >
        {text(bundle, "quickExit.label")}
      </button>
      {blocked && (
        <p role="alert" class="lantern-dialog-exit-blocked" {...uiLang(bundle, "quickExit.frameBlocked")}>
          {text(bundle, "quickExit.frameBlocked")}
        </p>
      )}
    </>
  );
}

/**
 * Hide the whole page until the neutral page has loaded, as quick exit does. If the browser restores this page
 * from its back/forward cache (Forward after the exit), it is shown again rather than left blank.
 *
 * @returns a function that shows the page again and removes the listener.
 */
function hidePage(doc: Document): () => void {
  const win = doc.defaultView;
  // On the root element and important: nothing on the page can keep itself visible.
  const restore = setRootStyle(doc, "visibility", "hidden", "important");
  const show = () => {
    win?.removeEventListener("pageshow", onPageShow);
    restore();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) show();
  };
  win?.addEventListener("pageshow", onPageShow);
  return show;
}

function showModal(element: HTMLDialogElement): void {
  try {
    element.showModal();
  } catch {
    // Not connected, or an engine without modal dialogs: an open dialog still shows every way to get help.
    element.setAttribute("open", "");
  }
}

/**
 * What to do and whom to contact, for the widget's region and audience: the dialog's body, rendered only while
 * the dialog is open.
 */
export function ReportContent() {
  const { bundle, config, partnerContacts } = useWidget();
  const emergency = contact(bundle, EMERGENCY_ID);
  const hotline = contact(bundle, HOTLINE_ID);
  const tips = contact(bundle, TIPS_ID);
  // A partner who chose a region or an audience opted in to its medium-confidence lines, marked "check before use".
  const includeMedium = config.region !== "CA" || config.audience !== "general";
  const singledOut = new Set([EMERGENCY_ID, HOTLINE_ID, TIPS_ID]);
  const more = contacts(bundle, { region: config.region, audience: config.audience, includeMedium }).filter(
    (entry) => !singledOut.has(entry.id),
  );
  const allSteps = steps(bundle, { includeMedium: true });
  const step = (id: string) => allSteps.find((entry) => entry.id === id);
  const noteDetails = step("note-details");
  const doNotConfront = step("do-not-confront");

  const heading = (key: UiKey) => (
    <h3 class="lantern-section-heading" {...uiLang(bundle, key)}>
      {text(bundle, key)}
    </h3>
  );
  // Steps are content (fuller, sourced); the UI string stands in if a bundle lacks the step.
  const stepText = (entry: { id: string; text: string } | undefined, key: UiKey) =>
    entry ? (
      <span {...langOf(bundle, `steps.${entry.id}`)}>{entry.text}</span>
    ) : (
      <span {...uiLang(bundle, key)}>{text(bundle, key)}</span>
    );

  const shown: Contact[] = [emergency, hotline, tips, ...more].filter((entry): entry is Contact => !!entry);
  return (
    <div class="lantern-dialog-content">
      <div class="lantern-section lantern-section-emergency">
        {heading("reportButton.emergencyHeading")}
        <p {...uiLang(bundle, "common.emergency")}>{text(bundle, "common.emergency")}</p>
        {emergency && <ChannelList contact={emergency} />}
      </div>
      {hotline && (
        <div class="lantern-section lantern-section-hotline">
          {heading("reportButton.hotlineHeading")}
          {/* The ways to reach it before what to expect: on a phone, or in a 600 px frame, the number is then on
              the dialog's first screen, right after 911. Help in your language right under the phone, whose note
              says it has interpreters: on a 360 × 740 phone it is on that first screen too. */}
          <ChannelList contact={hotline} kind="phone" />
          <HelpInYourLanguage />
          <ChannelList
            contact={{ ...hotline, channels: hotline.channels.filter((channel) => channel.kind !== "phone") }}
          />
          <p {...uiLang(bundle, "reportButton.hotlineDetails")}>
            {text(bundle, "reportButton.hotlineDetails")}
          </p>
        </div>
      )}
      {tips && (
        <div class="lantern-section lantern-section-tips">
          {heading("reportButton.anonymousHeading")}
          <p {...uiLang(bundle, "reportButton.anonymousDetails")}>
            {text(bundle, "reportButton.anonymousDetails")}
          </p>
          <ChannelList contact={tips} />
        </div>
      )}
      <div class="lantern-section lantern-section-note">
        {heading("reportButton.noteHeading")}
        {noteDetails && <p {...langOf(bundle, "steps.note-details")}>{noteDetails.text}</p>}
        <p class="lantern-callout">
          <strong>{stepText(doNotConfront, "reportButton.neverConfront")}</strong>
        </p>
      </div>
      {more.length > 0 && (
        <div class="lantern-section lantern-section-more">
          {heading("reportButton.regionalHeading")}
          <ContactList contacts={more} headingLevel={4} />
        </div>
      )}
      {partnerContacts.length > 0 && (
        <div class="lantern-section lantern-section-partner">
          {heading("reportButton.partnerHeading")}
          <ContactList contacts={partnerContacts} headingLevel={4} />
        </div>
      )}
      <ProvenanceFooter items={[...shown, helpLines]} />
    </div>
  );
}

/**
 * "Help in your language", closed, right under the hotline's phone number: on a 360 × 740 phone its summary is on
 * the dialog's first screen, after 911 and the number, before the hotline's other channels. The summary names every language in its own script, so a reader of neither English
 * nor French finds theirs without reading the heading; opening it shows each language's line. A native `<details>`,
 * not `Disclosure`: that is warning signs' first-render code, and sharing it would split it into a chunk of its own
 * that every warning-signs page would then fetch.
 */
function HelpInYourLanguage() {
  const { bundle } = useWidget();
  return (
    <div class="lantern-section-languages">
      <details class="lantern-help-lines-details">
        <summary>
          <span class="lantern-help-lines-heading" {...uiLang(bundle, "helpLines.heading")}>
            {text(bundle, "helpLines.heading")}
          </span>{" "}
          <HelpLineNames lines={helpLines} />
        </summary>
        <HelpLineList lines={helpLines} />
      </details>
    </div>
  );
}
