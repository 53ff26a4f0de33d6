/**
 * The real snippet on real host pages, in Debian's Chromium: a partner pastes the script tag and elements, and
 * every widget must render in its shadow root, work by keyboard, leave on quick exit, hold under a strict CSP, pass
 * axe, and survive bad input with a console message and the 911/hotline fallback.
 */
import { readFileSync } from "node:fs";
import { addMonths, contacts } from "@lantern/sdk";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, open, shadowText } from "./browser.js";
import { manifest } from "./files.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;
let browser: Browser;
let base: string;

/** A plain partner page: the snippet in the head, `body` as given. */
function hostPage(body: string, { lang = "en", head = "" } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>
<script src="${base}embed.js" async></script>${head}</head><body><h1>Partner page</h1>${body}</body></html>`;
}

const HEADINGS = {
  "warning-signs": "warningSigns.heading",
  "at-risk": "atRisk.heading",
  "myths-facts": "mythsFacts.heading",
  "help-directory": "helpDirectory.heading",
  "report-button": "reportButton.label",
  "quick-exit": "quickExit.label",
} as const;

beforeAll(async () => {
  server = await startServer();
  base = `/lantern/${manifest.version}/`;
  browser = await launch();
  // The default exit page is a public weather site: answer it locally, since tests never leave 127.0.0.1.
  server.page("/neutral", "<!doctype html><html lang='en'><title>Weather</title><p>Weather</p></html>");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function routeExitLocally(page: Page) {
  await page.route("https://weather.gc.ca/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><p>Weather</p>" }),
  );
}

describe("the script tag on a plain page", () => {
  for (const [lang, bundle] of [
    ["en", en],
    ["fr", fr],
  ] as const) {
    it(`renders every widget in its shadow root, in ${lang}`, async () => {
      const tags = Object.keys(HEADINGS).map((name) => `<lantern-${name}></lantern-${name}>`);
      server.page(`/all-${lang}`, hostPage(tags.join("\n"), { lang }));
      const { page, errors, context } = await open(browser, `${server.origin}/all-${lang}`);
      for (const [name, key] of Object.entries(HEADINGS)) {
        const text = await shadowText(page, `lantern-${name}`);
        expect(text, name).toContain(bundle.ui[key]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("mounts placeholders, picks up elements added later, and cleans up removed ones", async () => {
    server.page("/spa", hostPage(`<div data-lantern="myths-facts"></div><main id="app"></main>`));
    const { page, errors, context } = await open(browser, `${server.origin}/spa`);
    expect(await shadowText(page, "[data-lantern=myths-facts]")).toContain(en.ui["mythsFacts.heading"]);
    await page.evaluate(() => {
      const element = document.createElement("lantern-at-risk");
      document.getElementById("app")?.append(element);
    });
    expect(await shadowText(page, "lantern-at-risk")).toContain(en.ui["atRisk.heading"]);
    const left = await page.evaluate(() => {
      const element = document.querySelector("lantern-at-risk") as HTMLElement;
      element.remove();
      return element.shadowRoot?.childNodes.length;
    });
    expect(left).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("first paint without Preact, woken by the first press", () => {
  const CONTENT = ["warning-signs", "report-button", "at-risk", "myths-facts", "help-directory"] as const;
  /** The widget's markup as the page holds it: what a reader, a screen reader and axe get. */
  const markup = (page: Page, selector: string) =>
    page.evaluate(
      (sel) => document.querySelector(sel)?.shadowRoot?.querySelector(".lantern-mount")?.innerHTML,
      selector,
    );

  for (const lang of ["en", "fr"] as const) {
    it(`paints the same markup as Preact renders, with no Preact or content file loaded, in ${lang}`, async () => {
      // region="CA" is the default region: a setting, so that element renders with Preact at once, as before.
      const tags = CONTENT.map(
        (name) =>
          `<lantern-${name}></lantern-${name}><div lang="${lang}"><lantern-${name} region="CA"></lantern-${name}></div>`,
      );
      server.page(`/first-${lang}`, hostPage(tags.join("\n"), { lang }));
      const { page, errors, requests, context } = await open(browser, `${server.origin}/first-${lang}`);
      for (const name of CONTENT) {
        await shadowText(page, `lantern-${name}:not([region])`);
        await shadowText(page, `lantern-${name}[region]`);
        const painted = await markup(page, `lantern-${name}:not([region])`);
        expect(painted, name).toBe(await markup(page, `lantern-${name}[region]`));
        expect(painted?.length, name).toBeGreaterThan(200);
        expect(requests, name).toContain(`${server.origin}${base}first/${lang}/${name}.js`);
      }
      await page.waitForTimeout(300);
      // The Preact-rendered copies loaded widgets/ and content/ files; the first paints added none of their own.
      const loaded = requests
        .filter((url) => url.includes(`${base}content/${lang}/`))
        .map((url) => url.split("/").pop());
      expect(loaded.sort()).toEqual(CONTENT.map((name) => `${name}.js`).sort());
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("gives way to the component from the day its contacts pass the freshness limit, on the visitor's clock", async () => {
    // The day the first listed contact turns stale: the first paint, rendered on the build's day, lacks its note.
    const staleFrom = contacts(en)
      .map((contact) => addMonths(contact.lastVerified as string, 12) as string)
      .sort()[0] as string;
    const dayBefore = new Date(Date.parse(`${staleFrom}T12:00:00Z`) - 86_400_000);
    server.page("/first-stale", hostPage("<lantern-help-directory></lantern-help-directory>"));
    for (const [now, stale] of [
      [dayBefore, false],
      [new Date(`${staleFrom}T12:00:00Z`), true],
    ] as const) {
      const { page, errors, requests, context } = await open(browser, `${server.origin}/first-stale`, {
        before: (at) => at.clock.setFixedTime(now),
      });
      const text = await shadowText(page, "lantern-help-directory");
      if (stale) {
        await expect
          .poll(() => shadowText(page, "lantern-help-directory"))
          .toContain("Not checked for more than a year: this may be out of date.");
        expect(requests).toContain(`${server.origin}${base}widgets/help-directory.js`);
        // Rendered afresh, not hydrated over: one list, one note per contact.
        expect(
          await page.evaluate(
            () =>
              document
                .querySelector("lantern-help-directory")
                ?.shadowRoot?.querySelectorAll(".lantern-contacts").length,
          ),
        ).toBe(1);
      } else {
        await page.waitForTimeout(300);
        expect(text).not.toContain("Not checked for more than a year");
        expect(requests).not.toContain(`${server.origin}${base}widgets/help-directory.js`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  /** A page with a first-painted help directory (#painted) and one rendered by Preact at once (#rendered). */
  async function pairedDirectories(path: string, settings: string) {
    server.page(
      path,
      hostPage(
        `<lantern-help-directory id="painted"></lantern-help-directory><lantern-help-directory id="rendered" ${settings}></lantern-help-directory>`,
      ),
    );
    const watched = await open(browser, `${server.origin}${path}`);
    await shadowText(watched.page, "#painted");
    await shadowText(watched.page, "#rendered");
    return watched;
  }

  it("on the first tap, loads the widget and does what was pressed, without loading anything before", async () => {
    server.page("/first-tap", hostPage("<lantern-warning-signs></lantern-warning-signs>"));
    const { page, errors, requests, context } = await open(browser, `${server.origin}/first-tap`, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await shadowText(page, "lantern-warning-signs");
    await page.waitForTimeout(300);
    expect(requests.filter((url) => /\/(widgets|content)\//.test(url))).toEqual([]);
    const section = page.locator("lantern-warning-signs .lantern-disclosure-button").first();
    expect(await section.getAttribute("aria-expanded")).toBe("true");
    await section.tap();
    await expect.poll(() => section.getAttribute("aria-expanded")).toBe("false");
    expect(requests).toContain(`${server.origin}${base}widgets/warning-signs.js`);
    // Awake: the next tap is Preact's own, and the section opens again.
    await section.tap();
    await expect.poll(() => section.getAttribute("aria-expanded")).toBe("true");
    expect(await section.getAttribute("aria-busy")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a filter changed before the widget woke applies once it has", async () => {
    // The same directory with region="CA-ON" set from the start is what the change must lead to.
    const { page, errors, context } = await pairedDirectories("/first-change", 'region="CA-ON"');
    const list = (id: string) =>
      page.evaluate(
        (sel) =>
          [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll("[data-contact]") ?? [])]
            .map((node) => node.getAttribute("data-contact"))
            .join(" "),
        id,
      );
    const before = await list("#painted");
    expect(before).not.toBe(await list("#rendered"));
    await page.locator("#painted select").first().selectOption("CA-ON");
    await expect.poll(() => list("#painted")).toBe(await list("#rendered"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("tells the page of a contact followed before the widget woke, as the awake widget does", async () => {
    const { page, errors, context } = await pairedDirectories("/first-contact", 'region="CA"');
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __contacts: unknown[] }).__contacts = seen;
      document.addEventListener("lantern:contact", (event) =>
        seen.push({ from: (event.target as Element).id, ...(event as CustomEvent).detail }),
      );
      // The links stay on the page: a tel: or https: link would leave it.
      document.addEventListener("click", (event) => event.preventDefault(), true);
    });
    for (const id of ["painted", "rendered"]) await page.locator(`#${id} a.lantern-channel`).first().click();
    const seen = await page.evaluate(
      () => (window as unknown as { __contacts: { from: string }[] }).__contacts,
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]?.from).toBe("painted");
    expect({ ...seen[0], from: "" }).toEqual({ ...seen[1], from: "" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens the report dialog from the keyboard on the first Enter", async () => {
    server.page(
      "/first-keys",
      hostPage(`<a href="#top">Skip</a><lantern-report-button></lantern-report-button>`),
    );
    const { page, errors, context } = await open(browser, `${server.origin}/first-keys`);
    await shadowText(page, "lantern-report-button");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows 911 and the hotline when a press cannot wake the widget, and says why", async () => {
    server.page("/first-stalled", hostPage("<lantern-warning-signs></lantern-warning-signs>"));
    let release: (() => void) | undefined;
    const { page, errors, warnings, requests, context } = await open(
      browser,
      `${server.origin}/first-stalled`,
      {
        // The widget's code never arrives (a stalled network), then fails.
        before: async (page) => {
          await page.route("**/widgets/warning-signs.js", (route) => {
            release = () => void route.abort();
          });
        },
      },
    );
    await shadowText(page, "lantern-warning-signs");
    const numbers = page.locator("lantern-warning-signs .lantern-print-only");
    await expect.poll(() => numbers.isVisible()).toBe(false);
    await page.locator("lantern-warning-signs .lantern-cta").click();
    // After the report launcher's patience (3 s), the numbers show, announced.
    await expect.poll(() => numbers.isVisible(), { timeout: 6000 }).toBe(true);
    expect(await numbers.getAttribute("role")).toBe("alert");
    expect(await numbers.textContent()).toContain("1-833-900-1010");
    // What the chunk would import, and what "Report" opens, were requested without waiting for it.
    const asked = requests.map((url) => url.slice(`${server.origin}${base}`.length));
    expect(asked.filter((file) => file.startsWith("widgets/runtime-")).length).toBeGreaterThan(0);
    expect(asked).toContain("content/en/dialog.js");
    release?.();
    await expect
      .poll(() =>
        warnings.some((line) =>
          line.startsWith("Lantern warning-signs: could not load widgets/warning-signs.js"),
        ),
      )
      .toBe(true);
    await expect.poll(() => numbers.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("keyboard only", () => {
  it("opens the report dialog, keeps Tab inside it, closes on Escape and returns focus to the button", async () => {
    server.page(
      "/keyboard",
      hostPage(`<a href="#top">Skip</a><lantern-report-button region="CA-ON"></lantern-report-button>`),
    );
    const { page, errors, context } = await open(browser, `${server.origin}/keyboard`);
    await shadowText(page, "lantern-report-button", 5);
    const focused = () =>
      page.evaluate(() => {
        const root = document.querySelector("lantern-report-button")?.shadowRoot;
        const active = root?.activeElement;
        return {
          inWidget: document.activeElement?.localName === "lantern-report-button",
          inDialog: Boolean(active?.closest("dialog")),
          tag: active?.localName ?? null,
          text: active?.textContent?.trim() ?? "",
        };
      });
    await page.keyboard.press("Tab"); // the page's link
    await page.keyboard.press("Tab"); // the report button
    expect(await focused()).toMatchObject({ inWidget: true, inDialog: false, tag: "button" });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
    );
    await expect.poll(async () => (await focused()).inDialog).toBe(true);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect((await focused()).inDialog).toBe(true);
    }
    await page.keyboard.press("Shift+Tab");
    expect((await focused()).inDialog).toBe(true);
    await page.keyboard.press("Escape");
    await expect
      .poll(() =>
        page.evaluate(() =>
          Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
        ),
      )
      .toBe(false);
    expect(await focused()).toMatchObject({
      inWidget: true,
      inDialog: false,
      tag: "button",
      text: en.ui["reportButton.label"],
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("quick exit", () => {
  async function visitThenHost(name: string) {
    server.page(
      `/before-${name}`,
      "<!doctype html><html lang='en'><title>Before</title><p>Before</p></html>",
    );
    server.page(
      `/exit-${name}`,
      hostPage(`<lantern-quick-exit></lantern-quick-exit><p><input aria-label="Search"></p>`),
    );
    const watched = await open(browser, `${server.origin}/before-${name}`);
    await routeExitLocally(watched.page);
    await watched.page.goto(`${server.origin}/exit-${name}`);
    await shadowText(watched.page, "lantern-quick-exit", 5);
    return watched;
  }

  it("leaves by click, and Back does not return to the page", async () => {
    const { page, errors, context } = await visitThenHost("click");
    await page.locator("lantern-quick-exit").getByRole("button", { name: en.ui["quickExit.label"] }).click();
    await page.waitForURL("https://weather.gc.ca/**");
    await page.goBack();
    expect(page.url()).toBe(`${server.origin}/before-click`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("leaves on Shift pressed three times, and Back does not return to the page", async () => {
    const { page, errors, context } = await visitThenHost("shift");
    await page.getByRole("textbox", { name: "Search" }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForURL("https://weather.gc.ca/**");
    await page.goBack();
    expect(page.url()).toBe(`${server.origin}/before-shift`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("under a strict Content-Security-Policy with Trusted Types", () => {
  it("(control) records violations when something on the page breaks the policy", async () => {
    server.page("/csp-control", hostPage(`<p style="color: red">inline style</p>`), {
      "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'",
    });
    const { violations, context } = await open(browser, `${server.origin}/csp-control`);
    await expect.poll(violations).toEqual(["style-src-attr inline"]);
    await context.close();
  });

  it("renders every widget with zero violations", async () => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
    const tags = Object.keys(HEADINGS).map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`);
    server.page("/csp", hostPage(tags.join("\n")), { "content-security-policy": csp });
    const { page, errors, violations, context } = await open(browser, `${server.origin}/csp`);
    for (const [name, key] of Object.entries(HEADINGS)) {
      expect(await shadowText(page, `lantern-${name}`), name).toContain(en.ui[key]);
    }
    // Open the dialog too: it loads its code and content on demand.
    await page
      .locator("lantern-report-button")
      .getByRole("button", { name: en.ui["reportButton.label"] })
      .click();
    await page.waitForFunction(() =>
      Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
    );
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("accessibility (axe, WCAG 2.2 AA)", () => {
  it("finds zero violations on a page with every widget, and with the report dialog open", async () => {
    const tags = Object.keys(HEADINGS).map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`);
    server.page("/axe", hostPage(`<main>${tags.join("\n")}</main>`));
    const { page, context } = await open(browser, `${server.origin}/axe`);
    for (const name of Object.keys(HEADINGS)) await shadowText(page, `lantern-${name}`, 5);
    const run = () => axeViolations(page);
    expect(await run()).toEqual([]);
    await page
      .locator("lantern-report-button")
      .getByRole("button", { name: en.ui["reportButton.label"] })
      .click();
    await page.waitForFunction(() =>
      Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
    );
    // Let the opening animation finish: axe measures contrast on what is painted.
    await page.waitForTimeout(300);
    expect(await run()).toEqual([]);
    await context.close();
  });
});

describe("bad input never breaks the page", () => {
  it("reports a bad attribute once, with the fix, and uses the default", async () => {
    server.page(
      "/bad-attribute",
      hostPage(`<lantern-warning-signs audience="teens"></lantern-warning-signs>`),
    );
    const { page, errors, warnings, context } = await open(browser, `${server.origin}/bad-attribute`);
    expect(await shadowText(page, "lantern-warning-signs")).toContain(en.ui["warningSigns.heading"]);
    const about = warnings.filter((line) => line.includes("audience"));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/^Lantern warning-signs: audience: "teens"/);
    expect(about[0]).toContain("general");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows English for an unknown language, and says so", async () => {
    server.page("/bad-lang", hostPage(`<lantern-myths-facts lang="xx"></lantern-myths-facts>`));
    const { page, errors, warnings, context } = await open(browser, `${server.origin}/bad-lang`);
    expect(await shadowText(page, "lantern-myths-facts")).toContain(en.ui["mythsFacts.heading"]);
    expect(warnings).toContain(
      'Lantern myths-facts: lang: "xx" is not available: use en or fr; showing English',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  // A widget without settings first paints from first/<lang>/<name>.js; one with settings loads its content at once.
  for (const [attributes, file] of [
    ["", "first/fr/at-risk.js"],
    [' region="CA-ON"', "content/fr/at-risk.js"],
  ] as const) {
    it(`shows the fallback with 911 and the hotline, in the page's language, when ${file} fails to load`, async () => {
      const path = `/no-content-${file.split("/")[0]}`;
      server.page(path, hostPage(`<lantern-at-risk${attributes}></lantern-at-risk>`, { lang: "fr" }));
      const { page, errors, warnings, context } = await open(browser, `${server.origin}${path}`, {
        before: async (page) => {
          await page.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: "not found" }));
        },
      });
      const text = await shadowText(page, "lantern-at-risk");
      expect(text).toContain(fr.ui["fallback.heading"]);
      expect(text).toContain("911");
      expect(text).toContain("1-833-900-1010");
      const links = await page.evaluate(() =>
        [...(document.querySelector("lantern-at-risk")?.shadowRoot?.querySelectorAll("a") ?? [])].map((a) =>
          a.getAttribute("href"),
        ),
      );
      expect(links).toEqual(["tel:911", "tel:+18339001010"]);
      expect(warnings.some((line) => line.startsWith(`Lantern at-risk: could not load ${file}`))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("shows the fallback for an unknown widget name, with the list of names", async () => {
    server.page("/bad-name", hostPage(`<div data-lantern="warning-sign"></div>`));
    const { page, errors, warnings, context } = await open(browser, `${server.origin}/bad-name`);
    expect(await shadowText(page, "[data-lantern]")).toContain(en.ui["fallback.heading"]);
    expect(warnings[0]).toMatch(
      /^Lantern warning-sign: "warning-sign" is not a Lantern widget: use one of warning-signs, /,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("partner configuration", () => {
  it("adds the partner's contacts and checks its theme: a readable colour applies, an unreadable one is reported", async () => {
    const config = JSON.stringify({
      contacts: [
        {
          name: "Town line (example)",
          role: "information",
          channels: [{ kind: "phone", value: "905-555-0100" }],
        },
      ],
      theme: { "--lantern-color-accent": "#5b2a86", "--lantern-color-accent-text": "#777777" },
    });
    server.page(
      "/partner",
      hostPage(`<lantern-help-directory region="CA-ON"></lantern-help-directory>`, {
        head: `<script type="application/json" data-lantern-config>${config}</script>`,
      }),
    );
    const { page, errors, warnings, context } = await open(browser, `${server.origin}/partner`);
    await page.waitForFunction(() =>
      (document.querySelector("lantern-help-directory")?.shadowRoot?.textContent ?? "").includes(
        "Town line (example)",
      ),
    );
    const accent = await page.evaluate(() => {
      const root = document
        .querySelector("lantern-help-directory")
        ?.shadowRoot?.querySelector(".lantern") as Element;
      return getComputedStyle(root).getPropertyValue("--lantern-color-accent").trim();
    });
    // The accent text fails contrast against the accent, so the whole pair falls back to the defaults.
    expect(accent).toBe("#0b4f8a");
    expect(
      warnings.some((line) => line.startsWith("Lantern help-directory: --lantern-color-accent-text: ")),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("privacy", () => {
  it("requests nothing from any other origin, and writes no cookie or storage", async () => {
    const tags = Object.keys(HEADINGS).map((name) => `<lantern-${name}></lantern-${name}>`);
    server.page("/privacy", hostPage(tags.join("\n")));
    const { page, context } = await open(browser, "about:blank");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${server.origin}/privacy`);
    for (const name of Object.keys(HEADINGS)) await shadowText(page, `lantern-${name}`, 5);
    expect(requested.filter((url) => !url.startsWith(server.origin))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll("*")]
        .flatMap((element) => [...(element.shadowRoot?.querySelectorAll("a[target=_blank]") ?? [])])
        .map((a) => a.getAttribute("rel")),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const rel of links) expect(rel).toContain("noreferrer");
    await context.close();
  });
});

describe("other ways in", () => {
  it("the iframe page and the static HTML show the same text as the script-tag widget (static: numbers for its button)", async () => {
    server.page(
      "/script-tag",
      hostPage(`<lantern-myths-facts lang="fr"></lantern-myths-facts>`, { lang: "fr" }),
    );
    const { page, context } = await open(browser, `${server.origin}/script-tag`);
    const viaScript = (await shadowText(page, "lantern-myths-facts")).replace(/\s+/g, " ").trim();

    await page.goto(`${server.origin}${base}frame.html?widget=myths-facts&lang=fr`);
    const viaFrame = (await shadowText(page, "[data-lantern]")).replace(/\s+/g, " ").trim();
    expect(viaFrame).toBe(viaScript);

    const fragment = readFileSync(
      new URL(`../dist/cdn/${manifest.version}/static/fr/myths-facts.html`, import.meta.url),
      "utf8",
    );
    server.page(
      "/static",
      `<!doctype html><html lang="fr"><title>Statique</title><body>${fragment}</body></html>`,
    );
    await page.goto(`${server.origin}/static`);
    const viaStatic = (await page.evaluate(() => document.querySelector(".lantern")?.textContent ?? ""))
      .replace(/\s+/g, " ")
      .trim();
    // The same, except where the script-tag widget has its report button: a page without script cannot open the
    // dialog, so it shows 911 and the hotline there instead (scripts/static.mjs).
    const [before, after = ""] = viaScript.split(fr.ui["common.reportCta"]);
    expect(viaStatic.startsWith(before as string)).toBe(true);
    expect(viaStatic.endsWith(after)).toBe(true);
    const instead = viaStatic.slice((before as string).length, viaStatic.length - after.length);
    expect(instead).toContain("911");
    expect(instead).toContain("1-833-900-1010");
    await context.close();
  });
});
