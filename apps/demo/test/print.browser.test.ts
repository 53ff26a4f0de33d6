/**
 * Paper counts: a person may be handed a printed help page. The town's and the shelter's pages, printed to PDF by
 * Debian's Chromium and read back with pdftotext (poppler-utils), carry 911, the hotline and the partner's own line as
 * text, the sources, and no quick exit or other button; printed with the report dialog open, the dialog prints whole,
 * from its title, and is a modal dialog again afterwards.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import en from "@lantern/sdk/content/en";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../scripts/server.mjs";

let browser: Browser;
let demo: { origin: string; close(): Promise<unknown> };
const folder = mkdtempSync(join(tmpdir(), "lantern-print-"));

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const HOTLINE = "1-833-900-1010";

/** The page printed to a Letter PDF, as text in reading order (pdftotext), with the PDF's page count. */
async function printed(page: Page, name: string) {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "Letter", tagged: true }));
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  // pdftotext breaks lines where the page does: join them so a phrase can be found whole.
  return { text: text.replace(/\s+/g, " "), pages };
}

async function visit(path: string, hosts: string[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${demo.origin}${path}`);
  await page.waitForFunction(
    (selectors) =>
      selectors.every(
        (selector) => (document.querySelector(selector)?.shadowRoot?.textContent ?? "").length > 20,
      ),
    hosts,
  );
  return { page, errors, context };
}

describe("printing a help page", () => {
  it("the town's page prints 911, the hotline and the sources, and no quick exit or button", async () => {
    const { page, errors, context } = await visit("/town/", [
      "lantern-warning-signs",
      "lantern-report-button",
      "lantern-myths-facts",
      "lantern-quick-exit",
    ]);
    const { text } = await printed(page, "town");
    expect(text).toContain("911");
    expect(text).toContain(HOTLINE);
    expect(text).toContain(en.ui["fallback.heading"]);
    // Sources print even though their list is folded on screen.
    expect(text).toContain("canadianhumantraffickinghotline.ca");
    for (const control of [
      en.ui["quickExit.label"],
      en.ui["quickExit.aboutLabel"],
      en.ui["common.reportCta"],
    ])
      expect(text, `"${control}" is a control: it does nothing on paper`).not.toContain(control);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the shelter's page prints its own crisis line beside 911 and the hotline", async () => {
    const { page, errors, context } = await visit("/shelter/", [
      "[data-lantern=report-button]",
      "[data-lantern=help-directory]",
      "[data-lantern=at-risk]",
    ]);
    const { text } = await printed(page, "shelter");
    expect(text).toContain("911");
    expect(text).toContain(HOTLINE);
    expect(text).toContain("905-555-0142");
    expect(text).not.toContain(en.ui["quickExit.label"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("printed with the report dialog open, the dialog prints whole from its title, then is modal again", async () => {
    const { page, errors, context } = await visit("/town/", ["lantern-report-button", "lantern-quick-exit"]);
    await page
      .locator("lantern-report-button")
      .getByRole("button", { name: en.ui["reportButton.label"] })
      .click();
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector("lantern-report-button")
          ?.shadowRoot?.querySelector("dialog[open] .lantern-section-hotline"),
      ),
    );
    const { text } = await printed(page, "town-dialog");
    const title = text.indexOf(en.ui["reportButton.dialogTitle"]);
    expect(title, "the dialog's title prints").toBeGreaterThanOrEqual(0);
    // Its first sections follow the title, in order: nothing above them was cut off.
    const emergency = text.indexOf(en.ui["reportButton.emergencyHeading"], title);
    const hotline = text.indexOf(HOTLINE, emergency);
    expect(emergency).toBeGreaterThan(title);
    expect(hotline).toBeGreaterThan(emergency);
    expect(text.indexOf("911", title)).toBeGreaterThan(title);
    // Close and the dialog's own quick exit do nothing on paper.
    expect(text).not.toContain(en.ui["common.close"]);
    // After printing it is a modal dialog again, with focus on its title.
    expect(
      await page.evaluate(() => {
        const root = document.querySelector("lantern-report-button")?.shadowRoot;
        const dialog = root?.querySelector("dialog");
        return { modal: dialog?.matches(":modal"), focus: root?.activeElement?.localName };
      }),
    ).toEqual({ modal: true, focus: "h2" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
