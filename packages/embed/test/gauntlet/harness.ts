/**
 * The gauntlet's shared harness: one server and one Chromium for the gauntlet file, a fresh context per page, a
 * partner page template with a working host button, the checks every case makes, and a ledger of what each case
 * saw (uncaught errors, requests, console messages), which `afterAll` writes to docs/reliability.md.
 *
 * Every request that leaves 127.0.0.1 is answered locally by a context route and counted: a navigation the case
 * makes on purpose (to the quick exit's neutral page, https://weather.gc.ca/, or a partner link it follows) as
 * such, anything else as a request to another origin, which fails the case.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import en from "@lantern/sdk/content/en";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, type RunnerTask } from "vitest";
import { launch, type OpenOptions, open, type WatchedPage } from "../browser.js";
import { manifest } from "../files.js";
import { startServer, type TestServer } from "../server.js";
import { CHANNEL_TOLERANCE, EDGE, SHIFT } from "./look.js";

/** Where the figures go: regenerated on every run, committed by hand. */
export const REPORT = fileURLToPath(new URL("../../../../docs/reliability.md", import.meta.url));

/** The quick exit's default neutral page: never fetched, answered by a route. */
export const EXIT_URL = "https://weather.gc.ca/";

/** Every widget, with the text its first render must show (the fallback shows none of these). */
export const WIDGETS = {
  "quick-exit": en.ui["quickExit.label"],
  "report-button": en.ui["reportButton.label"],
  "warning-signs": en.ui["warningSigns.heading"],
  "at-risk": en.ui["atRisk.heading"],
  "myths-facts": en.ui["mythsFacts.heading"],
  "help-directory": en.ui["helpDirectory.heading"],
} as const;
export type WidgetName = keyof typeof WIDGETS;
export const NAMES = Object.keys(WIDGETS) as WidgetName[];
export const HOTLINE = "1-833-900-1010";
export const FALLBACK_HEADING = en.ui["fallback.heading"];

/** Shared by every case in the file. */
export const g = {} as {
  server: TestServer;
  browser: Browser;
  base: string;
  origin: string;
  chromium: string;
};

/** A page a case opened, with the gauntlet's bookkeeping. */
export interface GauntletPage extends WatchedPage {
  /** Uncaught errors and unhandled rejections that are not the host page's own deliberate ones. */
  unexpectedErrors(): string[];
  /** The host page's own deliberate errors (matched by `hostErrors`), kept out of the assertion. */
  hostErrors(): string[];
  /** Console lines Lantern wrote ("Lantern <widget>: …"). */
  lantern(): string[];
  /** Navigations the case made on purpose (the quick exit's, a followed link), answered locally. */
  exits: string[];
  /** Requests to any origin but the test server's, other than the exit navigation: must stay empty. */
  elsewhere: string[];
}

interface Ledger {
  pages: GauntletPage[];
  started: number;
  ms?: number;
  /** Observations the case measured, for the report. */
  notes: string[];
}
const ledgers = new Map<string, Ledger>();
let current: Ledger | undefined;
let pageCount = 0;
/** The gauntlet file itself, for the report. */
let file: RunnerTask | undefined;

export interface PageOptions {
  lang?: string;
  /** `dir` on <html>. */
  dir?: string;
  /** Markup before the snippet: the host's own early scripts. */
  early?: string;
  /** Markup at the very start of <body>, before the host's own button (a quick exit, first in tab order). */
  top?: string;
  /** Markup after the snippet, in <head>. */
  head?: string;
  /** A nonce on every script tag (the snippet's and the host's). */
  nonce?: string;
  /** The snippet's URL; `null` for a page without it. */
  embed?: string | null;
  /** `async` on the snippet (default true, as partners paste it). */
  async?: boolean;
}

/**
 * A partner page: the snippet, the host's own script (`/gauntlet/host.js`: a click handler on #host-button that
 * counts clicks in #host-output) and the host's own heading and text, then `body`.
 */
export function hostPage(body: string, options: PageOptions = {}): string {
  const nonce = options.nonce ? ` nonce="${options.nonce}"` : "";
  const embed = options.embed === undefined ? `${g.base}embed.js` : options.embed;
  const snippet = embed
    ? `<script${nonce} src="${embed}"${options.async === false ? "" : " async"}></script>`
    : "";
  return `<!doctype html><html lang="${options.lang ?? "en"}"${options.dir ? ` dir="${options.dir}"` : ""}>
<head><meta charset="utf-8"><title>Partner page</title>${options.early ?? ""}${snippet}
<script${nonce} src="/gauntlet/host.js" defer></script>${options.head ?? ""}</head>
<body>${options.top ?? ""}<button id="host-button" type="button">Host button</button><output id="host-output">0</output>
<h1 id="host-title">Partner page</h1><p id="host-text">The partner's own words stay on the page.</p>
${body}</body></html>`;
}

/** The host's own script: the page's working behaviour, which Lantern must not break. */
const HOST_JS = `(() => {
  let clicks = 0;
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.id === "host-button") {
      const output = document.getElementById("host-output");
      if (output) output.textContent = String(++clicks);
    }
  });
})();`;

export interface VisitOptions extends OpenOptions {
  /** Response headers of the page (a CSP). */
  headers?: Record<string, string>;
  /** The host page's own deliberate errors, kept out of `unexpectedErrors()`. */
  hostErrors?: RegExp;
  /** Serve at this path instead of a fresh one. */
  path?: string;
  /** Navigations elsewhere the case makes on purpose (following a partner's link), besides the quick exit's. */
  follow?: RegExp;
}

/** Serve `html` and open it in a fresh context: every non-local request is answered locally and counted. */
export async function visit(html: string | null, options: VisitOptions = {}): Promise<GauntletPage> {
  const { headers, hostErrors, follow, path = `/g/${++pageCount}`, before, ...contextOptions } = options;
  if (html !== null) g.server.page(path, html, headers);
  const exits: string[] = [];
  const elsewhere: string[] = [];
  const watched = await open(g.browser, html === null ? "about:blank" : `${g.origin}${path}`, {
    ...contextOptions,
    before: async (page, context) => {
      await context.route(
        (url) => !["data:", "blob:", "about:"].includes(url.protocol) && url.origin !== g.origin,
        (route) => {
          const url = route.request().url();
          if ((url.startsWith(EXIT_URL) || follow?.test(url)) && route.request().isNavigationRequest()) {
            exits.push(url);
            return route.fulfill({
              contentType: "text/html",
              body: "<!doctype html><html lang='en'><title>Weather</title><p>Weather</p></html>",
            });
          }
          elsewhere.push(url);
          return route.fulfill({ status: 404, body: "" });
        },
      );
      await before?.(page, context);
    },
  });
  const matchesHost = (error: string) => Boolean(hostErrors?.test(error));
  const result: GauntletPage = {
    ...watched,
    unexpectedErrors: () => watched.errors.filter((error) => !matchesHost(error)),
    hostErrors: () => watched.errors.filter(matchesHost),
    lantern: () => watched.warnings.filter((line) => line.startsWith("Lantern ")),
    exits,
    elsewhere,
  };
  current?.pages.push(result);
  return result;
}

/** Record an observation of the current case (a measured figure) in docs/reliability.md. */
export function note(text: string) {
  current?.notes.push(text);
}

/** The text in a Lantern element's shadow root (trimmed, spaces collapsed), `""` if none. */
export function shadowTextNow(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (sel) => (document.querySelector(sel)?.shadowRoot?.textContent ?? "").replace(/\s+/g, " ").trim(),
    selector,
  );
}

/**
 * Wait until the element's shadow root shows `text`. Polled from here with plain evaluate() calls, not with
 * waitForFunction: that one builds its promises with the page's `Promise`, which a hostile page replaces.
 */
export async function waitForShadowText(page: Page, selector: string, text: string, timeout = 15_000) {
  await expect
    .poll(() => shadowTextNow(page, selector), {
      timeout,
      interval: 25,
      message: `${selector} shows "${text}"`,
    })
    .toContain(text);
}

/** Wait until `predicate` is true in the page, polled from here (see waitForShadowText for why). */
export async function until(page: Page, predicate: (arg: string) => boolean, arg: string, timeout = 15_000) {
  await expect.poll(() => page.evaluate(predicate, arg), { timeout, interval: 25 }).toBe(true);
}

/** Open the report dialog of the first report button by its button, and wait until its content shows. */
export async function openDialog(page: Page, selector = "lantern-report-button") {
  await page.locator(selector).getByRole("button", { name: WIDGETS["report-button"] }).first().click();
  await until(
    page,
    (sel) =>
      Boolean(
        document.querySelector(sel)?.shadowRoot?.querySelector("dialog[open] .lantern-section-hotline"),
      ),
    selector,
  );
}

/** The widget rendered (not the fallback): its heading or label is in its shadow root. */
export async function expectWidget(page: Page, name: WidgetName, selector = `lantern-${name}`) {
  await waitForShadowText(page, selector, WIDGETS[name]);
  expect(await shadowTextNow(page, selector), selector).not.toContain(FALLBACK_HEADING);
}

/** The static fallback: 911 and the hotline, as links. */
export async function expectFallback(page: Page, selector: string) {
  await waitForShadowText(page, selector, HOTLINE);
  const text = await shadowTextNow(page, selector);
  expect(text).toContain("911");
  const links = await page.evaluate(
    (sel) =>
      [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll("a[href^='tel:']") ?? [])].map((a) =>
        a.getAttribute("href"),
      ),
    selector,
  );
  expect(links).toEqual(expect.arrayContaining(["tel:911", "tel:+18339001010"]));
}

/**
 * The host page still works: its heading and text are there, and its button's click handler runs. With
 * `keepFocus`, the click is dispatched without moving focus (a keyboard case in progress).
 */
export async function expectHostWorks(page: Page, { keepFocus = false } = {}) {
  expect(await page.locator("#host-title").textContent()).toBe("Partner page");
  expect(await page.locator("#host-text").isVisible()).toBe(true);
  const before = Number(await page.locator("#host-output").textContent());
  if (keepFocus) await page.locator("#host-button").dispatchEvent("click");
  else await page.locator("#host-button").click();
  await expect.poll(async () => Number(await page.locator("#host-output").textContent())).toBe(before + 1);
}

/** No uncaught error or unhandled rejection from anything but the host's own deliberate ones. */
export function expectNoErrors(watched: GauntletPage) {
  expect(watched.unexpectedErrors()).toEqual([]);
}

/** Exactly the Lantern console lines expected: each wrong thing reported once, with its fix. */
export function expectLanternLines(watched: GauntletPage, expected: RegExp[]) {
  const lines = watched.lantern();
  expect(lines, lines.join("\n")).toHaveLength(expected.length);
  for (const pattern of expected)
    expect(
      lines.filter((line) => pattern.test(line)),
      String(pattern),
    ).toHaveLength(1);
}

/** Elements in a shadow root, counted per host: `{ hosts, mountedOnce }` for every Lantern host on the page. */
export function mountCounts(page: Page): Promise<{ hosts: number; withContent: number; once: number }> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll("*")].filter(
      (element) => element.localName.startsWith("lantern-") || element.hasAttribute("data-lantern"),
    );
    return {
      hosts: hosts.length,
      withContent: hosts.filter((host) => (host.shadowRoot?.textContent ?? "").trim().length > 0).length,
      once: hosts.filter((host) => host.shadowRoot?.childElementCount === 1).length,
    };
  });
}

/** Registers the server, the browser and the ledger for the file, and writes docs/reliability.md at the end. */
export function useGauntlet() {
  beforeAll(async () => {
    g.server = await startServer();
    g.origin = g.server.origin;
    g.base = `/lantern/${manifest.version}/`;
    g.browser = await launch();
    g.chromium = g.browser.version();
    g.server.route("/gauntlet/host.js", (_request, response) => {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end(HOST_JS);
    });
    g.server.route("/gauntlet/host.css", (_request, response) => {
      response.writeHead(200, { "content-type": "text/css" });
      response.end("h1 { font-family: Georgia, serif; }");
    });
  });

  beforeEach(({ task }) => {
    file = task.file;
    current = { pages: [], started: performance.now(), notes: [] };
    ledgers.set(task.id, current);
  });

  afterEach(async () => {
    const ledger = current;
    current = undefined;
    if (!ledger) return;
    ledger.ms = performance.now() - ledger.started;
    for (const watched of ledger.pages) await watched.context.close().catch(() => undefined);
    // Checked for every case: nothing may go to another origin, whatever the case was about.
    expect(ledger.pages.flatMap((watched) => watched.elsewhere)).toEqual([]);
  });

  afterAll(async () => {
    try {
      if (file) writeReport(file);
    } finally {
      await g.browser?.close();
      await g.server?.close();
    }
  });
}

/** The tests under `root`, each with the names of the describe blocks around it. */
function tests(root: RunnerTask): { task: RunnerTask; path: string[] }[] {
  const walk = (task: RunnerTask, path: string[]): { task: RunnerTask; path: string[] }[] =>
    task.type === "test"
      ? [{ task, path }]
      : task.tasks.flatMap((child) => walk(child, task === root ? path : [...path, task.name]));
  return walk(root, []);
}

/** The browser's own console line about a request a case failed on purpose: not Lantern's, not silenceable. */
const NETWORK_LINE = /^(error|warning): Failed to load resource: /;

function writeReport(suite: RunnerTask) {
  const rows = tests(suite).map(({ task, path }) => {
    const ledger = ledgers.get(task.id);
    const pages = ledger?.pages ?? [];
    const all = <T>(list: (watched: GauntletPage) => T[]) => pages.flatMap(list);
    const state = task.result?.state;
    const knownBug = task.type === "test" && task.fails === true;
    const messages = all((watched) => watched.messages);
    return {
      name: `${path.join(" › ")} › ${task.name}`,
      ran: state === "pass" || state === "fail",
      passed: state === "pass",
      result:
        state === "pass"
          ? knownBug
            ? "known bug (fails as expected)"
            : "passed"
          : state === "fail"
            ? "FAILED"
            : "not run",
      errors: all((watched) => watched.unexpectedErrors()).length,
      hostErrors: all((watched) => watched.hostErrors()).length,
      requests: all((watched) => watched.requests).length,
      elsewhere: all((watched) => watched.elsewhere).length,
      exits: all((watched) => watched.exits).length,
      messages: messages.length,
      lantern: all((watched) => watched.lantern()).length,
      network: messages.filter((line) => NETWORK_LINE.test(line)).length,
      others: messages.filter((line) => !NETWORK_LINE.test(line) && !/^[a-z]+: Lantern /.test(line)),
      seconds: ((ledger?.ms ?? 0) / 1000).toFixed(1),
      knownBug,
      notes: ledger?.notes ?? [],
    };
  });
  const ran = rows.filter((row) => row.ran);
  if (ran.length === 0) return;
  type Row = (typeof rows)[number];
  const total = (
    key: "errors" | "hostErrors" | "requests" | "elsewhere" | "exits" | "messages" | "lantern" | "network",
    of: Row[] = ran,
  ) => of.reduce((sum, row) => sum + row[key], 0);
  const knownBugs = ran.filter((row) => row.knownBug);
  const passing = total(
    "errors",
    ran.filter((row) => !row.knownBug),
  );
  const others = ran.flatMap((row) => row.others);
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const lines = [
    "# Reliability: the real-browser gauntlet",
    "",
    "Generated by the gauntlet (`packages/embed/test/gauntlet/`) on every run of `pnpm exec vitest run` in",
    "packages/embed: every figure below is counted by the suite, none is typed by hand. Do not edit; rerun.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Browser: Chromium ${g.chromium} (Debian's package, headless), Node ${process.version}, ${process.platform}`,
    `- Lantern: ${manifest.version}, the built files in \`packages/embed/dist/cdn/${manifest.version}/\``,
    `- Cases run: ${ran.length} of ${rows.length}; passed: ${ran.filter((row) => row.passed && !row.knownBug).length}; failed: ${ran.filter((row) => !row.passed).length}; known bugs outside this package, failing as expected: ${knownBugs.length}`,
    `- Uncaught errors and unhandled rejections seen: ${total("errors")} (${passing} in the cases that pass, ${total("errors", knownBugs)} in the known-bug cases); the host pages' own deliberate errors, kept out by their message: ${total("hostErrors")}`,
    `- Requests seen: ${total("requests")}; to other origins: ${total("elsewhere")}. Navigations the cases made on purpose (the quick exit's neutral page, a followed partner link), answered locally without leaving 127.0.0.1: ${total("exits")}`,
    `- Console messages seen: ${total("messages")}. Lantern's: ${total("lantern")}, each the one report, with its fix, of something a case got wrong on purpose; the browser's own "Failed to load resource" lines for files a case failed on purpose: ${total("network")}; any other: ${others.length}`,
    "",
    "| Case | Result | Uncaught errors | Requests (other origins) | Console messages (Lantern's) | Time (s) |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (row) =>
        `| ${cell(row.name)} | ${row.result} | ${row.errors}${row.hostErrors ? ` (+${row.hostErrors} host's own)` : ""} | ${row.requests} (${row.elsewhere}${row.exits ? `; ${row.exits} navigation${row.exits > 1 ? "s" : ""} on purpose` : ""}) | ${row.messages} (${row.lantern}) | ${row.seconds} |`,
    ),
    "",
    ...(others.length
      ? ["## Other console messages", "", ...others.map((line) => `- \`${line.slice(0, 200)}\``), ""]
      : []),
    ...(knownBugs.length
      ? [
          "## Known bugs outside this package",
          "",
          "Each is a test that asserts the right behaviour and is marked `it.fails`: it fails today, and the run",
          "fails as soon as the bug is fixed, so that the mark is removed.",
          "",
          ...knownBugs.map((row) => `- ${row.name}`),
          "",
        ]
      : []),
    "## Measured along the way",
    "",
    ...ran.flatMap((row) => row.notes.map((text) => `- ${row.name}: ${text}`)),
    "",
    "## How it is measured",
    "",
    "- Each case opens its pages in a fresh browser context; every request that is not to the local test server is",
    "  answered by a route in that context and counted, so a request to another origin fails its case.",
    '- "Looks the same": the widget\'s own box (the first element with a background in its shadow root) is',
    `  screenshotted on the hostile page and on a plain page of the same width and compared in a blank page through a`,
    `  canvas: a pixel differs when no pixel within ${SHIFT} px of it in the other image matches within ${CHANNEL_TOLERANCE}/255 per channel;`,
    `  the outer ${EDGE} px, which blend with whatever is behind the widget, are not compared; at most 1% may differ.`,
    "- 200% zoom is the browser's zoom as it works: a 1280 px window at 200% lays out at 640 CSS px with a device",
    "  pixel ratio of 2 (viewport and deviceScaleFactor); the page's own `zoom: 2` on body is a separate case.",
    "- Leaks: after a forced garbage collection (CDP), listeners on window and document (DOMDebugger), all JS event",
    "  listeners, DOM nodes and JS heap (Performance.getMetrics), after 100 and after 1000 mount/unmount cycles.",
    "",
  ];
  writeFileSync(REPORT, lines.join("\n"));
}
