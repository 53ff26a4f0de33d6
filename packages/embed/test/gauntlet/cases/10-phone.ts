/**
 * 10. On the phone of the person it is for: the sticky quick exit is one button high on a 360 px touch screen, in
 * both orientations, and says nothing about a keyboard there; no control reached with Tab hides under anything
 * Lantern makes sticky, at 200 % and 400 % zoom, on the page and in the report dialog (WCAG 2.2 SC 2.4.11); and a
 * report button whose dialog stalls still gives 911 and the hotline.
 */
import type { ServerResponse } from "node:http";
import fr from "@lantern/sdk/content/fr";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { read } from "../../files.js";
import {
  expectNoErrors,
  expectWidget,
  g,
  HOTLINE,
  hostPage,
  note,
  openDialog,
  until,
  type VisitOptions,
  visit,
  waitForShadowText,
} from "../harness.js";

/** A 360 × 740 phone with touch: the reader Lantern is for. */
const PHONE: VisitOptions = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const LANDSCAPE: VisitOptions = { viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true };
/** 1280 × 1024 at 400 % and 200 % zoom: the CSS viewport a browser then gives the page. */
const ZOOM_400: VisitOptions = { viewport: { width: 320, height: 256 } };
const ZOOM_200: VisitOptions = { viewport: { width: 640, height: 512 } };
const DESKTOP: VisitOptions = { viewport: { width: 1280, height: 900 } };

/** A long help page as partners make them: headings, text, links, and the widgets between them. */
function helpPage(lang = "en") {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the partner's own text, with <a href="#p${n}">a link</a> in it.</p>`;
  const body = `<main>
<h2>Warning signs</h2>${paragraph(1)}<lantern-warning-signs></lantern-warning-signs>
<h2>Report</h2>${paragraph(2)}<lantern-report-button></lantern-report-button>
<h2>Myths</h2>${paragraph(3)}<lantern-myths-facts></lantern-myths-facts>
${Array.from({ length: 6 }, (_, n) => paragraph(n + 4)).join("\n")}
</main>`;
  // A viewport tag, as real pages have: without it a phone lays the page out 980 px wide and zooms out.
  return hostPage(body, {
    lang,
    top: "<lantern-quick-exit></lantern-quick-exit>",
    head: '<meta name="viewport" content="width=device-width, initial-scale=1">',
  });
}

async function ready(page: Page, lang: "en" | "fr" = "en") {
  if (lang === "en") {
    for (const name of ["quick-exit", "warning-signs", "report-button", "myths-facts"] as const)
      await expectWidget(page, name);
    return;
  }
  // The page's text is read with white space collapsed, French's non-breaking spaces included.
  for (const [selector, key] of [
    ["lantern-quick-exit", "quickExit.label"],
    ["lantern-warning-signs", "warningSigns.heading"],
    ["lantern-report-button", "reportButton.label"],
    ["lantern-myths-facts", "mythsFacts.heading"],
  ] as const)
    await waitForShadowText(page, selector, fr.ui[key].replace(/\s+/g, " "));
}

/** The quick exit's box after the page has scrolled well past it, and whether each Shift hint is displayed. */
function stuckExit(page: Page) {
  return page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const host = document.querySelector("lantern-quick-exit") as HTMLElement;
    const box = host.getBoundingClientRect();
    const hints = [...(host.shadowRoot?.querySelectorAll(".lantern-quick-exit-hint") ?? [])];
    return {
      top: Math.round(box.top),
      height: Math.round(box.height),
      share: box.height / window.innerHeight,
      hintShown: hints.some((hint) => getComputedStyle(hint).display !== "none"),
      scrolled: window.scrollY > 0,
    };
  });
}

/**
 * Tab through the page (or the open dialog) `stops` times, then Shift+Tab back as many: going back is when a sticky
 * bar at the top hides things, since the browser scrolls the control in at the top edge. At each stop, is the
 * focused control (found through shadow roots) entirely hidden by a sticky Lantern element: the quick exit, or the
 * dialog's header?
 */
async function tabThrough(page: Page, stops: number) {
  const hidden: string[] = [];
  for (let i = 0; i < stops * 2; i++) {
    await page.keyboard.press(i < stops ? "Tab" : "Shift+Tab");
    const verdict = await page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return null;
      const box = active.getBoundingClientRect();
      const exitHost = document.querySelector("lantern-quick-exit");
      const coverers: DOMRect[] = [];
      // The quick exit covers the page only while it is stuck; its own controls are never under it.
      if (exitHost && !exitHost.shadowRoot?.contains(active)) coverers.push(exitHost.getBoundingClientRect());
      const dialog = active.closest("dialog");
      const header = dialog?.querySelector(".lantern-dialog-header");
      if (header && !header.contains(active) && getComputedStyle(header).position === "sticky")
        coverers.push(header.getBoundingClientRect());
      const under = coverers.some(
        (cover) => box.top >= cover.top - 0.5 && box.bottom <= cover.bottom + 0.5 && box.height > 0,
      );
      const outside = box.bottom <= 0 || box.top >= window.innerHeight;
      return under || outside
        ? `${active.localName}.${active.className}: "${active.textContent?.trim()}"`
        : "";
    });
    if (verdict) hidden.push(verdict);
  }
  return hidden;
}

export function phone() {
  it("the quick exit sticks as one button-high row on a 360 px phone, upright and sideways, with no keyboard hint", async () => {
    const figures: string[] = [];
    for (const [label, options] of [
      ["360×740 touch", PHONE],
      ["740×360 touch", LANDSCAPE],
    ] as const) {
      for (const lang of ["en", "fr"] as const) {
        const watched = await visit(helpPage(lang), options);
        await ready(watched.page, lang);
        const exit = await stuckExit(watched.page);
        expect(exit.scrolled, label).toBe(true);
        expect(exit.top, label).toBe(0);
        expect(exit.height, `${label} ${lang}`).toBeLessThanOrEqual(56);
        expect(exit.hintShown, `${label} ${lang}: no Shift hint on a touch screen`).toBe(false);
        figures.push(`${label} ${lang}: ${exit.height} px (${Math.round(exit.share * 100)} % of the screen)`);
        expectNoErrors(watched);
        await watched.context.close();
      }
    }
    // With a mouse and a wide window, the shortcut is said in the same row.
    const desktop = await visit(helpPage(), DESKTOP);
    await ready(desktop.page);
    const exit = await stuckExit(desktop.page);
    expect(exit.hintShown).toBe(true);
    expect(exit.height).toBeLessThanOrEqual(56);
    figures.push(`1280×900 mouse: ${exit.height} px, Shift hint shown`);
    await desktop.context.close();
    note(`sticky quick exit: ${figures.join("; ")}`);
  });

  it("no control reached with Tab is hidden by the sticky quick exit at 200 % and 400 % zoom", async () => {
    const figures: string[] = [];
    for (const [label, options] of [
      ["400 % (320×256)", ZOOM_400],
      ["200 % (640×512)", ZOOM_200],
    ] as const) {
      const watched = await visit(helpPage(), options);
      const { page } = watched;
      await ready(page);
      const stops = 40;
      const hidden = await tabThrough(page, stops);
      expect(hidden, `${label}: focused controls hidden:\n${hidden.join("\n")}`).toEqual([]);
      figures.push(`${label}: ${hidden.length} of ${stops} focus stops (each way) hidden`);
      expectNoErrors(watched);
      await watched.context.close();
    }
    // Control: the same walk on a page whose CSS takes back the scroll padding finds stops under the bar, so the
    // check above can fail.
    const control = await visit(
      helpPage().replace("</head>", "<style>html { scroll-padding-top: 0 !important; }</style></head>"),
      ZOOM_400,
    );
    await ready(control.page);
    const underBar = await tabThrough(control.page, 40);
    expect(underBar.length).toBeGreaterThan(0);
    figures.push(`control without the scroll padding at 400 %: ${underBar.length} of 40 hidden`);
    await control.context.close();
    note(`page, Tab: ${figures.join("; ")}`);
  });

  it("no control in the report dialog is hidden by its header at 200 % and 400 % zoom", async () => {
    const figures: string[] = [];
    for (const [label, options] of [
      ["400 % (320×256)", ZOOM_400],
      ["200 % (640×512)", ZOOM_200],
    ] as const) {
      const watched = await visit(helpPage(), options);
      const { page } = watched;
      await ready(page);
      await openDialog(page);
      const header = await page.evaluate(() => {
        const bar = document
          .querySelector("lantern-report-button")
          ?.shadowRoot?.querySelector(".lantern-dialog-header") as HTMLElement;
        return { position: getComputedStyle(bar).position, height: Math.round(bar.offsetHeight) };
      });
      const stops = 25;
      const hidden = await tabThrough(page, stops);
      expect(hidden, `${label}: focused controls hidden in the dialog:\n${hidden.join("\n")}`).toEqual([]);
      figures.push(
        `${label}: header ${header.position} (${header.height} px), ${hidden.length} of ${stops} hidden`,
      );
      expectNoErrors(watched);
      await watched.context.close();
    }
    note(`report dialog, Tab: ${figures.join("; ")}`);
  });

  it("a report dialog that stalls on a phone shows 911 and the hotline, then opens when it arrives", async () => {
    const path = `${g.base}content/en/dialog.js`;
    const held: ServerResponse[] = [];
    const unroute = g.server.route(path, (_request, response) => held.push(response));
    try {
      const watched = await visit(helpPage(), PHONE);
      const { page } = watched;
      await ready(page);
      const button = page.locator("lantern-report-button").getByRole("button").first();
      await button.tap();
      await expect.poll(() => held.length).toBe(1);
      // Announced while it waits, then the numbers, without a second tap.
      await until(
        page,
        () =>
          Boolean(
            document
              .querySelector("lantern-report-button")
              ?.shadowRoot?.querySelector('.lantern-report [role="status"]')
              ?.textContent?.trim(),
          ),
        "",
      );
      await until(
        page,
        (hotline) => {
          const box = document
            .querySelector("lantern-report-button")
            ?.shadowRoot?.querySelector('.lantern-report-fallback[role="alert"]');
          return Boolean(box?.textContent?.includes(hotline) && box.querySelector('a[href="tel:911"]'));
        },
        HOTLINE,
        8000,
      );
      // A second tap is not ignored: the numbers stay, and the wait goes on.
      await button.tap();
      const response = held[0] as ServerResponse;
      response.writeHead(200, { "content-type": "text/javascript", "access-control-allow-origin": "*" });
      response.end(read("content/en/dialog.js"));
      unroute();
      await until(
        page,
        () =>
          Boolean(
            document
              .querySelector("lantern-report-button")
              ?.shadowRoot?.querySelector("dialog[open] .lantern-section-emergency a[href='tel:911']"),
          ),
        "",
      );
      expect(
        await page.evaluate(
          () =>
            document
              .querySelector("lantern-report-button")
              ?.shadowRoot?.querySelector(".lantern-report-fallback") === null,
        ),
      ).toBe(true);
      expectNoErrors(watched);
      expect(watched.lantern()).toEqual([]);
      note(
        "stalled dialog content: 911 and the hotline shown while waiting; the dialog opened when it arrived",
      );
      await watched.context.close();
    } finally {
      unroute();
    }
  });
}
