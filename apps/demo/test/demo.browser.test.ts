/**
 * `pnpm start`'s server, in Debian's Chromium: every page is served, the widgets render on both partner pages in
 * both languages, and the configurator's snippet, pasted into a blank page, renders the chosen widget with an
 * integrity hash that matches the file, and preloads exactly what the loader then imports.
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES, startDemoServer } from "../scripts/server.mjs";

let browser: Browser;
let demo: { origin: string; close(): Promise<unknown> };

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function visit(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${demo.origin}${path}`);
  return { page, errors, context };
}

const shadowText = async (page: Page, selector: string, expected: string) => {
  await page.waitForFunction(
    ([sel, text]) =>
      (document.querySelector(sel as string)?.shadowRoot?.textContent ?? "").includes(text as string),
    [selector, expected] as const,
  );
  return page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? "", selector);
};

describe("pnpm start's server", () => {
  it("serves every page, and the CDN files with their cache and CORS headers", async () => {
    for (const [path] of PAGES) {
      const response = await fetch(`${demo.origin}${path}`);
      expect(response.status, path).toBe(200);
    }
    const manifest = await (await fetch(`${demo.origin}/lantern/manifest.json`)).json();
    const pinned = await fetch(`${demo.origin}/lantern/${manifest.version}/embed.js`);
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(pinned.headers.get("access-control-allow-origin")).toBe("*");
    const moving = await fetch(`${demo.origin}/lantern/v1/embed.js`);
    expect(moving.headers.get("cache-control")).toMatch(/^public, max-age=600/);
  });
});

describe("the partner pages", () => {
  it("show the town's widgets in English and in French", async () => {
    for (const [path, bundle] of [
      ["/town/", en],
      ["/town/fr/", fr],
    ] as const) {
      const { page, errors, context } = await visit(path);
      await shadowText(page, "lantern-warning-signs", bundle.ui["warningSigns.heading"]);
      await shadowText(page, "lantern-myths-facts", bundle.ui["mythsFacts.heading"]);
      await shadowText(page, "lantern-report-button", bundle.ui["reportButton.label"]);
      await shadowText(page, "lantern-quick-exit", bundle.ui["quickExit.label"]);
      expect(errors, path).toEqual([]);
      await context.close();
    }
  });

  it("show the shelter's directory with its own crisis line and theme", async () => {
    const { page, errors, context } = await visit("/shelter/");
    const text = await shadowText(
      page,
      "[data-lantern=help-directory]",
      "Harbour House crisis line (fictional)",
    );
    expect(text).toContain("905-555-0142");
    expect(text).toContain("1-833-900-1010");
    await shadowText(page, "[data-lantern=at-risk]", en.ui["atRisk.heading"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the snippet configurator", () => {
  it("turns the chosen lines of an HSDS file into the configuration block, and says why each other record is left out", async () => {
    // A fixed day for assured_date, so the sample's good records stay good as the calendar moves.
    const { page, errors, context } = await visit("/configurator/?today=2026-12-06");
    await page.selectOption("#widget", "help-directory");
    // The SDK's sample partner file: two good records and five that cannot be used (sdk/test/hsds.test.ts).
    await page.setInputFiles(
      "#hsds-file",
      fileURLToPath(
        new URL("../../../packages/sdk/test/fixtures/hsds/partner-services.json", import.meta.url),
      ),
    );
    await expect.poll(() => page.locator("#hsds-rejected li").count()).toBe(5);
    const block = async () =>
      JSON.parse(
        /data-lantern-config>(.*?)<\/script>/.exec((await page.textContent("#snippet")) ?? "")?.[1] ?? "{}",
      );
    expect((await block()).contacts.map((contact: { id: string }) => contact.id)).toEqual([
      "north-shore-women-s-shelter",
      "town-police-non-emergency",
    ]);
    expect(await page.locator("#hsds-rejected").textContent()).toContain(
      "Settlement Services Line: was last checked on 2025-11-30 (assured_date)",
    );
    // Unchecking a line takes it out of the snippet; the preview shows the one left.
    await page.uncheck("#hsds-records input[value$='1a01']");
    await expect.poll(async () => (await block()).contacts?.length).toBe(1);
    await shadowText(page, "#preview lantern-help-directory", "Town Police Non-Emergency");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("generates a snippet that, pasted into a blank page, renders the chosen widget; its SRI hash matches the file", async () => {
    const { page, errors, context } = await visit("/configurator/");
    await page.selectOption("#widget", "myths-facts");
    await page.selectOption("#lang", "fr");
    await expect.poll(() => page.textContent("#snippet")).toContain("lantern-myths-facts");
    const snippet = (await page.textContent("#snippet")) ?? "";
    expect(snippet).toContain('lang="fr"');
    await shadowText(page, "#preview lantern-myths-facts", fr.ui["mythsFacts.heading"]);

    const integrity = /integrity="([^"]+)"/.exec(snippet)?.[1];
    const src = /src="([^"]+embed\.js)"/.exec(snippet)?.[1] as string;
    const bytes = Buffer.from(await (await fetch(src)).arrayBuffer());
    expect(integrity).toBe(`sha384-${createHash("sha384").update(bytes).digest("base64")}`);

    const blank = await context.newPage();
    const blankErrors: string[] = [];
    blank.on("pageerror", (error) => blankErrors.push(String(error)));
    await blank.setContent(`<!doctype html><html lang="en"><body>${snippet}</body></html>`);
    await shadowText(blank, "lantern-myths-facts", fr.ui["mythsFacts.heading"]);
    expect(blankErrors).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers each widget its own variants: the help directory's languages, with its reserve and static HTML", async () => {
    const { page, errors, context } = await visit("/configurator/");
    await page.selectOption("#widget", "myths-facts");
    // One variant: nothing to choose.
    await expect.poll(() => page.isDisabled("#variant")).toBe(true);
    await page.selectOption("#widget", "help-directory");
    await expect.poll(() => page.isDisabled("#variant")).toBe(false);
    expect(
      await page
        .locator("#variant option")
        .evaluateAll((options) => options.map((o) => o.getAttribute("value"))),
    ).toEqual(["full", "languages"]);
    await page.selectOption("#variant", "languages");
    await expect.poll(() => page.textContent("#snippet")).toContain('variant="languages"');
    // Its own reserve rule, and the default's rule leaves it alone.
    expect(await page.textContent("#reserve-css")).toContain('lantern-help-directory[variant="languages"]');
    expect(await page.textContent("#static")).toContain('class="lantern-help-line"');
    expect(await page.textContent("#iframe")).toContain("variant=languages");
    await shadowText(page, "#preview lantern-help-directory", en.ui["helpLines.heading"]);
    // Back to a widget without it: the choice does not follow.
    await page.selectOption("#widget", "warning-signs");
    await expect.poll(() => page.textContent("#snippet")).toContain("lantern-warning-signs");
    expect(await page.textContent("#snippet")).not.toMatch(/<lantern-warning-signs[^>]*variant=/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("preloads exactly the files the loader imports first, and the browser fetches each of them once", async () => {
    const { page, context } = await visit("/configurator/");
    const pasted = async (widget: string) => {
      await expect.poll(() => page.textContent("#snippet")).toContain(`lantern-${widget}`);
      const snippet = (await page.textContent("#snippet")) ?? "";
      const preloaded = [...snippet.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
      const blank = await context.newPage();
      await blank.setContent(`<!doctype html><html lang="en"><body>${snippet}</body></html>`);
      await blank.waitForFunction(
        (tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? "").length > 5,
        `lantern-${widget}`,
      );
      await blank.waitForLoadState("networkidle");
      // One resource timing entry per fetch: a preload the loader's import() did not reuse would show twice.
      const fetched = await blank.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((url) => url.includes("/lantern/") && !url.endsWith("/embed.js")),
      );
      await blank.close();
      return { preloaded: preloaded.sort(), fetched: fetched.sort() };
    };
    const paths = (urls: (string | undefined)[]) =>
      urls.map((url) => url?.replace(/^.*\/lantern\/[^/]+\//, ""));

    // Without settings, in a reviewed language: the first paint, alone.
    await page.selectOption("#widget", "warning-signs");
    await page.selectOption("#lang", "fr");
    const plain = await pasted("warning-signs");
    expect(paths(plain.preloaded)).toEqual(["first/fr/warning-signs.js"]);
    expect(plain.fetched).toEqual(plain.preloaded);

    // With a setting: the chunk, the chunks it imports and the content.
    await page.selectOption("#region", "CA-ON");
    const set = await pasted("warning-signs");
    expect(paths(set.preloaded)).toContain("widgets/warning-signs.js");
    expect(paths(set.preloaded)).toContain("content/fr/warning-signs.js");
    expect(set.fetched).toEqual(set.preloaded);

    // With a partner configuration (a theme): overrides.js too.
    await page.selectOption("#region", "CA");
    await page.fill("#accent", "#0b4ea2");
    const configured = await pasted("warning-signs");
    expect(paths(configured.preloaded)).toContain("overrides.js");
    expect(configured.fetched).toEqual(configured.preloaded);

    await page.fill("#accent", "");
    await page.selectOption("#widget", "quick-exit");
    const exit = await pasted("quick-exit");
    expect(paths(exit.preloaded)).toEqual(["quick-exit.js"]);
    expect(exit.fetched).toEqual(exit.preloaded);
    await context.close();
  });

  it("explains an invalid phone number and a colour that fails contrast, in place", async () => {
    const { page, context } = await visit("/configurator/");
    await page.fill("#contact-name", "Town line");
    await page.fill("#contact-phone", "call us");
    await expect.poll(() => page.textContent("#contact-phone-problem")).toContain("is not a phone number");
    await page.fill("#accent", "#ffff00");
    await expect.poll(() => page.textContent("#accent-problem")).toMatch(/contrast/);
    await context.close();
  });
});

describe("the content page", () => {
  it("lists each language's completeness and the facts marked for review", async () => {
    const { page, errors, context } = await visit("/content/");
    await page.waitForSelector("table");
    const text = (await page.textContent("#report")) ?? "";
    expect(text).toContain("Français (fr)");
    expect(text).toContain("100.0%");
    expect(text).toContain("talk4healing");
    expect(errors).toEqual([]);
    await context.close();
  });
});
