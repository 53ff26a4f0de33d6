/**
 * A content widget's first paint, without Preact: the markup its component renders with default settings, built
 * at build time (scripts/first.mjs) and turned into DOM here. The widget is the same card, at once, for a fraction
 * of the script: most readers only read it. Preact, the component and its content load when someone shows intent
 * (a press, a key, focus, a change); the component then takes the markup over with `hydrate`, and the press that
 * woke it is replayed, so the first tap on a section or on "Report" still does what it says.
 *
 * The loader uses this only for an element with no settings (no region, audience, variant, heading level, no
 * partner configuration) in a reviewed language: what the markup was built for. Anything else renders with Preact
 * at once, as before.
 *
 * What needs script must not fail silently: if the widget cannot wake (a stalled or failed load), the 911 and
 * hotline lines that each card carries for print are shown on screen too, as an alert, and the problem is
 * reported; the next press tries again.
 */
import type { ChunkContext } from "../loader.js";
import { checkLanguage } from "./language.js";

/**
 * Markup as built at build time: a text node, or `[tag, [name, value, name, value…], ...children]`. Attributes are
 * a flat array, not an object: a page may have added enumerable properties to `Object.prototype`.
 */
export type Markup = string | [string, string[], ...Markup[]];

interface WidgetChunk {
  mount(root: ShadowRoot, context: ChunkContext): () => void;
}

const SVG = "http://www.w3.org/2000/svg";
/** Events that show someone is about to use the widget, and so wake it. */
const INTENT = ["pointerdown", "focusin", "keydown", "click", "change"];
/** How long a press waits for the widget before 911 and the hotline are shown anyway: as the report launcher. */
const PATIENCE_MS = 3000;
/** Shows each card's print-only 911 and hotline lines on screen while the widget cannot answer a press. */
const STALLED_CSS = ".lantern-mount[data-stalled] .lantern-print-only{display:block}";

/**
 * Runs once per page, in the interpreter: plain index loops and appendChild, no rest destructuring or iterators,
 * which allocate per node (about 190 for the warning signs).
 */
function build(doc: Document, node: Markup, svg: boolean): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const tag = node[0];
  const attributes = node[1];
  const inSvg = svg || tag === "svg";
  const element = inSvg ? doc.createElementNS(SVG, tag) : doc.createElement(tag);
  for (let index = 0; index < attributes.length; index += 2)
    element.setAttribute(attributes[index] as string, attributes[index + 1] as string);
  for (let index = 2; index < node.length; index++)
    element.appendChild(build(doc, node[index] as Markup, inSvg));
  return element;
}

/**
 * The files beside the loader that waking the widget imports (its chunk and every chunk that one imports), and
 * those its report dialog imports after that: requested at once, not one level of imports after another, since each
 * level is a round trip on a phone's network.
 */
export interface WakeFiles {
  wake: string[];
  dialog: string[];
}

/**
 * The `mount` a first-paint module exports, for widget `name`: its markup in one language, its CSS and files.
 * `staleFrom` (`YYYY-MM-DD`, or empty) is the day a contact in the markup passes the freshness policy's failure
 * limit: the markup was rendered on the build's day and cannot carry the "may be out of date" note the component
 * adds from then on, so from that day, on the visitor's clock, the widget wakes at once and renders afresh.
 */
export function first(name: string, markup: Markup[], css: string, files: WakeFiles, staleFrom = "") {
  return (root: ShadowRoot, context: ChunkContext): (() => void) => {
    const stale = staleFrom !== "" && new Date().toISOString().slice(0, 10) >= staleFrom;
    checkLanguage(context);
    const doc = root.ownerDocument;
    const container = doc.createElement("div");
    container.className = "lantern-mount";
    for (let index = 0; index < markup.length; index++)
      container.appendChild(build(doc, markup[index] as Markup, false));
    const styles = new CSSStyleSheet();
    styles.replaceSync(css + STALLED_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    root.append(container);

    let alive = true;
    let unmount: (() => void) | undefined;
    let waking: Promise<void> | undefined;
    // What was pressed or changed before the widget woke: done again once it is awake.
    let pressed: HTMLElement | undefined;
    let changed: Element | undefined;
    let patience: ReturnType<typeof setTimeout> | undefined;

    const stalled = (on: boolean) => {
      // The print-only box becomes an alert, so a screen reader says why the press did nothing.
      const boxes = container.querySelectorAll(".lantern-print-only");
      for (const box of boxes) on ? box.setAttribute("role", "alert") : box.removeAttribute("role");
      on ? container.setAttribute("data-stalled", "") : container.removeAttribute("data-stalled");
    };
    // Errors here are not reported: whoever imports the file for its use reports them, with what they mean.
    const preload = (list: string[]) => {
      for (const file of list) context.load(file).catch(() => {});
    };
    const wake = () =>
      (waking ??= (async () => {
        // Started together; awaited in turn, each failure caught below (the no-op keeps a second one handled).
        const [widget, content] = [`widgets/${name}.js`, `content/${context.lang}/${name}.js`].map(
          context.load,
        );
        content?.catch(() => {});
        // The chunks the widget's chunk imports, requested with it; the same import() meets the same request.
        preload(files.wake);
        try {
          const chunk = (await widget) as WidgetChunk;
          const bundle = ((await content) as { default: unknown }).default;
          if (!alive) return;
          clearTimeout(patience);
          stalled(false);
          for (const type of INTENT) root.removeEventListener(type, intent, true);
          pressed?.removeAttribute("aria-busy");
          // Stale markup is replaced, not hydrated: hydration keeps the nodes it finds and would not add the note.
          if (stale) container.remove();
          unmount = chunk.mount(
            root,
            stale ? { ...context, bundle } : { ...context, bundle, hydrate: container },
          );
          // The component now listens: the press that woke it is done again, a change announced again.
          pressed?.click();
          changed?.dispatchEvent(new Event("change", { bubbles: true }));
        } catch (error) {
          waking = undefined;
          clearTimeout(patience);
          pressed?.removeAttribute("aria-busy");
          if (alive && pressed) stalled(true);
          context.warn(`${error} (the widget cannot respond, and shows 911 and the hotline when pressed)`);
        } finally {
          pressed = changed = undefined;
        }
      })());
    function intent(event: Event) {
      const target = event.target as Element;
      if (event.type === "change") changed = target;
      // A contact's link works on its own, and tells the page as the component would (contacts.tsx: the channel's
      // kind in its class, the contact's id on its list item): partners' counts do not depend on when Preact came.
      // Dispatched here, not by @lantern/widgets' dispatchLanternEvent: importing that brings Preact along.
      const link = event.type === "click" && target.closest?.("a.lantern-channel");
      if (link) {
        const contact = link.closest("[data-contact]")?.getAttribute("data-contact");
        const kind = /\blantern-channel-([\w-]+)/.exec(link.className)?.[1];
        if (contact && kind)
          context.host.dispatchEvent(
            new CustomEvent("lantern:contact", {
              bubbles: true,
              composed: true,
              detail: { contact, channel: kind },
            }),
          );
      }
      // A button does nothing until the component listens: held, and pressed again once it does. Links and the
      // native disclosures (<details>) work on their own and go through.
      const button = event.type === "click" && target.closest?.("button");
      if (button) {
        event.preventDefault();
        event.stopImmediatePropagation();
        // A second press while it loads shows the numbers at once, as the report launcher does.
        if (pressed === button) stalled(true);
        pressed = button;
        button.setAttribute("aria-busy", "true");
        // "Report": the dialog's code and words, requested with the widget's rather than after it woke.
        if (button.getAttribute("aria-haspopup") === "dialog")
          preload([...files.dialog, `content/${context.lang}/dialog.js`]);
        clearTimeout(patience);
        patience = setTimeout(() => alive && stalled(true), PATIENCE_MS);
      }
      wake();
    }
    for (const type of INTENT) root.addEventListener(type, intent, true);
    if (stale) wake();

    return () => {
      alive = false;
      clearTimeout(patience);
      for (const type of INTENT) root.removeEventListener(type, intent, true);
      if (unmount) unmount();
      else container.remove();
    };
  };
}
