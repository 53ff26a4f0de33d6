/**
 * The contract every Lantern content widget passes, in happy-dom (`src/<widget>/<widget>.test.tsx`) and in
 * Chromium (`test/contract.browser.test.tsx`): it mounts and unmounts cleanly, speaks the bundle's language and
 * direction, emits its events, takes a theme within limits, reports bad settings with their fix, renders the same
 * text on the server, and falls back instead of failing. In the spirit of webawesome's runFormControlBaseTests.
 */
import type { ContentBundle, UiKey } from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import { type FunctionComponent, h, render } from "preact";
import { act } from "preact/test-utils";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it, vi } from "vitest";
import {
  type ConfigProblem,
  type MountOptions,
  mountQuickExit,
  mountWidget,
  type QuickExitOptions,
  quickExitStrings,
  quickExitStyles,
  WIDGET_COMPONENTS,
  type WidgetName,
  type WidgetProps,
  widgetStyles,
} from "../src/index.js";

export { ar, en, fr };

/** The text that names each widget: its heading, or for the report button its label. */
export const NAME_KEYS: Record<WidgetName, UiKey> = {
  "warning-signs": "warningSigns.heading",
  "report-button": "reportButton.label",
  "at-risk": "atRisk.heading",
  "myths-facts": "mythsFacts.heading",
  "help-directory": "helpDirectory.heading",
};

/** True in a real browser, false in happy-dom. */
export const inBrowser = !navigator.userAgent.includes("HappyDOM");

/** Let Preact re-render and run effects after a state change. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Click and let the widget re-render. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error("nothing to click");
  await act(() => (element as HTMLElement).click());
  await settle();
}

/** Wait until the report dialog in `container` is there and open (it loads on first activation); returns it. */
export function waitForDialog(container: ParentNode): Promise<HTMLDialogElement> {
  return vi.waitFor(
    async () => {
      await settle();
      const dialog = container.querySelector("dialog");
      if (!dialog?.open) throw new Error("the report dialog did not open");
      return dialog;
    },
    { timeout: 5000, interval: 20 },
  );
}

/**
 * Activate the report launcher in `container` (its first `.lantern-cta` unless given) and wait until the dialog,
 * which loads lazily on first activation, is open. Returns the dialog.
 */
export async function openReport(
  container: ParentNode,
  launcher: Element | null = container.querySelector(".lantern-cta"),
): Promise<HTMLDialogElement> {
  await click(launcher);
  return waitForDialog(launcher?.closest(".lantern-report") ?? container);
}

/** A mounted widget, with what it reported and the events it dispatched. */
export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The widget's root element (`.lantern`). */
  root: HTMLElement;
  problems: ConfigProblem[];
  events: CustomEvent[];
  unmount: () => void;
}

/**
 * Mount `name` in an open shadow root of a new host element, with its stylesheet adopted (as the embed does), and
 * record problems and `lantern:*` events. Link activations are stopped before they navigate.
 */
export function mountInShadow(name: WidgetName, options: Partial<MountOptions> = {}): Mounted {
  const host = document.createElement("div");
  host.dataset.test = name;
  document.body.append(host);
  const shadow = host.attachShadow({ mode: "open" });
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet === "function" && inBrowser) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetStyles[name]);
    shadow.adoptedStyleSheets = [sheet];
  }
  const problems: ConfigProblem[] = [];
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  for (const type of ["lantern:open", "lantern:contact", "lantern:exit"]) host.addEventListener(type, record);
  // Capture phase on the shadow root runs before the link's own handler, which still sees the click.
  const stopNavigation = (event: Event) => {
    if ((event.target as Element).closest?.("a")) event.preventDefault();
  };
  shadow.addEventListener("click", stopNavigation, true);
  const unmountWidget = mountWidget(name, shadow, {
    bundle: en,
    attributes: {},
    // A fixed day, so no test changes verdict when the content's lastVerified passes the freshness limit.
    today: "2026-12-06",
    onProblem: (problem) => problems.push(problem),
    ...options,
  });
  const root = shadow.querySelector<HTMLElement>(".lantern");
  if (!root) throw new Error(`${name} rendered no .lantern root`);
  return {
    host,
    shadow,
    root,
    problems,
    events,
    unmount() {
      unmountWidget();
      shadow.removeEventListener("click", stopNavigation, true);
      host.remove();
    },
  };
}

/**
 * Mount the quick exit in an open shadow root of a new host element, with its own stylesheet adopted and its words
 * from `bundle`, as the embed's quick-exit chunk does. Returns the host and shadow root, and the unmount that also
 * removes the host.
 */
export function mountQuickExitInShadow(bundle: ContentBundle, options: Partial<QuickExitOptions> = {}) {
  const host = document.createElement("div");
  document.body.append(host);
  const shadow = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(quickExitStyles);
  shadow.adoptedStyleSheets = [sheet];
  const unmountExit = mountQuickExit(shadow, {
    strings: quickExitStrings(bundle.ui),
    lang: bundle.locale.code,
    dir: bundle.locale.dir,
    ...options,
  });
  return {
    host,
    shadow,
    unmount() {
      unmountExit();
      host.remove();
    },
  };
}

/**
 * Counts listeners added to `targets` and not removed since, by wrapping their add/removeEventListener. A widget
 * that forgets to remove one leaks it, and its closure, for the life of the page.
 */
export function trackListeners(targets: EventTarget[]) {
  const live: { target: EventTarget; type: string; listener: unknown; capture: boolean }[] = [];
  const capture = (options: boolean | AddEventListenerOptions | undefined) =>
    typeof options === "boolean" ? options : Boolean(options?.capture);
  const originals = targets.map((target) => {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type, listener, options) {
      const entry = { target, type, listener, capture: capture(options) };
      const exists = live.some(
        (e) =>
          e.target === target && e.type === type && e.listener === listener && e.capture === entry.capture,
      );
      if (!exists && listener) live.push(entry);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (this: EventTarget, type, listener, options) {
      const index = live.findIndex(
        (e) =>
          e.target === target && e.type === type && e.listener === listener && e.capture === capture(options),
      );
      if (index >= 0) live.splice(index, 1);
      return remove.call(this, type, listener, options);
    };
    return { target, add, remove };
  });
  return {
    /** Listeners still attached. */
    get live() {
      return live.map(({ type, capture: c }) => `${type}${c ? " (capture)" : ""}`);
    },
    restore() {
      for (const { target, add, remove } of originals) {
        target.addEventListener = add;
        target.removeEventListener = remove;
      }
    },
  };
}

/** The visible-language text of an element, whitespace collapsed. */
export function textOf(node: Node): string {
  return spaced(node.textContent ?? "");
}

/** `text` with its spaces as {@link textOf} gives them: bundles hold French non-breaking spaces, set by the build. */
export function spaced(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A copy of `bundle` whose locale cannot be read: rendering fails inside the widget. */
export function brokenBundle(bundle: ContentBundle): ContentBundle {
  const copy = { ...bundle };
  Object.defineProperty(copy, "locale", {
    get() {
      throw new Error("locale unavailable");
    },
  });
  return copy;
}

/** Run the contract for widget `name`. */
export function runWidgetContract(name: WidgetName): void {
  const nameKey = NAME_KEYS[name];

  describe(`${name}: Lantern widget contract`, () => {
    it("mounts and unmounts without leaving nodes or listeners on window and document", async () => {
      const listeners = trackListeners([window, document]);
      try {
        const mounted = mountInShadow(name);
        expect(mounted.shadow.childNodes.length).toBeGreaterThan(0);
        // Open and close the dialog too: it is where listeners would be added.
        await openReport(mounted.shadow);
        await click(mounted.shadow.querySelector(".lantern-close"));
        mounted.unmount();
        expect(mounted.shadow.childNodes).toHaveLength(0);
        expect(listeners.live).toEqual([]);
      } finally {
        listeners.restore();
      }
    });

    it("mounts into an element without a shadow root, with ids unique between two instances", async () => {
      const a = document.createElement("div");
      const b = document.createElement("div");
      document.body.append(a, b);
      const unmountA = mountWidget(name, a, { bundle: en, attributes: {}, onProblem: () => {} });
      const unmountB = mountWidget(name, b, { bundle: en, attributes: {}, onProblem: () => {} });
      // Both dialogs rendered (one at a time: a modal makes the other widget inert), so their ids count too.
      await openReport(a);
      await click(a.querySelector(".lantern-close"));
      await openReport(b);
      await click(b.querySelector(".lantern-close"));
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      unmountA();
      unmountB();
      expect(a.childNodes).toHaveLength(0);
      expect(b.childNodes).toHaveLength(0);
      a.remove();
      b.remove();
    });

    for (const bundle of [en, fr]) {
      it(`renders in ${bundle.locale.code} with its name from that bundle`, () => {
        const mounted = mountInShadow(name, { bundle });
        try {
          expect(mounted.root.lang).toBe(bundle.locale.code);
          expect(mounted.root.dir).toBe("ltr");
          expect(textOf(mounted.root)).toContain(spaced(bundle.ui[nameKey]));
          const heading = mounted.root.querySelector("h2");
          if (name !== "report-button") expect(textOf(heading as Element)).toBe(spaced(bundle.ui[nameKey]));
          expect(mounted.problems).toEqual([]);
        } finally {
          mounted.unmount();
        }
      });
    }

    it("renders the right-to-left draft ar bundle with dir=rtl, marking English fallback text lang=en", async () => {
      const mounted = mountInShadow(name, { bundle: ar });
      try {
        expect(mounted.root.dir).toBe("rtl");
        expect(mounted.root.lang).toBe("ar");
        expect(textOf(mounted.root)).toContain(spaced(ar.ui[nameKey]));
        // Contacts are English in the draft: the dialog marks them so screen readers switch voice.
        await openReport(mounted.shadow);
        const english = [...mounted.shadow.querySelectorAll("[lang='en']")];
        expect(english.length).toBeGreaterThan(0);
        for (const element of english) expect(element.getAttribute("dir")).toBe("ltr");
      } finally {
        mounted.unmount();
      }
    });

    it("emits lantern:open and lantern:contact, bubbling and composed, with no personal data", async () => {
      const mounted = mountInShadow(name, { attributes: { region: "CA-ON" } });
      try {
        await openReport(mounted.shadow);
        const link = mounted.shadow.querySelector<HTMLAnchorElement>("dialog a[href^='tel:']");
        await click(link);
        expect(mounted.events.map((event) => [event.type, event.detail])).toEqual([
          ["lantern:open", { widget: name }],
          ["lantern:contact", { contact: "emergency-911", channel: "phone" }],
        ]);
        for (const event of mounted.events) {
          expect(event.bubbles).toBe(true);
          expect(event.composed).toBe(true);
        }
      } finally {
        mounted.unmount();
      }
    });

    it("dispatches events on a given eventTarget instead of the host", async () => {
      const target = new EventTarget();
      const seen: string[] = [];
      target.addEventListener("lantern:open", (event) => seen.push(event.type));
      const mounted = mountInShadow(name, { eventTarget: target });
      try {
        await openReport(mounted.shadow);
        expect(seen).toEqual(["lantern:open"]);
        expect(mounted.events).toEqual([]);
      } finally {
        mounted.unmount();
      }
    });

    it("applies a readable theme, and keeps the defaults for a pair that would be unreadable", () => {
      const mounted = mountInShadow(name, {
        theme: { "--lantern-color-accent": "#5a189a", "--lantern-color-text": "#cccccc" },
      });
      try {
        if (inBrowser) {
          const style = getComputedStyle(mounted.root);
          expect(style.getPropertyValue("--lantern-color-accent").trim()).toBe("#5a189a");
          expect(style.getPropertyValue("--lantern-color-text").trim()).toBe("#1b1b1b");
          // The value is used, not only declared: the call to action is painted in it.
          const cta = mounted.shadow.querySelector(".lantern-cta") as Element;
          expect(getComputedStyle(cta).backgroundColor).toBe("rgb(90, 24, 154)");
        } else {
          expect(mounted.root.getAttribute("style")).toContain("--lantern-color-accent: #5a189a");
          expect(mounted.root.getAttribute("style")).not.toContain("--lantern-color-text");
        }
        expect(mounted.problems).toHaveLength(1);
        expect(mounted.problems[0]?.field).toBe("--lantern-color-text");
        expect(mounted.problems[0]?.message).toMatch(/contrast of 1\.\d\d:1, below the 4\.5:1/);
      } finally {
        mounted.unmount();
      }
    });

    it("reports a bad setting once, naming the field and the fix, and uses the default", async () => {
      const mounted = mountInShadow(name, { attributes: { audience: "teens", regoin: "CA-ON" } });
      try {
        expect(mounted.root.dataset.audience).toBe("general");
        expect(mounted.problems).toEqual([
          {
            field: "audience",
            message:
              '"teens" is not an audience: use one of general, youth, parents, educators, hospitality, healthcare, workers',
          },
          { field: "regoin", message: 'unknown setting: did you mean "region"?' },
        ]);
        // Re-rendering (opening the dialog) does not report again.
        await openReport(mounted.shadow);
        expect(mounted.problems).toHaveLength(2);
      } finally {
        mounted.unmount();
      }
    });

    it('warns on the console by default, prefixed "Lantern <widget>:"', () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const host = document.createElement("div");
      document.body.append(host);
      const unmount = mountWidget(name, host, { bundle: en, attributes: { region: "CA-XX" } });
      try {
        expect(warn).toHaveBeenCalledTimes(1);
        expect(warn.mock.calls[0]?.[0]).toMatch(
          new RegExp(`^Lantern ${name}: region: "CA-XX" is not a region: use CA`),
        );
      } finally {
        unmount();
        host.remove();
        warn.mockRestore();
      }
    });

    it("renders the same text on the server as in the browser", () => {
      const Widget = WIDGET_COMPONENTS[name];
      for (const bundle of [en, fr, ar]) {
        const config = { region: "CA-ON", audience: "youth" } as const;
        const server = document.createElement("template");
        // h() rather than JSX: this file is .ts so that any suite can import it.
        const vnode = () =>
          h(Widget as FunctionComponent<WidgetProps>, { bundle, config, onProblem: () => {} });
        server.innerHTML = renderToString(vnode());
        const client = document.createElement("div");
        render(vnode(), client);
        expect(textOf(server.content)).toBe(textOf(client));
        expect(textOf(client)).toContain(spaced(bundle.ui[nameKey]));
        render(null, client);
      }
    });

    it("shows the fallback with 911 and the hotline, and reports, when rendering fails", async () => {
      const host = document.createElement("div");
      document.body.append(host);
      const problems: ConfigProblem[] = [];
      const unmount = mountWidget(name, host, {
        bundle: brokenBundle(fr),
        attributes: {},
        onProblem: (problem) => problems.push(problem),
      });
      try {
        // The boundary swaps in the fallback on Preact's next render.
        await settle();
        expect(textOf(host)).toContain(fr.ui["fallback.heading"]);
        const links = [...host.querySelectorAll("a")].map((a) => a.getAttribute("href"));
        expect(links).toEqual(["tel:911", "tel:+18339001010"]);
        expect(textOf(host)).toContain("Ligne d’urgence canadienne contre la traite des personnes");
        expect(problems).toHaveLength(1);
        expect(problems[0]?.field).toBe("render");
        expect(problems[0]?.message).toContain("locale unavailable");
      } finally {
        unmount();
        host.remove();
      }
    });
  });
}
