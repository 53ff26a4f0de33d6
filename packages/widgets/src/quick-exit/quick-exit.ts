/**
 * Quick exit: a button, and Shift pressed three times, that hide the page at once and replace it with a neutral
 * one, so that someone who may be watched can leave in a second and Back does not bring the page back.
 *
 * Plain DOM and no Preact: it must be small, load first and work even if the content widgets fail.
 */
import baseCss from "../core/base.css?inline";
import { defaultEventTarget, dispatchLanternEvent } from "../core/events.js";
import { checkExitUrl, DEFAULT_EXIT_URL } from "../core/exit-url.js";
import { type ConfigProblem, createReporter } from "../core/problems.js";
import css from "./quick-exit.css?inline";

export { checkExitUrl, DEFAULT_EXIT_URL };

/** How many Shift presses trigger quick exit… */
export const SHIFT_PRESSES = 3;
/** …within this many milliseconds. */
export const SHIFT_WINDOW_MS = 5000;

/** Quick exit's CSS: base plus its own, for a constructed stylesheet in its shadow root. Not themable, by design. */
export const quickExitStyles: string = baseCss + css;

/** Options of {@link mountQuickExit}. */
export interface QuickExitOptions {
  /** In the page's language: UI strings `quickExit.label`, `quickExit.shortcutHint`, `quickExit.historyWarning`. */
  strings: { label: string; shortcutHint: string; historyWarning: string };
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
 * @returns unmount: removes its nodes and listeners and unhides the page if it had hidden it.
 */
export function mountQuickExit(root: ShadowRoot | HTMLElement, options: QuickExitOptions): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const report = createReporter("quick-exit", options.onProblem);
  const exitUrl = checkExitUrl(options.exitUrl, report);
  const eventTarget = options.eventTarget ?? defaultEventTarget(root);
  const html = doc.documentElement;

  const container = doc.createElement("div");
  container.className = "lantern lantern-quick-exit";
  if (options.lang) container.lang = options.lang;
  if (options.dir) container.dir = options.dir;
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "lantern-quick-exit-button";
  button.textContent = options.strings.label;
  const words = doc.createElement("div");
  words.className = "lantern-quick-exit-text";
  for (const sentence of [options.strings.shortcutHint, options.strings.historyWarning]) {
    const paragraph = doc.createElement("p");
    paragraph.textContent = sentence;
    words.append(paragraph);
  }
  // Covers the screen the instant exit starts, before the neutral page has loaded.
  const cover = doc.createElement("div");
  cover.className = "lantern-quick-exit-cover";
  cover.hidden = true;
  container.append(button, words, cover);
  root.append(container);

  let presses: number[] = [];
  let hidden: { value: string; priority: string } | null = null;

  const hidePage = () => {
    cover.hidden = false;
    if (hidden) return;
    hidden = {
      value: html.style.getPropertyValue("visibility"),
      priority: html.style.getPropertyPriority("visibility"),
    };
    // On the root element and important: nothing on the page can keep itself visible.
    html.style.setProperty("visibility", "hidden", "important");
  };
  const showPage = () => {
    cover.hidden = true;
    presses = [];
    if (!hidden) return;
    if (hidden.value) html.style.setProperty("visibility", hidden.value, hidden.priority);
    else html.style.removeProperty("visibility");
    hidden = null;
  };
  const exit = (trigger: "button" | "shortcut") => {
    hidePage();
    try {
      dispatchLanternEvent(eventTarget, "lantern:exit", { trigger });
    } finally {
      // replace(), not assign(): the help page leaves the history, so Back goes to the page before it.
      win?.location.replace(exitUrl);
    }
  };

  const onClick = () => exit("button");
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Shift") {
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
    }
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Restored from the back/forward cache (Forward after the exit): show the page again instead of a blank screen.
    if (event.persisted) showPage();
  };

  button.addEventListener("click", onClick);
  // Capture on window: the shortcut works even where page scripts stop key events from bubbling.
  win?.addEventListener("keydown", onKeyDown, true);
  win?.addEventListener("pageshow", onPageShow);

  return () => {
    button.removeEventListener("click", onClick);
    win?.removeEventListener("keydown", onKeyDown, true);
    win?.removeEventListener("pageshow", onPageShow);
    showPage();
    container.remove();
  };
}
