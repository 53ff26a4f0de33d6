/**
 * Quick exit: a button, and Shift pressed three times, that hide the page at once and replace it with a neutral
 * one, so that someone who may be watched can leave in a second and Back does not bring the page back.
 *
 * Plain DOM and no Preact: it must be small, load first and work even if the content widgets fail.
 */
import { defaultEventTarget, dispatchLanternEvent } from "../core/events.js";
import { checkExitUrl, DEFAULT_EXIT_URL } from "../core/exit-url.js";
import { FRAME_BLOCKED_PROBLEM, leavePage } from "../core/leave.js";
import { type ConfigProblem, createReporter } from "../core/problems.js";
import { setRootStyle } from "../core/root-style.js";
import css from "./quick-exit.css?inline";

export { checkExitUrl, DEFAULT_EXIT_URL };

/** How many Shift presses trigger quick exit… */
export const SHIFT_PRESSES = 3;
/** …within this many milliseconds. */
export const SHIFT_WINDOW_MS = 5000;

/** Makes the ids of several quick exits in one document distinct. */
let counter = 0;

/** One mounted quick exit, as the page's other quick exits see it. */
interface ExitEntry {
  /** Where it sits in the page (its shadow host, or the element it was mounted in): document order decides. */
  anchor: Node;
  /** Its own checked exit address, used only while it is the page's first quick exit. */
  exitUrl: string;
  report: (problem: ConfigProblem) => void;
}
/**
 * Every quick exit mounted in a window, shared by every copy of this code (two Lantern versions, Storybook): the
 * first in document order owns the Shift shortcut and the exit address. Otherwise each would act on the third Shift,
 * and the last listener's `location.replace` would win, so a second, hidden quick exit (a post's author in a CMS)
 * could decide where a fleeing person lands.
 */
const EXITS = Symbol.for("lantern.quick-exits");
type ExitWindow = Window & { [EXITS]?: ExitEntry[] };

/** The quick exit that speaks for the page: the first connected one in document order. */
function pageExit(list: ExitEntry[]): ExitEntry | undefined {
  let first: ExitEntry | undefined;
  for (const entry of list) {
    if (!entry.anchor.isConnected) continue;
    if (!first || first.anchor.compareDocumentPosition(entry.anchor) & Node.DOCUMENT_POSITION_PRECEDING)
      first = entry;
  }
  return first;
}

/** Each later quick exit whose own address differs from the first's says so, once, and goes where the first goes. */
function reportConflicts(list: ExitEntry[]) {
  const first = pageExit(list);
  if (!first) return;
  for (const entry of list)
    if (entry !== first && entry.exitUrl !== first.exitUrl)
      entry.report({
        field: "exitUrl",
        message: `the first quick exit on this page goes to ${first.exitUrl}, and so does this one (not to ${entry.exitUrl}): keep one quick exit per page, or give them the same exit-url`,
      });
}

/**
 * Quick exit's CSS, for a constructed stylesheet in its shadow root: its own root rules, without the widgets' base
 * (it has no theme, by design, and loads first on every page that has it).
 */
export const quickExitStyles: string = css;

/**
 * What a framed quick exit says when the browser will not let it leave the page around the frame, in English: for
 * callers whose strings lack `quickExit.frameBlocked` (the content has it in every reviewed language).
 */
export const FRAME_BLOCKED = "Quick exit could not leave this page. Close this tab or window now.";

/** The words quick exit shows, in one language. */
export interface QuickExitStrings {
  label: string;
  shortcutHint: string;
  historyWarning: string;
  /** The toggle that shows the history warning (and, on narrow screens with a keyboard, the shortcut). */
  aboutLabel: string;
  /** Announced to screen readers after each Shift press: `{pressed}` of `{total}`. */
  shortcutProgress: string;
  /** Shown when quick exit runs in a frame that may not leave the page around it; {@link FRAME_BLOCKED} by default. */
  frameBlocked?: string | undefined;
}

/**
 * Quick exit's words from a bundle's UI strings (`bundle.ui`), so every caller (the embed's build, Storybook, tests)
 * picks the same keys.
 */
export function quickExitStrings(ui: Readonly<Record<string, string>>): QuickExitStrings {
  return {
    label: ui["quickExit.label"] ?? "",
    shortcutHint: ui["quickExit.shortcutHint"] ?? "",
    historyWarning: ui["quickExit.historyWarning"] ?? "",
    aboutLabel: ui["quickExit.aboutLabel"] ?? "",
    shortcutProgress: ui["quickExit.shortcutProgress"] ?? "",
    frameBlocked: ui["quickExit.frameBlocked"],
  };
}

/** Options of {@link mountQuickExit}. */
export interface QuickExitOptions {
  /**
   * In the page's language: UI strings `quickExit.label`, `quickExit.shortcutHint`, `quickExit.historyWarning`,
   * `quickExit.aboutLabel` and `quickExit.shortcutProgress` (with `{pressed}` and `{total}`).
   */
  strings: QuickExitStrings;
  /** The neutral page to go to; must be `https:`. {@link DEFAULT_EXIT_URL} by default. */
  exitUrl?: string | undefined;
  /** Where `lantern:exit` is dispatched; the root's host (or the root) by default. */
  eventTarget?: EventTarget | undefined;
  /** Language of `strings`. */
  lang?: string | undefined;
  dir?: "ltr" | "rtl" | undefined;
  /** Told about an unusable `exitUrl`; by default a console warning prefixed "Lantern quick-exit:". */
  onProblem?: ((problem: ConfigProblem) => void) | undefined;
}

/**
 * Mount quick exit in `root` (a shadow root, or an element). On trigger it hides the page immediately, dispatches
 * `lantern:exit`, then `location.replace(exitUrl)`; if the browser later restores this page from its back/forward
 * cache, the page is shown again. It tells people plainly that it does not erase their history.
 *
 * The Shift shortcut counts presses of Shift alone anywhere on the page, form fields included: any other key in
 * between starts the count again, and a held Shift (auto-repeat) counts once.
 *
 * One quick exit speaks for the page: the first in document order owns the shortcut and the exit address. A later
 * one leaves the shortcut alone, its button goes where the first one goes, and an `exitUrl` of its own that differs
 * is reported once.
 *
 * @returns unmount: removes its nodes and listeners and unhides the page if it had hidden it.
 */
export function mountQuickExit(root: ShadowRoot | HTMLElement, options: QuickExitOptions): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const report = createReporter("quick-exit", options.onProblem);
  const shared = win as ExitWindow | null;
  if (shared) shared[EXITS] ??= [];
  const exits = shared?.[EXITS] ?? [];
  const self: ExitEntry = {
    anchor: root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : root,
    exitUrl: checkExitUrl(options.exitUrl, report),
    report,
  };
  // Asked at the moment of leaving, not at mount: quick exits may mount in any order, and come and go.
  const owner = () => pageExit(exits) ?? self;
  const eventTarget = options.eventTarget ?? defaultEventTarget(root);
  const html = doc.documentElement;

  const { strings } = options;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = "") => {
    const node = doc.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  // A named region, so the control is inside a landmark like the rest of the page (axe "region").
  const container = element("div", "lantern lantern-quick-exit");
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", strings.label);
  if (options.lang) container.lang = options.lang;
  if (options.dir) container.dir = options.dir;
  // What stays on screen while the page scrolls is one row: the button, the shortcut where a keyboard is likely
  // (wide screens with a fine pointer, by CSS), and a small toggle. Everything else opens under it on request, so
  // the sticky part is a button's height on a phone (see quick-exit.css for top versus bottom).
  const bar = element("div", "lantern-quick-exit-bar");
  const button = element("button", "lantern-quick-exit-button", strings.label);
  button.type = "button";
  // An arrow out of a box: in forced-colours mode, where the red is gone, this and the thick border still set the
  // button apart from the page's other buttons.
  button.insertAdjacentElement("afterbegin", exitIcon(doc));
  const about = element("button", "lantern-quick-exit-about", strings.aboutLabel);
  about.type = "button";
  about.setAttribute("aria-expanded", "false");
  const panel = element("div", "lantern-quick-exit-panel");
  counter += 1;
  panel.id = `lantern-quick-exit-${counter}`;
  panel.hidden = true;
  about.setAttribute("aria-controls", panel.id);
  bar.append(
    button,
    element("p", "lantern-quick-exit-hint lantern-quick-exit-hint-bar", strings.shortcutHint),
    about,
  );
  panel.append(
    element("p", "lantern-quick-exit-hint lantern-quick-exit-hint-panel", strings.shortcutHint),
    element("p", "", strings.historyWarning),
  );
  // Shift progress, for screen readers: "Shift 2 of 3: keep pressing to exit."
  const status = element("div", "lantern-vh");
  status.setAttribute("role", "status");
  // Covers the screen the instant exit starts, before the neutral page has loaded.
  const cover = element("div", "lantern-quick-exit-cover");
  cover.hidden = true;
  container.append(bar, panel, status, cover);
  // In a frame, Shift pressed three times reaches this code only while focus is inside the frame, never from the page
  // around it: the hint would promise what that page cannot do, so it is not shown. The shortcut still works there.
  const framed = Boolean(win && win.top !== win);
  if (framed)
    for (const hint of container.querySelectorAll<HTMLElement>(".lantern-quick-exit-hint"))
      hint.hidden = true;
  root.append(container);
  exits.push(self);
  reportConflicts(exits);

  let presses: number[] = [];
  let restoreVisibility: (() => void) | null = null;

  const hidePage = () => {
    cover.hidden = false;
    // On the root element and important: nothing on the page can keep itself visible.
    restoreVisibility ??= setRootStyle(doc, "visibility", "hidden", "important");
  };
  const showPage = () => {
    cover.hidden = true;
    presses = [];
    restoreVisibility?.();
    restoreVisibility = null;
  };

  // Focus never hidden (WCAG 2.2 SC 2.4.11): the page's scroll padding tells the browser how much of the top the
  // sticky bar covers, so a control reached with Tab (or scrolled into view) stops below it (WCAG technique C43).
  // The page's own padding stays if it is larger (a sticky header of its own). Kept current as text size, zoom or
  // the open panel change the bar's height.
  const ownPadding = Number.parseFloat(win?.getComputedStyle(html).scrollPaddingTop ?? "") || 0;
  let restorePadding: (() => void) | null = null;
  const padPage = () => {
    const covered = Math.ceil(container.getBoundingClientRect().height);
    restorePadding?.();
    restorePadding = covered > ownPadding ? setRootStyle(doc, "scroll-padding-top", `${covered}px`) : null;
  };
  const resize = win?.ResizeObserver ? new win.ResizeObserver(padPage) : null;
  resize?.observe(container);

  const exit = (trigger: "button" | "shortcut") => {
    hidePage();
    try {
      dispatchLanternEvent(eventTarget, "lantern:exit", { trigger });
    } finally {
      leave();
    }
  };

  // --- Leaving from inside a frame (issue 12) ---
  // leavePage() leaves the top page from a frame; where the frame's sandbox forbids that, the page shows again and
  // the person is told to close the tab rather than left believing they have left.
  let notice: HTMLElement | null = null;
  const leave = () => {
    if (leavePage(win, owner().exitUrl)) return;
    showPage();
    report(FRAME_BLOCKED_PROBLEM);
    if (!notice) {
      notice = element("p", "lantern-quick-exit-blocked", strings.frameBlocked || FRAME_BLOCKED);
      notice.setAttribute("role", "alert");
      // First in the box, so a frame only as tall as the button still shows it.
      container.prepend(notice);
    }
  };
  // --- end of leaving from inside a frame ---

  const onClick = () => exit("button");
  const onKeyDown = (event: KeyboardEvent) => {
    // Only the page's first quick exit counts presses and announces them: one count, one voice, one address.
    if (owner() !== self) return;
    if (event.key !== "Shift") {
      if (presses.length) status.textContent = "";
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    presses = presses.filter((time) => now - time <= SHIFT_WINDOW_MS);
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      exit("shortcut");
      return;
    }
    status.textContent = strings.shortcutProgress
      .replace("{pressed}", String(presses.length))
      .replace("{total}", String(SHIFT_PRESSES));
  };
  const onAbout = () => {
    const open = panel.hidden;
    panel.hidden = !open;
    about.setAttribute("aria-expanded", String(open));
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Restored from the back/forward cache (Forward after the exit): show the page again instead of a blank screen.
    if (event.persisted) showPage();
  };

  button.addEventListener("click", onClick);
  about.addEventListener("click", onAbout);
  // Capture on window: the shortcut works even where page scripts stop key events from bubbling.
  win?.addEventListener("keydown", onKeyDown, true);
  win?.addEventListener("pageshow", onPageShow);

  return () => {
    exits.splice(exits.indexOf(self), 1);
    button.removeEventListener("click", onClick);
    about.removeEventListener("click", onAbout);
    win?.removeEventListener("keydown", onKeyDown, true);
    win?.removeEventListener("pageshow", onPageShow);
    resize?.disconnect();
    restorePadding?.();
    showPage();
    container.remove();
  };
}

function exitIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "lantern-quick-exit-icon");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  const path = doc.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M6 2H2v12h4M10 4l4 4-4 4M14 8H5");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  svg.append(path);
  return svg;
}
