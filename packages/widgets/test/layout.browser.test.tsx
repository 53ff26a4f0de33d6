/**
 * What axe cannot see: reflow at 320 px without sideways scrolling, 24 px targets, a focus ring a theme cannot
 * remove, reduced motion, print styles and right-to-left layout, measured in Chromium's real layout.
 */
import helpLines from "@lantern/sdk/content/lines";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import {
  type MountOptions,
  mountWidget,
  WIDGET_NAMES,
  type WidgetName,
  warningSignsStyles,
} from "../src/index.js";
import { ar, click, en, fr, mountInShadow, mountQuickExitInShadow, openReport } from "./contract.js";

let cleanup: (() => void)[] = [];
beforeEach(async () => {
  await page.viewport(1024, 768);
  await commands.emulateMedia({ media: null, reducedMotion: null });
});
afterEach(async () => {
  for (const done of cleanup) done();
  cleanup = [];
  await commands.emulateMedia({ media: null, reducedMotion: null });
});

function mount(name: WidgetName, options: Partial<MountOptions> = {}) {
  const mounted = mountInShadow(name, options);
  cleanup.push(mounted.unmount);
  return mounted;
}

/**
 * Elements whose content is wider than they are and that clip or scroll it, anywhere in the widget. Visually
 * hidden text (.lantern-vh) is clipped on purpose.
 */
function overflowing(shadow: ShadowRoot): string[] {
  return [...shadow.querySelectorAll<HTMLElement>(":not(.lantern-vh)")]
    .filter((element) => element.checkVisibility() && element.scrollWidth > element.clientWidth + 1)
    .filter((element) => getComputedStyle(element).overflowX !== "visible" || element.tagName === "DIALOG")
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}

const interactive = (shadow: ShadowRoot) =>
  [...shadow.querySelectorAll<HTMLElement>("a[href], button, summary, select")].filter((element) =>
    element.checkVisibility(),
  );

describe("layout", () => {
  for (const name of WIDGET_NAMES) {
    it(`${name} reflows at 320 px: no horizontal scrolling, dialog included`, async () => {
      await page.viewport(320, 640);
      const { host, shadow } = mount(name, { attributes: { region: "CA-ON", audience: "workers" } });
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(host.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(overflowing(shadow)).toEqual([]);
      await openReport(shadow);
      for (const details of shadow.querySelectorAll("details")) details.open = true;
      const dialog = shadow.querySelector("dialog") as HTMLDialogElement;
      expect(dialog.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });

    it(`${name}: every control and link is at least 24 by 24 px`, async () => {
      const { shadow } = mount(name, { attributes: { region: "CA-ON", audience: "youth" } });
      await openReport(shadow);
      for (const details of shadow.querySelectorAll("details")) details.open = true;
      const small = interactive(shadow)
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}x${box.height}`);
      expect(small).toEqual([]);
    });
  }

  it("help-directory languages reflows at 320 px, every number link a 24 px target", async () => {
    await page.viewport(320, 640);
    const { host, shadow } = mount("help-directory", { bundle: ar, attributes: { variant: "languages" } });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(host.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(overflowing(shadow)).toEqual([]);
    const links = [...shadow.querySelectorAll<HTMLElement>(".lantern-help-line a")];
    expect(links).toHaveLength(helpLines.lines.length);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.height, link.closest("li")?.lang).toBeGreaterThanOrEqual(24);
      expect(box.width, link.closest("li")?.lang).toBeGreaterThanOrEqual(24);
    }
  });

  it("reads the hotline's number left to right in every line, inside Arabic and Urdu too", async () => {
    const { shadow } = mount("help-directory", { attributes: { variant: "languages" } });
    const lines = [...shadow.querySelectorAll<HTMLElement>(".lantern-help-line")];
    expect(lines.filter((li) => getComputedStyle(li).direction === "rtl").map((li) => li.lang)).toEqual([
      "ar",
      "ur",
    ]);
    for (const li of lines) {
      const digits = (li.querySelector("a") as HTMLElement).firstChild as Text;
      const x = (offset: number) => {
        const range = document.createRange();
        range.setStart(digits, offset);
        range.setEnd(digits, offset + 1);
        return range.getBoundingClientRect().left;
      };
      // Each character of "1-833-900-1010" lies to the right of the one before it: the isolate holds.
      const lefts = Array.from({ length: digits.length }, (_, offset) => x(offset));
      expect(lefts, li.lang).toEqual([...lefts].sort((a, b) => a - b));
      expect(new Set(lefts).size, li.lang).toBe(digits.length);
    }
  });

  it("on a 360 × 740 phone, help in your language is on the dialog's first screen, after 911 and the hotline's number", async () => {
    await page.viewport(360, 740);
    // The official languages' dialogs: a page in a draft language opens with the draft's notice first, and its
    // reader already has the page in their language.
    for (const bundle of [en, fr]) {
      const { shadow, unmount } = mountInShadow("report-button", { bundle });
      try {
        const dialog = await openReport(shadow);
        const summary = dialog.querySelector(".lantern-section-languages summary") as HTMLElement;
        const [emergency, hotline] = [".lantern-section-emergency", ".lantern-section-hotline"].map(
          (selector) => dialog.querySelector(`${selector} a[href^="tel:"]`) as HTMLElement,
        );
        // Not scrolled: what a phone user sees when the dialog opens.
        const box = summary.getBoundingClientRect();
        expect(box.bottom, bundle.locale.code).toBeLessThanOrEqual(window.innerHeight);
        expect(emergency?.getBoundingClientRect().bottom, bundle.locale.code).toBeLessThanOrEqual(box.top);
        expect(hotline?.getBoundingClientRect().bottom, bundle.locale.code).toBeLessThanOrEqual(box.top);
      } finally {
        // An open modal dialog left behind would make every later test's page inert.
        unmount();
      }
    }
  });

  it("opened in the dialog, the lines' number links are 24 px targets", async () => {
    const { shadow } = mount("report-button", { bundle: ar });
    const dialog = await openReport(shadow);
    await click(dialog.querySelector(".lantern-section-languages summary"));
    const small = interactive(shadow)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}x${box.height}`);
    expect(dialog.querySelector(".lantern-help-line a")?.checkVisibility()).toBe(true);
    expect(small).toEqual([]);
  });

  it("styles the dialog from its own lazily adopted sheet when the host adopted only the first-render styles", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    const own = new CSSStyleSheet();
    own.replaceSync(warningSignsStyles);
    shadow.adoptedStyleSheets = [own];
    const unmount = mountWidget("warning-signs", shadow, { bundle: en, attributes: {}, onProblem: () => {} });
    cleanup.push(() => {
      unmount();
      host.remove();
    });
    const dialog = await openReport(shadow);
    expect(shadow.adoptedStyleSheets).toHaveLength(2);
    const style = getComputedStyle(dialog);
    // dialog.css: a 2 px border in the text colour, and the sticky header.
    expect(style.borderTopWidth).toBe("2px");
    expect(style.borderTopColor).toBe("rgb(27, 27, 27)");
    const header = dialog.querySelector(".lantern-dialog-header") as HTMLElement;
    expect(getComputedStyle(header).position).toBe("sticky");
    // contacts.css: channel links are 44 px targets.
    const channel = dialog.querySelector(".lantern-dialog-content .lantern-channel") as HTMLElement;
    expect(channel.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it("report dialog with a quick-exit button reflows at 320 px, its header buttons at least 44 px", async () => {
    await page.viewport(320, 640);
    const { shadow } = mount("report-button", { exitUrl: "https://example.org/" });
    const dialog = await openReport(shadow);
    expect(overflowing(shadow)).toEqual([]);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    for (const button of dialog.querySelectorAll<HTMLElement>(".lantern-dialog-header button")) {
      const box = button.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(320);
    }
  });

  it("quick exit fits 320 px as one row a button high, in English and French, and stays at the top", async () => {
    await page.viewport(320, 640);
    for (const bundle of [en, fr]) {
      const { host, shadow, unmount } = mountQuickExitInShadow(bundle);
      cleanup.push(unmount);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const button = shadow.querySelector("button") as HTMLElement;
      const box = button.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      // One row: "How it works" beside the button, not under it ("Quitter rapidement" once pushed it under: 92 px).
      const bar = shadow.querySelector(".lantern-quick-exit") as HTMLElement;
      expect(bar.getBoundingClientRect().height, bundle.locale.code).toBeLessThan(box.height + 8);
      expect(getComputedStyle(host).position).toBe("sticky");
      expect(overflowing(shadow)).toEqual([]);
    }
  });

  it("shows a focus ring of at least 2 px on every control, even when a theme asks for a transparent one", async () => {
    const { shadow, problems } = mount("help-directory", {
      theme: { "--lantern-color-focus": "transparent" },
    });
    expect(problems.map((problem) => problem.field)).toEqual(["--lantern-color-focus"]);
    const controls = interactive(shadow);
    expect(controls.length).toBeGreaterThan(5);
    (shadow.querySelector("select") as HTMLElement).focus();
    for (let i = 0; i < controls.length; i++) {
      const current = shadow.activeElement as HTMLElement;
      const style = getComputedStyle(current);
      expect(style.outlineStyle, current.outerHTML.slice(0, 60)).toBe("solid");
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.outlineColor).toBe("rgb(194, 65, 12)");
      await userEvent.keyboard("{Tab}");
      if (!shadow.activeElement) break;
    }
  });

  it("keeps motion to a minimum when the reader asks for reduced motion", async () => {
    await commands.emulateMedia({ reducedMotion: "reduce" });
    const { shadow } = mount("report-button");
    await openReport(shadow);
    const dialog = shadow.querySelector("dialog") as HTMLDialogElement;
    expect(Number.parseFloat(getComputedStyle(dialog).animationDuration)).toBeLessThan(0.001);
    await commands.emulateMedia({ reducedMotion: "no-preference" });
    expect(Number.parseFloat(getComputedStyle(dialog).animationDuration)).toBeGreaterThan(0.1);
  });

  it("prints the content without buttons, with every category shown, and the open dialog alone", async () => {
    const { shadow, root } = mount("warning-signs");
    await click(shadow.querySelector(".lantern-disclosure-button"));
    const panel = shadow.querySelector(".lantern-disclosure-panel") as HTMLElement;
    expect(panel.checkVisibility()).toBe(false);
    await commands.emulateMedia({ media: "print" });
    expect(panel.checkVisibility()).toBe(true);
    expect((shadow.querySelector(".lantern-cta") as HTMLElement).checkVisibility()).toBe(false);
    await commands.emulateMedia({ media: null });

    await openReport(shadow);
    await commands.emulateMedia({ media: "print" });
    const dialog = shadow.querySelector("dialog") as HTMLDialogElement;
    expect(dialog.checkVisibility()).toBe(true);
    expect(
      (dialog.querySelector(".lantern-dialog-content a[href='tel:911']") as HTMLElement).checkVisibility(),
    ).toBe(true);
    expect((dialog.querySelector(".lantern-close") as HTMLElement).checkVisibility()).toBe(false);
    expect((root.querySelector("h2") as HTMLElement).checkVisibility()).toBe(false);
  });

  it("prints help in your language with the dialog, each draft with its mark, even left closed", async () => {
    const { shadow } = mount("report-button");
    const dialog = await openReport(shadow);
    const details = dialog.querySelector(".lantern-section-languages details") as HTMLDetailsElement;
    const mark = details.querySelector("[data-lantern-draft]") as HTMLElement;
    expect(details.open).toBe(false);
    expect(mark.checkVisibility()).toBe(false);
    await commands.emulateMedia({ media: "print" });
    for (const line of details.querySelectorAll<HTMLElement>(".lantern-help-line")) {
      expect(line.checkVisibility(), line.lang).toBe(true);
    }
    expect(mark.checkVisibility()).toBe(true);
    expect(mark.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it("lays out right to left for ar: text starts on the right, borders and indents mirror", async () => {
    const { root, shadow } = mount("at-risk", { bundle: ar });
    const group = shadow.querySelector(".lantern-group") as HTMLElement;
    const style = getComputedStyle(group);
    expect(getComputedStyle(root).direction).toBe("rtl");
    expect(style.borderRightWidth).toBe("4px");
    expect(style.borderLeftWidth).toBe("0px");
    const heading = root.querySelector("h2") as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    // The heading's text hugs the right edge of its box.
    expect(heading.getBoundingClientRect().right - text.right).toBeLessThan(2);
  });
});
