/**
 * Layout shift on a cold first visit, in Debian's Chromium, on Lighthouse's mobile network: 150 ms round trips,
 * 1.6 Mbit/s down and 750 kbit/s up (CDP Network.emulateNetworkConditions), and embed.js held until the page has
 * painted, so the page is always on screen before the async script and its chunks arrive. The CPU is not slowed here
 * (`pnpm bench` does that, at 4×): on a shared machine a slowed CPU can push a load past the loader's 8 s stall
 * fallback, whose 911-and-hotline box is taller than a report button, and that is a timing, not a layout, question.
 *
 * The figure is the sum of `layout-shift` entries (Core Web Vitals' CLS for a load without input). It is not a
 * timing: with the space reserved, nothing moves however late the widgets come, so it is 0 on every run; without a
 * reserve, the page moves whenever they come. The goal is CLS ≤ 0.01 at every viewport, for the demo pages and for a
 * partner page built from exactly what the configurator tells a partner to paste, also under a strict CSP.
 *
 * Each page also proves its reserves are lower bounds: once rendered, no widget is shorter than the space its page
 * reserved (which would leave a gap under it). When that fails, a widget's layout or text changed: measure again
 * with `node packages/embed/scripts/reserve.mjs` and paste the new rules where the page's stylesheet has them.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromiumLaunchOptions, mobileProfile } from "@lantern/testing/chromium";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../scripts/server.mjs";

const VIEWPORTS = [
  { ...mobileProfile.viewport, phone: true },
  { width: 390, height: 844, phone: true },
  { width: 768, height: 1024, phone: false, touch: true },
  { width: 1280, height: 900, phone: false },
];
const WIDGETS = ["quick-exit", "warning-signs", "report-button", "at-risk", "myths-facts", "help-directory"];
const LIMIT = 0.01;
/** The loader's stall fallback (packages/embed/src/loader.ts). */
const STALL_MS = 8000;

let browser: Browser;
let demo: { origin: string; close(): Promise<unknown> };
/** The partner's own site, on another origin than Lantern's files, as on a real CDN. */
let partner: { origin: string; server: Server; pages: Map<string, [string, string, Record<string, string>]> };

const PARAGRAPH =
  "<p>Our community centre runs drop-in hours every weekday, with staff who can help with forms, housing questions and referrals to local services.</p>";

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions());
  const pages = new Map<string, [string, string, Record<string, string>]>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const found = pages.get(path);
    if (!found) return response.writeHead(path === "/favicon.ico" ? 204 : 404).end();
    const [type, body, headers] = found;
    response.writeHead(200, { "content-type": type, "cache-control": "no-store", ...headers });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  partner = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, pages };

  // What the configurator gives for each widget, in the order a partner would paste them (the quick exit first).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.origin}/configurator/`);
  const snippets: string[] = [];
  const rules: string[] = [];
  for (const widget of WIDGETS) {
    await page.selectOption("#widget", widget);
    await page.waitForFunction(
      (tag) => document.getElementById("snippet")?.textContent?.includes(tag),
      `lantern-${widget}`,
    );
    snippets.push((await page.textContent("#snippet")) ?? "");
    rules.push((await page.textContent("#reserve-css")) ?? "");
  }
  await context.close();
  const [exit, ...others] = snippets as [string, ...string[]];
  // One embed.js tag is enough; the configurator repeats it in every snippet, and so may a partner.
  const body = (withoutStyle: boolean) => {
    const strip = (snippet: string) =>
      withoutStyle ? snippet.replace(/<style>[^<]*<\/style>\n?/, "") : snippet;
    return `${strip(exit)}\n<header><h1>Riverside Community Centre</h1></header>\n<main>${PARAGRAPH}${PARAGRAPH}\n${others
      .map((snippet) => `${strip(snippet)}\n${PARAGRAPH}`)
      .join("\n")}</main>`;
  };
  const html = (head: string, content: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner</title>${head}<link rel="stylesheet" href="/site.css"></head><body>${content}</body></html>`;
  const siteCss =
    "body{margin:0;font:18px/1.6 Georgia,serif}main,header{max-width:44rem;margin:0 auto;padding:0 1rem}";
  pages.set("/site.css", ["text/css", siteCss, {}]);
  pages.set("/pasted.html", ["text/html; charset=utf-8", html("", body(false)), {}]);
  pages.set("/bare.html", ["text/html; charset=utf-8", html("", body(true)), {}]);
  // The README's way: the two-line snippet (the quick exit first), and reserve.css copied into the site's stylesheet.
  const manifest = await (await fetch(`${demo.origin}/lantern/manifest.json`)).json();
  const reserveCss = await (await fetch(`${demo.origin}/lantern/${manifest.version}/reserve.css`)).text();
  pages.set("/readme.css", ["text/css", `${siteCss}\n${reserveCss}`, {}]);
  const script = `<script src="${demo.origin}/lantern/v1/embed.js" async></script>`;
  pages.set("/readme.html", [
    "text/html; charset=utf-8",
    html(
      "",
      `${script}\n<lantern-quick-exit></lantern-quick-exit>\n<main>${PARAGRAPH}${PARAGRAPH}\n<lantern-warning-signs lang="fr" region="CA-ON"></lantern-warning-signs>\n${PARAGRAPH}</main>`,
    ).replace('href="/site.css"', 'href="/readme.css"'),
    {},
  ]);
  // A strict CSP: no inline style at all, so the reserve rules go in the partner's own stylesheet, as the
  // configurator says.
  pages.set("/strict.css", ["text/css", `${siteCss}\n${rules.join("\n")}`, {}]);
  pages.set("/strict.html", [
    "text/html; charset=utf-8",
    html("", body(true)).replace('href="/site.css"', 'href="/strict.css"'),
    {
      "content-security-policy": `default-src 'none'; script-src ${demo.origin}; style-src 'self'; img-src 'self'; base-uri 'none'`,
    },
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await new Promise((resolve) => partner?.server.close(resolve));
});

interface Shift {
  value: number;
  sources: string[];
}

/** One cold first visit on the mobile profile: the layout shifts, the CSP violations, and any gap under a widget. */
async function firstVisit(url: string, viewport: (typeof VIEWPORTS)[number]) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.phone,
    hasTouch: viewport.phone || Boolean(viewport.touch),
  });
  try {
    const page = await context.newPage();
    // Worst case, every time: embed.js is held until the page has painted, as on a slow network, so a page that
    // passes cannot owe it to a script that happened to arrive before the first frame.
    let painted = () => {};
    const paint = new Promise<void>((resolve) => {
      painted = resolve;
    });
    await page.exposeFunction("__clsPainted", () => painted());
    await context.route("**/embed.js", async (route) => {
      await paint;
      await route.continue();
    });
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName("first-contentful-paint").length)
          (window as unknown as { __clsPainted(): void }).__clsPainted();
      }).observe({ type: "paint", buffered: true });
      const seen: { shifts: Shift[]; violations: string[] } = { shifts: [], violations: [] };
      Object.defineProperty(window, "__cls", { value: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          seen.shifts.push({
            value: entry.value,
            sources: entry.sources.map(
              (source) =>
                `${source.node instanceof Element ? source.node.localName : source.node?.nodeName} y ${Math.round(source.previousRect.y)} → ${Math.round(source.currentRect.y)}`,
            ),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
      addEventListener("securitypolicyviolation", (event) =>
        seen.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", mobileProfile.network);
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    // The widgets' own ready mark: each Lantern element's shadow root holds the rendered `.lantern` element, which
    // the first paint and the Preact mount append as their last step (the loader's 8 s fallback has none). Not the
    // network going idle: a page may keep requests of its own going, and on a busy machine "500 ms without a
    // request" once took 47.5 s to come while every widget had long been drawn. At least one widget: the
    // configurator writes its preview only after its own module has loaded, and "every widget of none is drawn"
    // once let a CI run measure a preview not yet mounted (1024 px reserved, 0 px drawn).
    const drawn = () =>
      page.waitForFunction(
        () => {
          const hosts = [...document.querySelectorAll("body *")].filter(
            (element) => element.localName.startsWith("lantern-") || element.hasAttribute("data-lantern"),
          );
          return hosts.length > 0 && hosts.every((element) => element.shadowRoot?.querySelector(".lantern"));
        },
        null,
        { timeout: 120_000, polling: 100 },
      );
    // Layout-shift entries arrive after the frame they describe.
    const frames = () =>
      page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))),
          ),
      );
    await drawn();
    const drawnAt = await page.evaluate(() => performance.now());
    // Then drawn again, a few frames on: a widget that re-renders (an attribute set while it loads) empties its
    // root for a moment, and its shifts are only reported once it is back.
    await frames();
    await drawn();
    await frames();
    const result = await page.evaluate(() => {
      const seen = (window as unknown as { __cls: { shifts: Shift[]; violations: string[] } }).__cls;
      // A reserve is a lower bound: the widget fills it, so the page never keeps a gap (or shifts up) after render.
      const gaps = [...document.querySelectorAll("body *")]
        .filter((element) => element.localName.startsWith("lantern-") || element.hasAttribute("data-lantern"))
        .map((host) => {
          const element = host as HTMLElement;
          const reserved = Number.parseFloat(getComputedStyle(element).minHeight) || 0;
          // What the widget takes without any reserve (an inline style wins over every rule), then put back.
          const before = element.style.minHeight;
          element.style.minHeight = "0px";
          const drawn = element.getBoundingClientRect().height;
          element.style.minHeight = before;
          return {
            host: element.localName === "div" ? element.getAttribute("data-lantern") : element.localName,
            reserved,
            drawn,
          };
        })
        .filter(({ reserved, drawn }) => reserved > drawn + 1)
        .map(
          ({ host, reserved, drawn }) =>
            `${host}: ${reserved.toFixed(0)} px reserved, ${drawn.toFixed(0)} px drawn`,
        );
      return { shifts: seen.shifts, violations: seen.violations, gaps };
    });
    return { ...result, drawnAt };
  } finally {
    await context.close();
  }
}

const cases: [string, () => string][] = [
  ["/town/", () => `${demo.origin}/town/`],
  ["/town/fr/", () => `${demo.origin}/town/fr/`],
  ["/shelter/", () => `${demo.origin}/shelter/`],
  ["/configurator/", () => `${demo.origin}/configurator/`],
  ["every widget, pasted from the configurator", () => `${partner.origin}/pasted.html`],
  [
    "the README's two lines, with reserve.css in the partner's stylesheet",
    () => `${partner.origin}/readme.html`,
  ],
  [
    "every widget from the configurator, under a strict CSP (rules in the partner's stylesheet)",
    () => `${partner.origin}/strict.html`,
  ],
];

describe(`layout shift on a cold first visit (mobile network) stays ≤ ${LIMIT}`, () => {
  for (const [label, url] of cases) {
    it(label, { timeout: 300_000 }, async () => {
      // The four viewports load side by side: each in its own context, with its own throttling.
      const results = await Promise.all(
        VIEWPORTS.map(async (viewport) => {
          let visit = await firstVisit(url(), viewport);
          // A load that took longer than the loader's 8 s stall fallback (a machine far too busy) may have shown the
          // 911-and-hotline box before the widget: that is not what this test measures, so such a load is redone.
          for (let retry = 0; retry < 2 && visit.drawnAt > STALL_MS && visit.shifts.length; retry++)
            visit = await firstVisit(url(), viewport);
          const { shifts, violations, gaps } = visit;
          const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
          return { viewport: `${viewport.width}×${viewport.height}`, cls, shifts, violations, gaps };
        }),
      );
      const failed = results.filter(
        (result) => result.cls > LIMIT || result.violations.length || result.gaps.length,
      );
      expect(failed, JSON.stringify(failed, null, 1)).toEqual([]);
    });
  }

  it("control: the same page with only the script and the tags (no reserve rules) does shift", {
    timeout: 300_000,
  }, async () => {
    // On the desktop, where the page paints well before the script arrives.
    const { shifts } = await firstVisit(
      `${partner.origin}/bare.html`,
      VIEWPORTS[3] as (typeof VIEWPORTS)[number],
    );
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBeGreaterThan(LIMIT);
  });
});
