/**
 * The demo pages' own copy (not the widgets') is held to the content rules: partners copy these pages, so a sentence
 * such as "Reports can be anonymous." beside the report button would spread a promise only the tip lines keep. Each
 * page is parsed by Chromium with scripts off, and every block of text goes through the SDK's `pageWordingProblems`:
 * the promises `validate` refuses, the hotline's limits beside "you do not have to give your name", and a French
 * « la ligne » that does not say which line.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CanonicalList } from "@lantern/sdk/node";
import { pageWordingProblems } from "@lantern/sdk/node";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const site = fileURLToPath(new URL("../site", import.meta.url));
const canonical = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../content/canonical-contacts.json", import.meta.url)), "utf8"),
) as CanonicalList;

/**
 * The partner sites a person at risk reads, and partners copy. The tools (the index, the configurator, the content
 * report, the print page) speak to partners about Lantern ("Language", "Your name, printed as…"), not to a reader
 * about a contact, so the contact promises do not apply to them.
 */
const PARTNER_SITES = ["town", "shelter"];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

/** Each innermost block of text on the page, with the language it is in. */
async function blocks(html: string): Promise<{ lang: string; text: string }[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Nothing is fetched: the copy is what is checked, not the widgets the scripts would draw.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html);
    return await page.evaluate(() => {
      const BLOCK = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, blockquote, label, button";
      return [...document.body.querySelectorAll(BLOCK)]
        .filter((el) => !el.querySelector(BLOCK) && !el.closest("script, template, noscript, pre, code"))
        .map((el) => ({
          lang: (el.closest("[lang]")?.getAttribute("lang") ?? "en").slice(0, 2),
          text: el.textContent ?? "",
        }))
        .filter((block) => block.text.trim() !== "");
    });
  } finally {
    await context.close();
  }
}

async function problemsIn(html: string): Promise<string[]> {
  return (await blocks(html)).flatMap((block) => pageWordingProblems(block.text, block.lang, canonical));
}

describe("the demo pages' own copy", () => {
  const files = PARTNER_SITES.flatMap((name) => htmlFiles(join(site, name)));

  it("finds the pages partners copy", () => {
    const names = files.map((file) => file.slice(site.length + 1));
    expect(names.sort()).toEqual(["shelter/index.html", "town/fr/index.html", "town/index.html"]);
  });

  for (const file of files) {
    it(`promises only what the content may: ${file.slice(site.length + 1)}`, async () => {
      expect(await problemsIn(readFileSync(file, "utf8"))).toEqual([]);
    });
  }

  it("refuses the overpromises the pages once made (the check can fail)", async () => {
    const page = (lang: string, body: string) =>
      `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
    expect(
      await problemsIn(page("en", "<p>Reports can be anonymous. You do not need to be sure.</p>")),
    ).toEqual([
      '"Reports can be anonymous.": promises "anonymous" without naming whom it is true of: name the contact, as the content does',
    ]);
    const shelter = await problemsIn(
      page("en", "<p>Call 911. Everything on this page is free and you do not need to give your name.</p>"),
    );
    expect(shelter).toHaveLength(3);
    expect(shelter[0]).toContain("without the hotline's limits");
    expect(shelter.slice(1).join("\n")).toMatch(/"free"[\s\S]*"no name needed"/);
    expect(await problemsIn(page("en", "<p>The hotline is anonymous.</p>"))).toEqual([
      '"The hotline is anonymous.": promises "anonymous", which the canonical list does not say of ca-human-trafficking-hotline',
    ]);
    expect(
      await problemsIn(
        page("fr", "<p>Vous pouvez aussi communiquer avec la ligne pour quelqu’un d’autre.</p>"),
      ),
    ).toEqual([
      '"Vous pouvez aussi communiquer avec la ligne pour quelqu’un d’autre.": « la ligne » does not say which line: name the Ligne d\'urgence canadienne contre la traite des personnes',
    ]);
  });
});
