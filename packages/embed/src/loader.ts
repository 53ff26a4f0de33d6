/**
 * Lantern's embed loader: `embed.js`, the one script a partner pastes.
 *
 * Framework-free and small, because it runs on every partner page. It finds Lantern elements
 * (`<lantern-warning-signs>`, or `<div data-lantern="warning-signs">` where a CMS drops unknown tags), gives each a
 * shadow root with reserved space, and loads only what that widget needs (its chunk and one language's content)
 * from the loader's own base URL. Every failure is caught, reported once to the console with the fix, and replaced
 * by a static message that still gives 911 and the hotline.
 *
 * It never uses fetch, JSON.parse on content, innerHTML or eval: content arrives as ES modules through import(),
 * which keeps working on pages that patch fetch or JSON, enforce Trusted Types, or forbid inline script and style.
 */

/** Injected by the build: the package version. */
declare const __VERSION__: string;
/** Injected by the build: reviewed locales, used by default. */
declare const __LOCALES__: string[];
/** Injected by the build: draft locales, used only with the `allow-draft` attribute. */
declare const __DRAFTS__: string[];
/**
 * Injected by the build from each locale's bundle: the static fallback, as
 * [direction, heading, [sentences as [before, [linkText, href], after]]], and the quick-exit label.
 */
declare const __FALLBACK__: Record<string, [string, string, [string, [string, string], string][], string]>;
/**
 * Injected by the build from src/reserve.json: min-height in em reserved per widget from the moment the loader runs,
 * the smallest of its variants, so the page shifts less when the widget arrives. Partners who paste the reserve
 * rules beside the tag (reserve.css) have no shift at all: their rules win over `:host`.
 */
declare const __RESERVE__: Record<string, number>;

/** What the loader hands a chunk: the chunk turns the host's attributes into the widget's options. */
export interface ChunkContext {
  host: HTMLElement;
  /** The loader's base URL, for content the widget loads later (the report dialog's contacts). */
  base: string;
  lang: string;
  bundle: unknown;
  partner: { contacts?: unknown[]; checkedTheme?: unknown };
  /** Reports a problem once, prefixed with the widget's name. */
  warn(message: string): void;
}
interface WidgetChunk {
  mount(root: ShadowRoot, context: ChunkContext): () => void;
}
type PartnerSettings = { contacts?: unknown[]; checkedTheme?: unknown };
interface OverridesChunk {
  readConfig(
    block: Element | null,
    id: string | null,
    lang: string,
    warn: (message: string) => void,
  ): PartnerSettings | Promise<PartnerSettings>;
}
interface HostState {
  alive: boolean;
  unmount?: () => void;
}
type Host = HTMLElement & { [key: symbol]: HostState | undefined };

(() => {
  const win = window as unknown as { Lantern?: { version: string } };
  // The same version included twice: the first copy already does everything.
  if (win.Lantern?.version === __VERSION__) return;
  win.Lantern ??= { version: __VERSION__ };

  const doc = document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const base = new URL(".", script?.src || location.href).href;
  // Shared across Lantern versions on one page, so two loaders never mount the same element twice.
  const STATE = Symbol.for("lantern.host");
  const NAMES = ["warning-signs", "report-button", "quick-exit", "at-risk", "myths-facts", "help-directory"];
  const EXIT_URL = "https://weather.gc.ca/";
  const said = new Set<string>();

  /** Report a problem once per page: partners read the console when something looks wrong. */
  const warn = (widget: string, message: string) => {
    const line = `Lantern ${widget}: ${message}`;
    if (!said.has(line)) {
      said.add(line);
      console.warn(line);
    }
  };

  const load = (file: string) => settle(import(base + file));
  const need = ([value, error]: [unknown, unknown], file: string) => {
    if (error) throw `could not load ${file} (${error}): check that the Lantern files are on ${base}`;
    return value;
  };

  /** Await without letting a rejection escape: the page must never see an unhandled rejection from Lantern. */
  const settle = async <T>(promise: Promise<T>): Promise<[T | undefined, unknown]> => {
    try {
      return [await promise, undefined];
    } catch (error) {
      return [undefined, error || "failed"];
    }
  };

  const sheet = (css: string) => {
    const styles = new CSSStyleSheet();
    styles.replaceSync(css);
    return styles;
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, parent?: Node) => {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    parent?.appendChild(node);
    return node;
  };

  /** The language to show: the element's `lang` (or an ancestor's, or the page's), if Lantern has it. */
  function language(host: Host, name: string): string {
    const requested = (host.closest("[lang]")?.getAttribute("lang") || "en")
      .toLowerCase()
      .split(/[-_]/)[0] as string;
    if (__LOCALES__.includes(requested)) return requested;
    if (__DRAFTS__.includes(requested)) {
      if (host.hasAttribute("allow-draft")) return requested;
      warn(name, `lang: "${requested}" is a draft: add allow-draft to use it; showing English`);
    } else
      warn(name, `lang: "${requested}" is not available: use ${__LOCALES__.join(" or ")}; showing English`);
    return "en";
  }

  /** The static message shown when a widget cannot render: 911 and the hotline, in the page's language. */
  function fallback(root: ShadowRoot, hostSheet: CSSStyleSheet, name: string, lang: string) {
    const [dir, heading, sentences, exitLabel] =
      __FALLBACK__[lang] || (__FALLBACK__.en as (typeof __FALLBACK__)[string]);
    // `medium` and em, not rem: a page's `html { font-size: 10px }` must not shrink the way to 911.
    root.adoptedStyleSheets = [
      hostSheet,
      sheet(
        ":host>div{font:medium/1.5 system-ui,sans-serif;color:#111;background:#fff;border:2px solid;padding:1em}a,button{color:#0b4f8a;font:inherit;min-height:24px}p{margin:.25em 0}",
      ),
    ];
    const box = element("div");
    box.lang = lang;
    box.dir = dir;
    if (name === "quick-exit") {
      // The exit must work even when its own code failed to load.
      const button = element("button", exitLabel, box);
      button.type = "button";
      button.onclick = () => location.replace(EXIT_URL);
    } else {
      box.setAttribute("role", "note");
      element("strong", heading, element("p", "", box));
      for (const [before, [label, href], after] of sentences) {
        const line = element("p", before, box);
        element("a", label, line).href = href;
        line.append(after);
      }
    }
    root.replaceChildren(box);
  }

  async function connect(host: Host, name: string) {
    if (host[STATE]) return;
    const state: HostState = { alive: true };
    host[STATE] = state;
    let root: ShadowRoot;
    try {
      root = host.shadowRoot || host.attachShadow({ mode: "open" });
    } catch {
      warn(name, "this element cannot hold a shadow root: use a <div data-lantern> placeholder instead");
      return;
    }
    // The host keeps the page's layout; inside, nothing is inherited from the page (its font, letter spacing, case,
    // colour scheme…) but visibility, which quick exit sets on the page to hide it at once.
    // The reserve is in em of the reader's default font (`font-size: medium`), as the widgets size themselves, and
    // never more than the widget takes at any width, so it can stay after the widget renders.
    const hostSheet = sheet(
      `:host{display:block;font-size:medium;min-height:${(NAMES.includes(name) && __RESERVE__[name]) || 0}em}:host>*{all:initial;display:block;visibility:inherit}`,
    );
    root.adoptedStyleSheets = [hostSheet];
    const lang = language(host, name);
    const isExit = name === "quick-exit";
    // If loading stalls, people still get 911 and the hotline; the widget replaces this if it arrives later. Not
    // once the element has left the page: a removed (or moved) element must not get a fallback 8 s later.
    const stalled = setTimeout(() => state.alive && fallback(root, hostSheet, name, lang), 8000);
    try {
      if (!NAMES.includes(name)) throw `"${name}" is not a Lantern widget: use one of ${NAMES.join(", ")}`;
      const chunkFile = `${isExit ? "" : "widgets/"}${name}.js`;
      const contentFile = `content/${lang}/${name}.js`;
      // A partner configuration block, if any, is read and validated by a chunk only such pages load.
      const id = host.getAttribute("config");
      const block = id ? doc.getElementById(id) : doc.querySelector("script[data-lantern-config]");
      // Started together, awaited in turn: settle() keeps a failure from escaping as an unhandled rejection.
      const chunk = load(chunkFile);
      const content = isExit ? undefined : load(contentFile);
      const overrides = !isExit && (block || id) ? load("overrides.js") : undefined;
      const widget = need(await chunk, chunkFile) as WidgetChunk;
      const bundle = content && (need(await content, contentFile) as { default: unknown });
      let partner: { contacts?: unknown[]; checkedTheme?: unknown } = {};
      if (overrides) {
        // Without it, Lantern's own contacts still show: report, and go on.
        const [reader, error] = await overrides;
        if (error) warn(name, `could not load overrides.js (${error}): partner contacts are not shown`);
        partner =
          (await (reader as OverridesChunk | undefined)?.readConfig(block, id, lang, (message) =>
            warn(name, message),
          )) ?? {};
      }
      clearTimeout(stalled);
      if (!state.alive) return;
      // Whatever the stalled fallback put there goes, its stylesheet too.
      root.replaceChildren();
      root.adoptedStyleSheets = [hostSheet];
      state.unmount = widget.mount(root, {
        host,
        base,
        lang,
        bundle: bundle?.default,
        partner,
        warn: (message: string) => warn(name, message),
      });
    } catch (error) {
      clearTimeout(stalled);
      warn(name, String((error as Error)?.message || error));
      if (state.alive) fallback(root, hostSheet, name, lang);
    }
  }

  function disconnect(host: Host) {
    const state = host[STATE];
    if (!state) return;
    state.alive = false;
    host[STATE] = undefined;
    try {
      state.unmount?.();
    } catch {
      // The widget is leaving the page anyway; its own code reports what went wrong.
    }
    host.shadowRoot?.replaceChildren();
  }

  // Custom elements, unless someone already defined the name (another Lantern version, or a stranger's element:
  // then the scan below treats those tags as placeholders).
  const foreign: string[] = [];
  const OBSERVED = "lang region audience variant exit-url config allow-draft heading-level".split(" ");
  for (const name of NAMES) {
    const tag = `lantern-${name}`;
    if (customElements.get(tag)) foreign.push(tag);
    else {
      customElements.define(
        tag,
        class extends HTMLElement {
          // A single-page app switches lang, region… on a live element: the widget is rendered again, the old one
          // unmounted first (its nodes and listeners gone), as if the element had been removed and added.
          static observedAttributes = OBSERVED;
          connectedCallback() {
            connect(this as unknown as Host, name);
          }
          disconnectedCallback() {
            disconnect(this as unknown as Host);
          }
          // Only once connected (the parser sets its attributes before that). Setting a value it already had renders
          // again too: comparing them would cost loader bytes, and frameworks set only what changed.
          attributeChangedCallback() {
            if ((this as unknown as Host)[STATE]) {
              disconnect(this as unknown as Host);
              connect(this as unknown as Host, name);
            }
          }
        },
      );
    }
  }

  // Placeholders, including those a single-page app adds or removes later.
  const selector = ["[data-lantern]", ...foreign].join(",");
  const nameOf = (node: Element) => node.getAttribute("data-lantern") || node.localName.slice(8);
  const each = (node: Node, action: (host: Host) => void) => {
    if (!(node instanceof Element)) return;
    if (node.matches(selector)) action(node as Host);
    for (const inner of node.querySelectorAll(selector)) action(inner as Host);
  };
  const start = () => {
    each(doc.documentElement, (host) => connect(host, nameOf(host)));
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) each(node, (host) => host.isConnected || disconnect(host));
        for (const node of record.addedNodes)
          each(node, (host) => host.isConnected && connect(host, nameOf(host)));
      }
    }).observe(doc.documentElement, { childList: true, subtree: true });
  };
  start();
})();
