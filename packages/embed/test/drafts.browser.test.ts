/**
 * A translation no fluent reviewer has signed off says so wherever it shows (issue 25): in Debian's Chromium, every
 * widget of the Arabic draft on a partner's page, the report dialog it opens, and the iframe page show the draft
 * mark, visible, in Arabic and in English; without `allow-draft` the draft is not shown at all; and no static HTML is
 * built from a draft. The same for the help-in-your-language lines, each a draft until reviewed: in the help
 * directory's `languages` variant on a page, in the iframe page, in its static HTML and in the report dialog, every
 * line carries its own `lang` and `dir`, the hotline's number in a left-to-right isolate, and its mark.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ContentBundle } from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import lines from "@lantern/sdk/content/lines";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shadowText } from "./browser.js";
import { manifest } from "./files.js";
import { startServer, type TestServer } from "./server.js";

const notice = (ar as ContentBundle).draftNotice as { text: string; en: string };
const CONTENT_WIDGETS = ["warning-signs", "at-risk", "myths-facts", "help-directory", "report-button"];

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = await startServer();
  base = `/lantern/${manifest.version}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The draft marks in `host`'s shadow root (and in its open dialog, which lives there too): each mark's text by
 * language, and whether it takes space on screen.
 */
function marks(page: Page, host: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    return [...(root?.querySelectorAll("[data-lantern-draft]") ?? [])].map((mark) => {
      const box = mark.getBoundingClientRect();
      const style = getComputedStyle(mark);
      return {
        draft: mark.getAttribute("data-lantern-draft"),
        visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden",
        ar: mark.querySelector('[lang="ar"]')?.textContent?.trim(),
        en: mark.querySelector('[lang="en"]')?.textContent?.trim(),
      };
    });
  }, host);
}

const expected = { draft: "ar", visible: true, ar: notice.text, en: notice.en };

describe("a draft translation is marked wherever it renders", { timeout: 120_000 }, () => {
  it("every widget on a partner's page, with allow-draft, shows the mark in Arabic and in English", async () => {
    const tags = CONTENT_WIDGETS.map((name) => `<lantern-${name} lang="ar" allow-draft></lantern-${name}>`);
    server.page(
      "/draft-page",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><script src="${base}embed.js" async></script></head><body>${tags.join("\n")}</body></html>`,
    );
    const { page, context, errors } = await open(browser, `${server.origin}/draft-page`, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      for (const name of CONTENT_WIDGETS) {
        await shadowText(page, `lantern-${name}`);
        expect(await marks(page, `lantern-${name}`), name).toContainEqual(expected);
      }
      // The report dialog, opened from the button: its own first screen says it too.
      await page.locator("lantern-report-button").locator("button[aria-haspopup=dialog]").click();
      await page.locator("lantern-report-button").locator("dialog[open]").waitFor();
      const inDialog = await page.evaluate(() => {
        const dialog = document
          .querySelector("lantern-report-button")
          ?.shadowRoot?.querySelector("dialog[open]");
        const mark = dialog?.querySelector("[data-lantern-draft]");
        const box = mark?.getBoundingClientRect();
        return { draft: mark?.getAttribute("data-lantern-draft"), inView: !!box && box.top < innerHeight };
      });
      expect(inDialog).toEqual({ draft: "ar", inView: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("without allow-draft, the draft is not shown: English, and no mark", async () => {
    server.page(
      "/draft-no-opt-in",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><script src="${base}embed.js" async></script></head><body><lantern-warning-signs lang="ar"></lantern-warning-signs></body></html>`,
    );
    const { page, context } = await open(browser, `${server.origin}/draft-no-opt-in`);
    try {
      await shadowText(page, "lantern-warning-signs");
      expect(await marks(page, "lantern-warning-signs")).toEqual([]);
      const lang = await page.evaluate(() =>
        document
          .querySelector("lantern-warning-signs")
          ?.shadowRoot?.querySelector(".lantern")
          ?.getAttribute("lang"),
      );
      expect(lang).toBe("en");
    } finally {
      await context.close();
    }
  });

  it("the iframe page shows the mark, with the page's lang and dir", async () => {
    const { page, context } = await open(
      browser,
      `${server.origin}${base}frame.html?widget=warning-signs&lang=ar&allow-draft`,
    );
    try {
      await shadowText(page, "[data-lantern]");
      expect(await marks(page, "[data-lantern]")).toContainEqual(expected);
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(["ar", "rtl"]);
    } finally {
      await context.close();
    }
  });

  it("no static HTML is built from a draft", () => {
    const staticDir = fileURLToPath(new URL(`../dist/cdn/${manifest.version}/static/`, import.meta.url));
    expect(existsSync(`${staticDir}en`)).toBe(true);
    expect(existsSync(`${staticDir}ar`)).toBe(false);
  });
});

/**
 * Each help-in-your-language line under `within` (a Lantern host's shadow root, or the document): its `lang`, `dir`,
 * the direction of the element holding the hotline's number, and its draft mark's words, if it shows one.
 */
function lineReport(page: Page, host: string | null, openDetails = false) {
  return page.evaluate(
    ([selector, open]) => {
      const within = selector ? document.querySelector(selector)?.shadowRoot : document;
      if (open) for (const details of within?.querySelectorAll("details") ?? []) details.open = true;
      return [...(within?.querySelectorAll(".lantern-help-line") ?? [])].map((line) => {
        const number = [...line.querySelectorAll("a")].find((a) => a.textContent === "1-833-900-1010");
        const mark = line.querySelector("[data-lantern-draft]");
        const box = mark?.getBoundingClientRect();
        return {
          lang: line.getAttribute("lang"),
          dir: line.getAttribute("dir"),
          number: number ? getComputedStyle(number.parentElement as Element).direction : "none",
          isolated: number?.closest("[dir]") !== line,
          mark: mark && box && box.width > 0 ? mark.textContent?.replace(/\s+/g, " ").trim() : "none",
        };
      });
    },
    [host, openDetails] as const,
  );
}

/** What every line must show while it is a draft. */
const everyLine = lines.lines.map((line) => ({
  lang: line.lang,
  dir: line.dir,
  number: "ltr",
  isolated: true,
  mark: `${line.draft?.text} ${line.draft?.en}`,
}));

describe("every help-in-your-language line is marked while it is a draft", { timeout: 120_000 }, () => {
  it("is a draft today: the test below is about every line", () => {
    expect(lines.lines.every((line) => line.status === "draft" && line.draft)).toBe(true);
  });

  it("in the help directory's languages variant on a page, and in the report dialog's disclosure", async () => {
    server.page(
      "/lines-page",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><script src="${base}embed.js" async></script></head><body><lantern-help-directory variant="languages"></lantern-help-directory><lantern-report-button></lantern-report-button></body></html>`,
    );
    const { page, context, errors } = await open(browser, `${server.origin}/lines-page`, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await shadowText(page, "lantern-help-directory");
      expect(await lineReport(page, "lantern-help-directory")).toEqual(everyLine);
      await shadowText(page, "lantern-report-button");
      await page.locator("lantern-report-button").locator("button[aria-haspopup=dialog]").click();
      await page
        .locator("lantern-report-button")
        .locator("dialog[open] .lantern-section-languages summary")
        .click();
      expect(await lineReport(page, "lantern-report-button")).toEqual(everyLine);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("in the iframe page", async () => {
    const { page, context } = await open(
      browser,
      `${server.origin}${base}frame.html?widget=help-directory&variant=languages&lang=fr`,
    );
    try {
      await shadowText(page, "[data-lantern]");
      expect(await lineReport(page, "[data-lantern]")).toEqual(everyLine);
    } finally {
      await context.close();
    }
  });

  it("in the static HTML, in English and in French", async () => {
    for (const lang of ["en", "fr"]) {
      const fragment = readFileSync(
        new URL(
          `../dist/cdn/${manifest.version}/static/${lang}/help-directory-languages.html`,
          import.meta.url,
        ),
        "utf8",
      ).replace('href="../', `href="${base}static/`);
      server.page(
        `/lines-static-${lang}`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Static</title></head><body>${fragment}</body></html>`,
      );
      const { page, context } = await open(browser, `${server.origin}/lines-static-${lang}`);
      try {
        expect(await lineReport(page, null), lang).toEqual(everyLine);
      } finally {
        await context.close();
      }
    }
  });
});
