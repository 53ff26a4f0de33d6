/**
 * Playwright against Debian's Chromium, with what every page test needs: the page's uncaught errors and
 * unhandled rejections, its console messages, its CSP violations and the requests it made.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Frame,
  type Page,
} from "playwright-core";

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** console.warn / console.error lines. */
  warnings: string[];
  /** Every console message, of any type, as "type: text". */
  messages: string[];
  /** Every request the context made (page, frames, workers), in order, as full URLs: those a route answered too. */
  requests: string[];
  /** `securitypolicyviolation` events, as "directive blocked-uri". */
  violations(): Promise<string[]>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Runs before the first navigation: routes, init scripts (a hostile page's own setup). */
  before?: (page: Page, context: BrowserContext) => Promise<void>;
}

export async function open(browser: Browser, url: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const { before, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const messages: string[] = [];
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    messages.push(`${message.type()}: ${message.text()}`);
    if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await before?.(page, context);
  await page.goto(url);
  return {
    page,
    context,
    errors,
    warnings,
    messages,
    requests,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** The text inside a Lantern element's shadow root, once it has rendered more than `min` characters. */
export async function shadowText(page: Page, selector: string, min = 5): Promise<string> {
  // What only prints (911 and the hotline in place of the report button) is not on screen: left out, so a widget
  // never reads as the fallback.
  const read = (sel: string) => {
    const root = document.querySelector(sel)?.shadowRoot;
    if (!root) return "";
    const copy = document.createElement("div");
    for (const node of root.childNodes) copy.append(node.cloneNode(true));
    for (const printed of copy.querySelectorAll(".lantern-print-only")) printed.remove();
    return copy.textContent ?? "";
  };
  // Polled from here, not with waitForFunction: passing the reader into the page that way needs eval, which the
  // strict-CSP pages forbid.
  for (let waited = 0; (await page.evaluate(read, selector)).trim().length <= min; waited += 50) {
    if (waited > 30_000) throw new Error(`${selector} showed no text within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return page.evaluate(read, selector);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * WCAG 2.2 A/AA violations axe finds in a page or a frame (in `selector`, or the whole document), as
 * "rule (nodes)". axe is evaluated from the test, not added as a script tag: the pages' strict CSPs rightly refuse
 * inline script.
 */
export async function axeViolations(target: Page | Frame, selector?: string): Promise<string[]> {
  await target.evaluate(AXE);
  return target.evaluate(async (within) => {
    const { axe } = window as unknown as {
      axe: {
        run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
      };
    };
    const result = await axe.run(within ? document.querySelector(within) : document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  }, selector);
}
