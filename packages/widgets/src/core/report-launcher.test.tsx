/**
 * The lazy report dialog: the launcher renders without the dialog's code, loads it (and, for a bundle shipped without
 * them, the contacts and steps) on first activation only, once per page, and the dialog brings its own CSS. Also the
 * dialog's quick-exit button, shown only when the page has a quick exit.
 */
import type { Contact, ContentBundle } from "@lantern/sdk";
import { render } from "preact";
import { act } from "preact/test-utils";
import { renderToString } from "preact-render-to-string";
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import {
  click,
  en,
  fr,
  type Mounted,
  mountInShadow,
  openReport,
  textOf,
  trackListeners,
  waitForDialog,
} from "../../test/contract.js";
import { DEFAULT_EXIT_URL, type DialogContent, WarningSigns, warningSignsStyles } from "../index.js";
import { DIALOG_PATIENCE_MS } from "./report-launcher.js";

// Counts evaluations of the dialog's module: the factory runs once, when something first imports it.
const dialogModule = vi.hoisted(() => ({ imports: 0 }));
vi.mock("./report-dialog.js", async (importOriginal) => {
  dialogModule.imports++;
  return importOriginal();
});

/** The English bundle as an embed may ship it for first render: no contacts, no steps. */
const bare: ContentBundle = { ...en, contacts: [], steps: [] };

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
});

function mount(...args: Parameters<typeof mountInShadow>): Mounted {
  const mounted = mountInShadow(...args);
  cleanup.push(mounted.unmount);
  return mounted;
}

const hrefs = (element: Element | null) =>
  [...(element?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
const cta = (mounted: Mounted) => mounted.shadow.querySelector(".lantern-cta") as HTMLButtonElement;

describe("lazy report dialog", () => {
  // First in this file on purpose: nothing has imported the dialog's module yet.
  it("renders the launcher with no dialog, imports the dialog only on first activation, busy meanwhile", async () => {
    const mounted = mount("warning-signs");
    expect(dialogModule.imports).toBe(0);
    expect(mounted.shadow.querySelector("dialog")).toBeNull();
    expect(cta(mounted).hasAttribute("aria-busy")).toBe(false);

    await act(() => cta(mounted).click());
    expect(cta(mounted).getAttribute("aria-busy")).toBe("true");
    // A second press while loading neither loads twice nor breaks anything.
    await act(() => cta(mounted).click());

    const dialog = await waitForDialog(mounted.shadow);
    expect(dialogModule.imports).toBe(1);
    expect(cta(mounted).hasAttribute("aria-busy")).toBe(false);
    // Focus moves in, to the title, as before.
    expect(mounted.shadow.activeElement).toBe(dialog.querySelector("h2"));
    expect(mounted.events.map((event) => event.type)).toEqual(["lantern:open"]);
  });

  it("reuses the loaded module: reopening, and another widget's first open, are immediate", async () => {
    const first = mount("warning-signs");
    const dialog = await openReport(first.shadow);
    await click(first.shadow.querySelector(".lantern-close"));
    expect(dialog.open).toBe(false);
    // No await for a load: the dialog is open as soon as the click has rendered.
    await act(() => cta(first).click());
    expect(first.shadow.querySelector("dialog")).toBe(dialog);
    expect(dialog.open).toBe(true);

    const second = mount("at-risk");
    expect(second.shadow.querySelector("dialog")).toBeNull();
    await act(() => cta(second).click());
    expect(second.shadow.querySelector("dialog")?.open).toBe(true);
    expect(dialogModule.imports).toBe(1);
  });

  it("adopts the dialog's CSS in the shadow root, once, after the widget's first-render styles", async () => {
    const a = mount("warning-signs");
    const own = new CSSStyleSheet();
    own.replaceSync(warningSignsStyles);
    a.shadow.adoptedStyleSheets = [own];
    await openReport(a.shadow);
    expect(a.shadow.adoptedStyleSheets).toHaveLength(2);
    expect(a.shadow.adoptedStyleSheets[0]).toBe(own);
    const dialogSheet = a.shadow.adoptedStyleSheets[1];
    await click(a.shadow.querySelector(".lantern-close"));
    await openReport(a.shadow);
    expect(a.shadow.adoptedStyleSheets).toHaveLength(2);

    // Another widget's root gets the same sheet, built once.
    const b = mount("report-button");
    await openReport(b.shadow);
    expect(b.shadow.adoptedStyleSheets.at(-1)).toBe(dialogSheet);
  });

  it("keeps the dialog's CSS out of the per-widget styles, and in widgetStyles and dialogStyles", async () => {
    const { dialogStyles, widgetStyles } = await import("../index.js");
    expect(warningSignsStyles).not.toContain(".lantern-dialog");
    expect(dialogStyles).toContain(".lantern-dialog");
    expect(dialogStyles).toContain(".lantern-channel");
    expect(widgetStyles["warning-signs"]).toBe(warningSignsStyles + dialogStyles);
  });

  it("renders on the server with the launcher only: no dialog, nothing loaded", () => {
    const before = dialogModule.imports;
    const loadDialogContent = vi.fn(async (): Promise<DialogContent> => ({ contacts: [], steps: [] }));
    const html = renderToString(
      <WarningSigns bundle={bare} loadDialogContent={loadDialogContent} exitUrl="https://example.org/" />,
    );
    expect(html).toContain("lantern-cta");
    expect(html).toContain(en.ui["common.reportCta"]);
    expect(html).not.toContain("<dialog");
    expect(loadDialogContent).not.toHaveBeenCalled();
    expect(dialogModule.imports).toBe(before);
  });
});

describe("lazy dialog content", () => {
  const full = (): Promise<DialogContent> => Promise.resolve({ contacts: en.contacts, steps: en.steps });

  it("loads contacts and steps on first open, in parallel with the code, once, for a bundle without them", async () => {
    const loadDialogContent = vi.fn(full);
    const mounted = mount("warning-signs", { bundle: bare, loadDialogContent });
    expect(loadDialogContent).not.toHaveBeenCalled();
    await act(() => cta(mounted).click());
    // Asked at activation, not after the code arrived.
    expect(loadDialogContent).toHaveBeenCalledTimes(1);
    const dialog = await waitForDialog(mounted.shadow);
    expect(dialog.querySelector("a")?.getAttribute("href")).toBe("tel:911");
    expect(dialog.querySelector(".lantern-section-hotline a")?.getAttribute("href")).toBe("tel:+18339001010");
    const step = en.steps.find((entry) => entry.id === "do-not-confront")?.text as string;
    expect(textOf(dialog.querySelector(".lantern-callout") as Element)).toBe(step);
    // The page outside the dialog is unchanged: the loaded contacts are for the dialog.
    await click(mounted.shadow.querySelector(".lantern-close"));
    await openReport(mounted.shadow);
    expect(loadDialogContent).toHaveBeenCalledTimes(1);
    expect(mounted.problems).toEqual([]);
  });

  it("loads the new bundle's content when the bundle changes (another language)", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    cleanup.push(() => {
      render(null, shadow);
      host.remove();
    });
    const loadEn = vi.fn(full);
    const loadFr = vi.fn(async (): Promise<DialogContent> => ({ contacts: fr.contacts, steps: fr.steps }));
    await act(() =>
      render(<WarningSigns bundle={bare} loadDialogContent={loadEn} onProblem={() => {}} />, shadow),
    );
    await openReport(shadow);
    await click(shadow.querySelector(".lantern-close"));
    await act(() =>
      render(
        <WarningSigns
          bundle={{ ...fr, contacts: [], steps: [] }}
          loadDialogContent={loadFr}
          onProblem={() => {}}
        />,
        shadow,
      ),
    );
    const dialog = await openReport(shadow);
    expect([loadEn.mock.calls.length, loadFr.mock.calls.length]).toEqual([1, 1]);
    const hotline = fr.contacts.find((entry) => entry.id === "ca-human-trafficking-hotline");
    expect(textOf(dialog)).toContain(hotline?.channels[0]?.note as string);
    expect(textOf(dialog)).toContain(fr.ui["reportButton.dialogTitle"]);
  });

  it("also loads for a bundle that kept 911 and the hotline but no steps, whose fallback then shows both", async () => {
    const kept = en.contacts.filter((entry) =>
      ["emergency-911", "ca-human-trafficking-hotline"].includes(entry.id),
    );
    const trimmed: ContentBundle = { ...en, contacts: kept, steps: [] };
    const loadDialogContent = vi
      .fn<() => Promise<DialogContent>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockImplementation(full);
    const mounted = mount("warning-signs", { bundle: trimmed, loadDialogContent });
    await click(cta(mounted));
    const fallback = await vi.waitFor(() => {
      const element = mounted.shadow.querySelector(".lantern-report-fallback");
      expect(element).not.toBeNull();
      return element as Element;
    });
    expect([...fallback.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "tel:911",
      "tel:+18339001010",
    ]);
    const dialog = await openReport(mounted.shadow);
    expect(loadDialogContent).toHaveBeenCalledTimes(2);
    // The loaded list replaces the two kept contacts: Crime Stoppers and the steps are there.
    expect(dialog.querySelector(".lantern-section-tips")).not.toBeNull();
    const step = en.steps.find((entry) => entry.id === "note-details")?.text as string;
    expect(textOf(dialog.querySelector(".lantern-section-note") as Element)).toContain(step);
  });

  it("loads nothing when the bundle already has contacts", async () => {
    const loadDialogContent = vi.fn(full);
    const mounted = mount("at-risk", { loadDialogContent });
    const dialog = await openReport(mounted.shadow);
    expect(dialog.querySelector("a")?.getAttribute("href")).toBe("tel:911");
    expect(loadDialogContent).not.toHaveBeenCalled();
  });

  it("shows 911 and reports when the content cannot load, and tries again on the next press", async () => {
    const loadDialogContent = vi
      .fn<() => Promise<DialogContent>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockImplementation(full);
    const mounted = mount("report-button", { bundle: bare, loadDialogContent });
    await click(cta(mounted));
    const fallback = await vi.waitFor(() => {
      const element = mounted.shadow.querySelector(".lantern-report-fallback");
      expect(element).not.toBeNull();
      return element as Element;
    });
    expect(fallback.getAttribute("role")).toBe("alert");
    expect(fallback.querySelector("a")?.getAttribute("href")).toBe("tel:911");
    expect(mounted.shadow.querySelector("dialog")).toBeNull();
    expect(cta(mounted).hasAttribute("aria-busy")).toBe(false);
    expect(mounted.problems).toHaveLength(1);
    expect(mounted.problems[0]?.field).toBe("report-dialog");
    expect(mounted.problems[0]?.message).toContain("(offline)");
    expect(mounted.problems[0]?.message).toContain("loadDialogContent");
    expect(mounted.events).toEqual([]);

    const dialog = await openReport(mounted.shadow);
    expect(loadDialogContent).toHaveBeenCalledTimes(2);
    expect(dialog.querySelector(".lantern-section-hotline")).not.toBeNull();
    expect(mounted.shadow.querySelector(".lantern-report-fallback")).toBeNull();
  });

  it("treats content without contacts as a failure: the fallback, not a dialog without 911", async () => {
    const loadDialogContent = vi.fn(async (): Promise<DialogContent> => ({ contacts: [], steps: [] }));
    const mounted = mount("myths-facts", { bundle: bare, loadDialogContent });
    await click(cta(mounted));
    await vi.waitFor(() => expect(mounted.shadow.querySelector(".lantern-report-fallback")).not.toBeNull());
    expect(mounted.shadow.querySelector("dialog")).toBeNull();
    expect(mounted.problems[0]?.message).toContain("gave no contacts");
  });
});

describe("a slow dialog", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Content that arrives only when the test says so: a stalled network. */
  function stalled() {
    let arrive: (content: DialogContent) => void = () => {};
    const loadDialogContent = vi.fn(
      () =>
        new Promise<DialogContent>((resolve) => {
          arrive = resolve;
        }),
    );
    return { loadDialogContent, arrive: (content: DialogContent) => arrive(content) };
  }
  const fallbackOf = (mounted: Mounted) => mounted.shadow.querySelector(".lantern-report-fallback");
  const status = (mounted: Mounted) =>
    mounted.shadow.querySelector('.lantern-report [role="status"]') as Element;
  const kept = en.contacts.filter((entry) =>
    ["emergency-911", "ca-human-trafficking-hotline"].includes(entry.id),
  );

  it(`announces the wait, shows 911 and the hotline after ${DIALOG_PATIENCE_MS} ms, then opens the dialog when it arrives`, async () => {
    vi.useFakeTimers();
    const { loadDialogContent, arrive } = stalled();
    const mounted = mount("report-button", {
      bundle: { ...en, contacts: kept, steps: [] },
      loadDialogContent,
    });
    expect(textOf(status(mounted))).toBe("");
    await act(() => cta(mounted).click());
    expect(textOf(status(mounted))).toBe(en.ui["common.loading"]);
    await act(() => {
      vi.advanceTimersByTime(DIALOG_PATIENCE_MS - 1);
    });
    expect(fallbackOf(mounted)).toBeNull();
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    const fallback = fallbackOf(mounted);
    expect(fallback?.getAttribute("role")).toBe("alert");
    expect(hrefs(fallback)).toEqual(["tel:911", "tel:+18339001010"]);
    expect(cta(mounted).getAttribute("aria-busy")).toBe("true");
    expect(mounted.problems).toEqual([]);

    vi.useRealTimers();
    await act(() => arrive({ contacts: en.contacts, steps: en.steps }));
    const dialog = await waitForDialog(mounted.shadow);
    expect(dialog.open).toBe(true);
    expect(fallbackOf(mounted)).toBeNull();
    expect(textOf(status(mounted))).toBe("");
  });

  it("shows 911 and the hotline at once when the button is pressed again while the dialog loads", async () => {
    vi.useFakeTimers();
    const { loadDialogContent } = stalled();
    const mounted = mount("warning-signs", {
      bundle: { ...en, contacts: kept, steps: [] },
      loadDialogContent,
    });
    await act(() => cta(mounted).click());
    expect(fallbackOf(mounted)).toBeNull();
    await act(() => cta(mounted).click());
    expect(hrefs(fallbackOf(mounted))).toEqual(["tel:911", "tel:+18339001010"]);
    // Still one request: the second press shows the numbers, it does not start another load.
    expect(loadDialogContent).toHaveBeenCalledTimes(1);
  });

  it("stops waiting when the widget leaves the page: no timer fires into an unmounted widget", async () => {
    vi.useFakeTimers();
    const { loadDialogContent } = stalled();
    const mounted = mount("report-button", {
      bundle: { ...en, contacts: kept, steps: [] },
      loadDialogContent,
    });
    await act(() => cta(mounted).click());
    mounted.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("on paper", () => {
  it("carries 911, the hotline and the partner's own lines in place of the button, for print only", () => {
    const partner: Contact = {
      id: "partner-0",
      origin: "partner",
      name: "Maple Creek Shelter",
      region: "CA-ON",
      role: "support",
      audiences: [],
      open247: true,
      use: "",
      hours: "",
      channels: [
        {
          id: "phone",
          kind: "phone",
          value: "613-555-0100",
          display: "613-555-0100",
          href: "tel:+16135550100",
        },
      ],
      sources: [],
      lastVerified: null,
      confidence: "partner",
    };
    const mounted = mount("warning-signs", { partnerContacts: [partner] });
    const printed = mounted.shadow.querySelector(".lantern-report > .lantern-print-only") as Element;
    expect(hrefs(printed)).toEqual(["tel:911", "tel:+18339001010", "tel:+16135550100"]);
    expect(textOf(printed)).toContain("Maple Creek Shelter");
    // One level under the widget's own heading.
    expect(printed.querySelector("h3")?.textContent).toBe(en.ui["fallback.heading"]);
  });
});

describe("quick exit in the dialog", () => {
  let replace: Mock<(url: string | URL) => void>;
  beforeEach(() => {
    replace = vi.fn<(url: string | URL) => void>();
    // happy-dom's location is an ordinary object, so navigation can be observed without leaving the test page.
    vi.spyOn(window.location, "replace").mockImplementation(replace);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.style.removeProperty("visibility");
  });

  it("is not there without an exitUrl", async () => {
    const mounted = mount("report-button");
    const dialog = await openReport(mounted.shadow);
    expect(dialog.querySelector(".lantern-dialog-exit")).toBeNull();
  });

  it("with an exitUrl, sits in the header before Close, hides the page, emits lantern:exit and replaces the location", async () => {
    const listeners = trackListeners([window, document]);
    cleanup.push(() => listeners.restore());
    const mounted = mount("warning-signs", { bundle: fr, exitUrl: "https://example.org/meteo" });
    const dialog = await openReport(mounted.shadow);
    const header = dialog.querySelector(".lantern-dialog-header") as Element;
    const buttons = [...header.querySelectorAll("button")];
    expect(buttons.map((button) => button.className.includes("lantern-dialog-exit"))).toEqual([true, false]);
    const exit = buttons[0] as HTMLButtonElement;
    expect(textOf(exit)).toBe(fr.ui["quickExit.label"]);
    expect(exit.type).toBe("button");
    replace.mockImplementation(() => {
      // By the time navigation starts, the page is already hidden and the event already sent.
      expect(document.documentElement.style.getPropertyValue("visibility")).toBe("hidden");
      expect(mounted.events.at(-1)?.type).toBe("lantern:exit");
    });
    await click(exit);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith("https://example.org/meteo");
    const event = mounted.events.at(-1);
    expect(event?.detail).toEqual({ trigger: "dialog" });
    expect(event?.bubbles && event?.composed).toBe(true);
    expect(mounted.problems).toEqual([]);
    // Removed from the page without having left (navigation stubbed): the page shows again, no listener stays.
    // While the dialog is open it also listens for printing (see "on paper").
    expect(listeners.live.sort()).toEqual(["afterprint", "beforeprint", "pageshow"]);
    mounted.unmount();
    expect(document.documentElement.style.getPropertyValue("visibility")).toBe("");
    expect(listeners.live).toEqual([]);
  });

  it("checks the exitUrl at first render: not https, reported, and the default neutral page used", async () => {
    const mounted = mount("report-button", { exitUrl: "javascript:alert(1)" });
    expect(mounted.problems).toEqual([
      {
        field: "exitUrl",
        message: `"javascript:alert(1)" is not an https: address: write the full address of a neutral page, such as ${DEFAULT_EXIT_URL} (using that one for now)`,
      },
    ]);
    const dialog = await openReport(mounted.shadow);
    await click(dialog.querySelector(".lantern-dialog-exit"));
    expect(replace).toHaveBeenCalledWith(DEFAULT_EXIT_URL);
    expect(mounted.problems).toHaveLength(1);
  });
});
