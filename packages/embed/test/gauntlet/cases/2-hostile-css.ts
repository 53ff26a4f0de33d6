/**
 * 2. Hostile CSS: page styles that reach into everything they can. Each widget (and the static fallback) is
 * screenshotted on the hostile page and on a plain page of the same width and compared pixel by pixel: at most 1%
 * of pixels may differ. Where pixels legitimately change (200% zoom, a 320 px wide screen), the check is instead
 * that nothing overflows sideways inside the shadow root and no text is cut off, the report dialog included.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import {
  expectFallback,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  type GauntletPage,
  hostPage,
  NAMES,
  openDialog,
  type PageOptions,
  type VisitOptions,
  visit,
  waitForShadowText,
} from "../harness.js";
import { difference, layoutProblems, shot } from "../look.js";

/** The static fallback, through a typo in a widget name: the one deliberate problem on these pages. */
const FALLBACK = "[data-lantern=warning-sign]";
const SELECTORS = [...NAMES.map((name) => `lantern-${name}`), FALLBACK];
const NOT_A_WIDGET = /^Lantern warning-sign: "warning-sign" is not a Lantern widget: use one of /;
/** Where the two screenshots of a widget that differs are written, to look at. */
const DUMP = join(tmpdir(), "lantern-gauntlet");
mkdirSync(DUMP, { recursive: true });
/** At most this fraction of a widget's pixels may differ from the plain page. */
const TOLERANCE = 0.01;

function page(css: string, options: PageOptions = {}) {
  const tags = NAMES.map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`).join("\n");
  return hostPage(`${tags}\n<div data-lantern="warning-sign"></div>`, {
    ...options,
    head: `<style>body { margin: 0 } ${css}</style>`,
  });
}

async function ready(watched: GauntletPage) {
  for (const name of NAMES) await expectWidget(watched.page, name);
  await expectFallback(watched.page, FALLBACK);
  // Fonts and the reserved space settle before a screenshot.
  await watched.page.evaluate(() => document.fonts.ready);
}

let plain: Map<string, Buffer> | undefined;

/** Screenshots of every widget on the plain page, taken once. */
async function reference(): Promise<Map<string, Buffer>> {
  if (plain) return plain;
  const watched = await visit(page(""));
  await ready(watched);
  const shots = new Map<string, Buffer>();
  for (const selector of SELECTORS) shots.set(selector, await shot(watched.page, selector));
  plain = shots;
  return shots;
}

const LOOKS_THE_SAME: [string, string, PageOptions][] = [
  ["`* { all: unset !important }`", "* { all: unset !important }", {}],
  ["`button { font-size: 40px !important }`", "button { font-size: 40px !important }", {}],
  ["`html { font-size: 10px }`", "html { font-size: 10px }", {}],
  [
    "a dark page (color-scheme: dark, light text on black)",
    ":root { color-scheme: dark } html, body { background: #121212; color: #e8e8e8 } a { color: #8ab4f8 }",
    {},
  ],
  ["a right-to-left page (`<html dir=rtl>`)", "", { dir: "rtl" }],
  [
    "inherited text styles on body (italic bold uppercase, spacing, indent, shadow, pre)",
    "body { font: italic 700 22px/3 Georgia, serif; letter-spacing: .2em; word-spacing: .5em; text-transform: uppercase; text-indent: 3em; text-shadow: 2px 2px red; white-space: pre; text-align: justify; cursor: wait }",
    {},
  ],
];

const REFLOWS: [string, string, VisitOptions][] = [
  [
    "200% browser zoom (a 1280 px window at 200%: 640 CSS px, device pixel ratio 2)",
    "",
    { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ],
  ["the page's own CSS zoom, `body { zoom: 2 }`", "body { zoom: 2 }", {}],
  ["a 320 px wide screen", "", { viewport: { width: 320, height: 640 } }],
];

/** Selectors whose screenshot differs from the plain page by more than the tolerance, with where to look. */
async function differences(label: string, watched: GauntletPage, selectors: string[]): Promise<string[]> {
  const shots = await reference();
  const found: string[] = [];
  for (const selector of selectors) {
    const plainShot = shots.get(selector) as Buffer;
    const hostileShot = await shot(watched.page, selector);
    const result = await difference(plainShot, hostileShot);
    if (result.fraction > TOLERANCE) {
      // Both images, to look at: the message says where.
      const name = `${label}-${selector}`.replace(/[^a-z0-9]+/gi, "-");
      writeFileSync(join(DUMP, `${name}-plain.png`), plainShot);
      writeFileSync(join(DUMP, `${name}-hostile.png`), hostileShot);
      found.push(
        `${selector}: ${(result.fraction * 100).toFixed(1)}% of pixels differ (plain ${result.a.join("×")}, hostile ${result.b.join("×")}; see ${join(DUMP, name)}-*.png)`,
      );
    }
  }
  return found;
}

/** Layout problems of every widget, and of the report dialog once opened. */
async function reflowProblems(watched: GauntletPage): Promise<{ widgets: string[]; dialog: string[] }> {
  const { page: tab } = watched;
  const widgets: string[] = [];
  for (const selector of SELECTORS) widgets.push(...(await layoutProblems(tab, selector)));
  // The report dialog too: the longest content, in the top layer.
  await openDialog(tab);
  const dialog = await layoutProblems(tab, "lantern-report-button");
  await tab.keyboard.press("Escape");
  return { widgets, dialog };
}

export function hostileCss() {
  it("(control) the comparison sees a real difference: the same widget in French", async () => {
    const shots = await reference();
    const watched = await visit(page("", { lang: "fr" }));
    await waitForShadowText(watched.page, "lantern-myths-facts", "Mythe ou fait");
    const result = await difference(
      shots.get("lantern-myths-facts") as Buffer,
      await shot(watched.page, "lantern-myths-facts"),
    );
    expect(result.fraction).toBeGreaterThan(TOLERANCE);
  });

  for (const [label, css, options] of LOOKS_THE_SAME) {
    it(`looks the same under ${label}`, async () => {
      const watched = await visit(page(css, options));
      await ready(watched);
      expect(await differences(label, watched, SELECTORS)).toEqual([]);
      await expectHostWorks(watched.page);
      expectNoErrors(watched);
      expectLanternLines(watched, [NOT_A_WIDGET]);
    });
  }

  for (const [label, css, options] of REFLOWS) {
    it(`reflows without overflow or cut-off text at ${label}, the report dialog included`, async () => {
      const watched = await visit(page(css), options);
      await ready(watched);
      const { widgets, dialog } = await reflowProblems(watched);
      expect(widgets).toEqual([]);
      expect(dialog).toEqual([]);
      await expectHostWorks(watched.page);
      expectNoErrors(watched);
      expectLanternLines(watched, [NOT_A_WIDGET]);
    });
  }
}
