/**
 * Kits to tagged PDFs through Chromium: Debian's `/usr/bin/chromium` or `CHROMIUM_PATH`, launched with the same
 * options as every Lantern browser test (inlined from @lantern/testing at build time), never a downloaded browser.
 */

import type { ContentBundle } from "@lantern/sdk";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type PrintInput, type RenderedKit, renderKit } from "../index.js";

export interface Printer {
  /**
   * A document from {@link renderKit} as PDF bytes: tagged, with an outline from its headings. `inspect` runs on
   * the laid-out page, in print media, just before it is printed (the tests measure it there).
   */
  pdf(html: string, inspect?: (page: Page) => Promise<void>): Promise<Uint8Array>;
  /** The browser, for callers that measure the rendered pages (the tests). */
  browser: Browser;
  close(): Promise<void>;
}

/** How {@link openPrinter} chooses the fonts Chromium prints with. */
export interface PrinterOptions {
  /**
   * `"system"` (the default): the machine's fonts, as a partner's printer expects. `"pinned"`: only the fonts Lantern's
   * own tests render with (installed with the repository's dev dependencies), so a PDF's line breaks and pixels are
   * the same on every machine; used by this package's tests and README pictures.
   */
  fonts?: "system" | "pinned";
}

/** Launch one Chromium for many documents; each document gets its own page, so they can render in parallel. */
export async function openPrinter({ fonts = "system" }: PrinterOptions = {}): Promise<Printer> {
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    throw new Error("lantern-print needs playwright-core to drive Chromium: pnpm add playwright-core");
  }
  const browser = await playwright.chromium.launch(chromiumLaunchOptions({ fonts }));
  // Kits are self-contained documents: the context refuses every request, so a PDF can never depend on, or
  // reveal anything to, another server.
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
  await context.route("**/*", (route) => route.abort());
  return {
    browser,
    async pdf(html, inspect) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        await page.emulateMedia({ media: "print" });
        await inspect?.(page);
        return await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
        });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Render a kit and print it to PDF with a printer from {@link openPrinter}. */
export async function renderPdf(
  printer: Printer,
  bundle: ContentBundle,
  input: PrintInput,
): Promise<RenderedKit & { pdf: Uint8Array }> {
  const kit = renderKit(bundle, input);
  return { ...kit, pdf: await printer.pdf(kit.html) };
}
