import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { trackListeners } from "../../test/contract.js";
import { DEFAULT_EXIT_URL, mountQuickExit, type QuickExitOptions, SHIFT_WINDOW_MS } from "./quick-exit.js";

const strings = {
  label: "Quick exit",
  shortcutHint: "Or press Shift 3 times.",
  historyWarning: "This does not erase your browsing history.",
  aboutLabel: "How it works",
  shortcutProgress: "Shift {pressed} of {total}: keep pressing to exit.",
};

let replace: Mock<(url: string | URL) => void>;
let cleanup: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  replace = vi.fn<(url: string | URL) => void>();
  // happy-dom's location is an ordinary object, so navigation can be observed without leaving the test page.
  vi.spyOn(window.location, "replace").mockImplementation(replace);
});

afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function mount(options: Partial<QuickExitOptions> = {}) {
  const host = document.createElement("div");
  document.body.append(host);
  const shadow = host.attachShadow({ mode: "open" });
  const exits: CustomEvent[] = [];
  host.addEventListener("lantern:exit", (event) => exits.push(event as CustomEvent));
  const unmount = mountQuickExit(shadow, { strings, ...options });
  cleanup.push(() => {
    unmount();
    host.remove();
  });
  return { host, shadow, exits, unmount };
}

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, composed: true, ...init }));

/** A pageshow event. happy-dom's PageTransitionEvent ignores `persisted`, so it is set on a plain event. */
function pageshow(persisted: boolean): Event {
  const event = new Event("pageshow");
  Object.defineProperty(event, "persisted", { value: persisted });
  return event;
}

const hidden = () => document.documentElement.style.getPropertyValue("visibility") === "hidden";

describe("quick-exit", () => {
  it("shows a button, the shortcut and, plainly, that history is not erased", () => {
    const { shadow } = mount({ lang: "fr", dir: "ltr" });
    const button = shadow.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toBe("Quick exit");
    expect(button.type).toBe("button");
    expect(shadow.textContent).toContain(strings.shortcutHint);
    expect(shadow.textContent).toContain(strings.historyWarning);
    expect((shadow.querySelector(".lantern") as HTMLElement).lang).toBe("fr");
  });

  it("is a named region whose history note opens under the button on request", () => {
    const { shadow } = mount();
    const region = shadow.querySelector('[role="region"]') as HTMLElement;
    expect(region.getAttribute("aria-label")).toBe("Quick exit");
    const about = shadow.querySelector(".lantern-quick-exit-about") as HTMLButtonElement;
    expect(about.textContent).toBe("How it works");
    const panel = shadow.getElementById(about.getAttribute("aria-controls") as string) as HTMLElement;
    expect(panel.textContent).toContain(strings.historyWarning);
    expect(panel.hidden).toBe(true);
    expect(about.getAttribute("aria-expanded")).toBe("false");
    about.click();
    expect(panel.hidden).toBe(false);
    expect(about.getAttribute("aria-expanded")).toBe("true");
    about.click();
    expect(panel.hidden).toBe(true);
    expect(replace).not.toHaveBeenCalled();
  });

  it("tells screen readers how many Shift presses are left, and clears it when another key breaks the count", () => {
    const { shadow } = mount();
    const status = shadow.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent).toBe("");
    press("Shift");
    expect(status.textContent).toBe("Shift 1 of 3: keep pressing to exit.");
    press("Shift");
    expect(status.textContent).toBe("Shift 2 of 3: keep pressing to exit.");
    press("a");
    expect(status.textContent).toBe("");
  });

  it("hides the page at once, emits lantern:exit, then replaces the location when the button is pressed", () => {
    const { shadow, exits } = mount();
    replace.mockImplementation(() => {
      // By the time navigation starts, the page is already hidden and the event already sent.
      expect(hidden()).toBe(true);
      expect(exits).toHaveLength(1);
    });
    (shadow.querySelector("button") as HTMLButtonElement).click();
    expect(replace).toHaveBeenCalledWith(DEFAULT_EXIT_URL);
    expect(document.documentElement.style.getPropertyPriority("visibility")).toBe("important");
    expect((shadow.querySelector(".lantern-quick-exit-cover") as HTMLElement).hidden).toBe(false);
    expect(exits[0]?.detail).toEqual({ trigger: "button" });
    expect(exits[0]?.bubbles && exits[0]?.composed).toBe(true);
  });

  it("exits on Shift pressed three times within five seconds, anywhere on the page", () => {
    const { exits } = mount({ exitUrl: "https://www.theweathernetwork.com/ca" });
    const input = document.createElement("input");
    document.body.append(input);
    cleanup.push(() => input.remove());
    press("Shift", {}, input);
    vi.advanceTimersByTime(2000);
    press("Shift", {}, input);
    vi.advanceTimersByTime(2000);
    expect(replace).not.toHaveBeenCalled();
    press("Shift", {}, input);
    expect(replace).toHaveBeenCalledWith("https://www.theweathernetwork.com/ca");
    expect(exits[0]?.detail).toEqual({ trigger: "shortcut" });
  });

  it("does not exit when the three presses span more than five seconds", () => {
    mount();
    press("Shift");
    vi.advanceTimersByTime(2500);
    press("Shift");
    vi.advanceTimersByTime(SHIFT_WINDOW_MS - 2500 + 1);
    press("Shift");
    expect(replace).not.toHaveBeenCalled();
    // The last two still count: one more press within the window exits.
    vi.advanceTimersByTime(1000);
    press("Shift");
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it("starts counting again after any other key, and counts a held Shift once", () => {
    mount();
    press("Shift");
    press("Shift");
    press("A", { shiftKey: true });
    press("Shift");
    expect(replace).not.toHaveBeenCalled();
    press("Shift", { repeat: true });
    press("Shift", { repeat: true });
    expect(replace).not.toHaveBeenCalled();
    press("Shift");
    press("Shift");
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it("still sees Shift when the page stops key events from bubbling", () => {
    mount();
    const stop = (event: Event) => event.stopPropagation();
    document.body.addEventListener("keydown", stop);
    cleanup.push(() => document.body.removeEventListener("keydown", stop));
    for (let i = 0; i < 3; i++) press("Shift");
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it("shows the page again when restored from the back/forward cache, and only then", () => {
    const { shadow } = mount();
    document.documentElement.style.setProperty("visibility", "visible");
    (shadow.querySelector("button") as HTMLButtonElement).click();
    expect(hidden()).toBe(true);
    window.dispatchEvent(pageshow(false));
    expect(hidden()).toBe(true);
    window.dispatchEvent(pageshow(true));
    // The page's own inline value is back.
    expect(document.documentElement.style.getPropertyValue("visibility")).toBe("visible");
    expect((shadow.querySelector(".lantern-quick-exit-cover") as HTMLElement).hidden).toBe(true);
    document.documentElement.style.removeProperty("visibility");
  });

  it.each([
    ["http://example.org/", "is not an https: address"],
    ["javascript:alert(1)", "is not an https: address"],
    ["/relative", "is not an https: address"],
  ])("refuses exitUrl %s, warns, and uses the default", (exitUrl, message) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { shadow } = mount({ exitUrl });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^Lantern quick-exit: exitUrl: /);
    expect(warn.mock.calls[0]?.[0]).toContain(message);
    (shadow.querySelector("button") as HTMLButtonElement).click();
    expect(replace).toHaveBeenCalledWith(DEFAULT_EXIT_URL);
  });

  it("reports through onProblem when given", () => {
    const problems: unknown[] = [];
    mount({ exitUrl: "ftp://example.org", onProblem: (problem) => problems.push(problem) });
    expect(problems).toEqual([
      {
        field: "exitUrl",
        message: `"ftp://example.org" is not an https: address: write the full address of a neutral page, such as ${DEFAULT_EXIT_URL} (using that one for now)`,
      },
    ]);
  });

  it("unmounts without leaving nodes or listeners, and stops listening for Shift", () => {
    const listeners = trackListeners([window, document]);
    let unmount: () => void;
    let shadow: ShadowRoot;
    try {
      ({ unmount, shadow } = mount());
      expect(listeners.live.sort()).toEqual(["keydown (capture)", "pageshow"]);
      unmount();
      expect(listeners.live).toEqual([]);
      expect(shadow.childNodes).toHaveLength(0);
    } finally {
      listeners.restore();
    }
    for (let i = 0; i < 3; i++) press("Shift");
    expect(replace).not.toHaveBeenCalled();
  });

  it("dispatches lantern:exit on a given eventTarget", () => {
    const target = new EventTarget();
    const seen: unknown[] = [];
    target.addEventListener("lantern:exit", (event) => seen.push((event as CustomEvent).detail));
    const { shadow, exits } = mount({ eventTarget: target });
    (shadow.querySelector("button") as HTMLButtonElement).click();
    expect(seen).toEqual([{ trigger: "button" }]);
    expect(exits).toEqual([]);
  });

  describe("several on one page: the first in document order speaks for the page", () => {
    /** Two quick exits, the second placed after the first in the page but mounted first (chunks arrive in any order). */
    function two(onProblem = vi.fn()) {
      const first = document.createElement("div");
      const second = document.createElement("div");
      // The second hides in a closed disclosure, as a post's author could hide it.
      const details = document.createElement("details");
      details.append(second);
      document.body.append(first, details);
      const mountIn = (host: HTMLElement, exitUrl: string) => {
        const shadow = host.attachShadow({ mode: "open" });
        const unmount = mountQuickExit(shadow, { strings, exitUrl, onProblem });
        cleanup.push(() => {
          unmount();
          host.remove();
        });
        return { shadow, unmount };
      };
      const later = mountIn(second, "https://evil.example/");
      const earlier = mountIn(first, "https://www.google.com/");
      cleanup.push(() => details.remove());
      return { earlier, later, onProblem };
    }

    it("Shift pressed three times goes to the first one's address, once", () => {
      two();
      for (let i = 0; i < 3; i++) press("Shift");
      expect(replace.mock.calls).toEqual([["https://www.google.com/"]]);
    });

    it("a later one's button goes where the first one goes", () => {
      const { later } = two();
      (later.shadow.querySelector(".lantern-quick-exit-button") as HTMLButtonElement).click();
      expect(replace.mock.calls).toEqual([["https://www.google.com/"]]);
    });

    it("reports the later one's differing exit address once, naming the one used", () => {
      const { onProblem } = two();
      for (let i = 0; i < 2; i++) press("Shift");
      expect(onProblem).toHaveBeenCalledTimes(1);
      expect(onProblem.mock.calls[0]?.[0]).toMatchObject({
        field: "exitUrl",
        message: expect.stringMatching(
          /^the first quick exit on this page goes to https:\/\/www\.google\.com\/, and so does this one \(not to https:\/\/evil\.example\/\)/,
        ),
      });
    });

    it("only the first one announces Shift presses", () => {
      const { earlier, later } = two();
      press("Shift");
      const status = (shadow: ShadowRoot) => shadow.querySelector('[role="status"]')?.textContent;
      expect(status(earlier.shadow)).toBe("Shift 1 of 3: keep pressing to exit.");
      expect(status(later.shadow)).toBe("");
    });

    it("hands the page to the next one when the first leaves the page", () => {
      const { earlier } = two();
      earlier.unmount();
      for (let i = 0; i < 3; i++) press("Shift");
      expect(replace.mock.calls).toEqual([["https://evil.example/"]]);
    });
  });
});
