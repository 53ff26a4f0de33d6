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
 *
 * Nothing it imports runs unchecked: the partner's snippet pins this file with `integrity`, this file pins the first
 * paints, the quick exit and integrity.js, and integrity.js pins every other module and what each imports. Before an
 * import(), the loader asks the browser to check the file and all it imports against those hashes
 * (`<link rel="modulepreload" integrity>`, which puts the checked module in the page's module map, where import()
 * then finds it); a file that fails is never imported, and the widget shows 911 and the hotline. The alternative, an import map with `integrity`, must be
 * inline in the partner's page: a strict CSP would need its hash, and every snippet form would have to carry it.
 */

/** Injected by the build: the package version. */
declare const __VERSION__: string;
/**
 * Injected by the build: the SRI hashes of what the loader imports at once (each first paint, quick-exit.js) and of
 * integrity.js, which holds every other module's hash and what each imports (scripts/build.mjs).
 */
declare const __PINS__: Record<string, string>;
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
  /** The language shown, and the one the page asked for: a chunk says why they differ (chunks/language.ts). */
  lang: string;
  asked: string;
  /** The partner configuration block, if any, and the element's `config` attribute (chunks/mount.ts reads them). */
  block: Element | null;
  id: string | null;
  /** Imports a file beside the loader; a failure rejects with a message that names the file and the fix. */
  load(file: string): Promise<unknown>;
  /** Reports a problem once, prefixed with the widget's name. */
  warn(message: string): void;
  /** The first paint's container, for the component to take over (chunks/first.ts); else the chunk renders anew. */
  hydrate?: HTMLElement;
  /** The content bundle, given by chunks/first.ts when it wakes the component. */
  bundle?: unknown;
}
/**
 * A widget's chunk. `mount` may finish later (after loading the content it renders): the loader keeps its stalled
 * fallback until then, and a rejection's message is reported with the fallback shown.
 */
interface WidgetChunk {
  mount(root: ShadowRoot, context: ChunkContext): (() => void) | Promise<() => void>;
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
  /**
   * Attributes that are not widget settings: chunks/mount.ts's NOT_SETTINGS, but `config` (checked below). The
   * configurator repeats the choice of the first paint to preload it (apps/demo/src/configurator.ts; a demo test
   * checks that both agree).
   */
  const PLAIN = /^(id|class|style|lang|dir|title|hidden|slot|tabindex|allow-draft|data-lantern)$/;
  const said = new Set<string>();

  /** Report a problem once per page: partners read the console when something looks wrong. */
  const warn = (widget: string, message: string) => {
    const line = `Lantern ${widget}: ${message}`;
    if (!said.has(line)) {
      said.add(line);
      console.warn(line);
    }
  };

  /**
   * The engine's own Promise, whatever the page did to the global one (a page may replace it with a function that
   * throws): an async function's result is always one.
   */
  const P = (async () => {})().constructor as PromiseConstructor;
  /** Each file checked once: settles when the browser has fetched it and found it matches its hash. */
  const checked: Record<string, Promise<unknown>> = {};
  const check = (file: string, integrity?: string) =>
    (checked[file] ??= new P((resolve, reject) => {
      if (!integrity) throw `not a file of Lantern ${__VERSION__}`;
      const link = element("link");
      link.rel = "modulepreload";
      link.integrity = integrity;
      link.href = base + file;
      // The module map keeps the checked module; the element has done its work and leaves the partner's page.
      link.onload = link.onerror = (event: Event | string) => {
        link.remove();
        if ((event as Event).type === "load") resolve(0);
        else reject(`${file} did not load, or does not match its integrity hash`);
      };
      (doc.head || doc.documentElement).append(link);
    }));
  /** The other modules' hashes, and what each imports: asked for once, and again after a failure. */
  let pins: Promise<[Record<string, string>, Record<string, string[]>]> | undefined;
  const others = () =>
    (pins ??= check("integrity.js", __PINS__["integrity.js"])
      .then(() => import(`${base}integrity.js`))
      .then((module) => module.default)
      .catch((error) => {
        pins = undefined;
        throw error;
      }));

  /** import() beside the loader, once the file and all it imports are checked; a failure names the file and the fix. */
  const load = (file: string): Promise<unknown> =>
    (__PINS__[file] ? P.resolve<Awaited<typeof pins>>([{}, {}]) : others())
      .then(([hashes, imports]) =>
        P.all([file, ...(imports[file] || [])].map((name) => check(name, __PINS__[name] || hashes[name]))),
      )
      .then(() => import(base + file))
      .catch((error) => {
        throw `could not load ${file} (${error || "failed"}): check that the Lantern files are on ${base}`;
      });

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
    box.lang = __FALLBACK__[lang] ? lang : "en";
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
    // The language to show: the element's `lang` (or an ancestor's, or the page's), if Lantern has it; the chunk
    // says so when it does not (chunks/language.ts).
    const asked = (host.closest("[lang]")?.getAttribute("lang") || "en")
      .toLowerCase()
      .split(/[-_]/)[0] as string;
    const lang =
      __LOCALES__.includes(asked) || (__DRAFTS__.includes(asked) && host.hasAttribute("allow-draft"))
        ? asked
        : "en";
    const isExit = name === "quick-exit";
    // If loading stalls, people still get 911 and the hotline; the widget replaces this if it arrives later. Not
    // once the element has left the page: a removed (or moved) element must not get a fallback 8 s later.
    const stalled = setTimeout(() => state.alive && fallback(root, hostSheet, name, lang), 8000);
    try {
      if (!NAMES.includes(name)) throw `"${name}" is not a Lantern widget: use one of ${NAMES.join(", ")}`;
      // A partner configuration block, if any, is read and validated by a chunk only such pages load.
      const id = host.getAttribute("config");
      const block = id ? doc.getElementById(id) : doc.querySelector("script[data-lantern-config]");
      // Without settings, in a reviewed language, the widget first paints from markup built ahead of time, with no
      // Preact and no content file (chunks/first.ts); anything else renders with Preact (chunks/mount.ts), which
      // loads its content, and the partner's configuration if any: requested here, so they arrive with the chunk.
      const plain =
        !isExit &&
        !block &&
        !id &&
        __LOCALES__.includes(lang) &&
        [...host.attributes].every((attribute) => PLAIN.test(attribute.name));
      if (!isExit && !plain)
        for (const file of [`content/${lang}/${name}.js`, ...(block || id ? ["overrides.js"] : [])])
          load(file).catch(() => {});
      const widget = (await load(
        isExit ? "quick-exit.js" : `${plain ? `first/${lang}` : "widgets"}/${name}.js`,
      )) as WidgetChunk;
      // Whatever the stalled fallback put there goes, its stylesheet too.
      if (!state.alive) return;
      root.replaceChildren();
      root.adoptedStyleSheets = [hostSheet];
      const unmount = await widget.mount(root, {
        host,
        base,
        lang,
        asked,
        block,
        id,
        load,
        warn: (message: string) => warn(name, message),
      });
      clearTimeout(stalled);
      if (state.alive) state.unmount = unmount;
      else unmount();
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
