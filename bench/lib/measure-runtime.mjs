/**
 * Main-thread cost in headless Chromium: each scenario is loaded many times, each time in a fresh browser context
 * (a first visit: empty cache, no compiled code kept), at a given CPU throttling rate, on a desktop or on a phone
 * with a throttled network (see `Device`).
 *
 * Per load it records:
 * - script time attributed to one set of files (Lantern's, or a peer's), from the V8 sampling profiler (CDP
 *   `Profiler`, 100 µs): a sample counts when any frame of its stack belongs to those files, so work the files cause
 *   inside the runtime (Preact rendering, DOM calls made from their code) is theirs too;
 * - the page's whole script time, from `Performance.getMetrics` ScriptDuration (before/after the load), a second
 *   opinion that needs no attribution;
 * - Long Animation Frames (frames over 50 ms) and the script entries inside them, by `sourceURL`;
 * - layout shifts (sum of `layout-shift` values without recent input), largest contentful paint;
 * - JS heap used after a forced garbage collection (`HeapProfiler.collectGarbage`, then `Performance.getMetrics`);
 * - the first frame in which the measured widget shows (polled with requestAnimationFrame, so it is a frame time).
 *
 * Nothing leaves 127.0.0.1: every other request is aborted and counted, except the quick exit's target, which is
 * answered locally.
 */
import { EXIT_PAGE, EXIT_URL } from "./pages.mjs";

/**
 * What the page must show before a load counts as rendered. `shadowText`: a Lantern element whose shadow root has
 * more than `min` characters of text; `shadowSelector`: a Lantern element whose shadow root has a match for
 * `inner`; `selector`: a light-DOM match.
 * @typedef {{ shadowText: string, min: number } | { shadowSelector: string, inner: string } | { selector: string }} ReadySpec
 */

/**
 * Runs in every document before its own scripts, so the observers see everything from the first byte.
 * @param {ReadySpec | null} ready
 */
function instrument(ready) {
  /** @type {any} */
  const bench = { loaf: [], shifts: [], lcp: [], readyAt: undefined };
  Object.defineProperty(window, "__bench", { value: bench });
  /**
   * @param {string} type
   * @param {(entry: any) => void} push
   */
  const observe = (type, push) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) push(entry);
      }).observe({ type, buffered: true });
    } catch {
      bench[`no-${type}`] = true;
    }
  };
  observe("long-animation-frame", (entry) =>
    bench.loaf.push({
      start: entry.startTime,
      duration: entry.duration,
      blocking: entry.blockingDuration,
      scripts: entry.scripts.map((/** @type {any} */ script) => ({
        url: script.sourceURL,
        duration: script.duration,
        invoker: script.invoker,
      })),
    }),
  );
  observe("layout-shift", (entry) => {
    if (!entry.hadRecentInput) bench.shifts.push({ value: entry.value, start: entry.startTime });
  });
  observe("largest-contentful-paint", (entry) =>
    bench.lcp.push({ start: entry.startTime, size: entry.size, element: entry.element?.localName ?? null }),
  );
  // The first listener of all (window, capture phase): the moment the click reaches the page. The old document is
  // about to go away, so the times leave through the console, which CDP reports synchronously.
  addEventListener(
    "click",
    (event) =>
      console.debug(
        `bench:click ${JSON.stringify({
          event: performance.timeOrigin + event.timeStamp,
          listener: performance.timeOrigin + performance.now(),
        })}`,
      ),
    true,
  );
  if (!ready) return;
  const shown = () => {
    if ("selector" in ready) return document.querySelector(ready.selector) !== null;
    if ("shadowSelector" in ready)
      return document.querySelector(ready.shadowSelector)?.shadowRoot?.querySelector(ready.inner) != null;
    return (
      (document.querySelector(ready.shadowText)?.shadowRoot?.textContent ?? "").trim().length > ready.min
    );
  };
  /** @param {number} frameTime */
  const poll = (frameTime) => {
    if (shown()) bench.readyAt = frameTime;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Where a page loads: a desktop on the local network (the default), or a phone on a throttled one.
 * @typedef {object} Device
 * @property {{ width: number, height: number }} viewport
 * @property {boolean} [isMobile]
 * @property {boolean} [hasTouch]
 * @property {{ offline: false, latency: number, downloadThroughput: number, uploadThroughput: number }} [network]
 *   CDP Network.emulateNetworkConditions, e.g. Lighthouse's mobile network (`mobileProfile` of @lantern/testing)
 */

/** @type {Device} */
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/**
 * A fresh context and page, throttled, with every request off 127.0.0.1 blocked and counted.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {number} rate
 * @param {ReadySpec | null} ready
 * @param {Device} [device]
 */
async function openPage(browser, origin, rate, ready, device = DESKTOP) {
  const context = await browser.newContext({
    viewport: device.viewport,
    isMobile: device.isMobile ?? false,
    hasTouch: device.hasTouch ?? false,
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const blocked = [];
  await page.route("**", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  // Registered last, so it wins over the catch-all for this one URL.
  await page.route(`${EXIT_URL}**`, (route) => route.fulfill({ contentType: "text/html", body: EXIT_PAGE }));
  await page.addInitScript(instrument, ready);
  // A same-origin empty page first: the measured page then loads in the same renderer process, where the profiler
  // and the throttling set below already run.
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  if (device.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", device.network);
  }
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.enable");
  return { context, page, cdp, blocked };
}

/**
 * Wait until the widget shows, or (`shows` false, for a page without one) for nothing at all, the same way.
 * Every scenario waits through `waitForFunction`, because that installs Playwright's injected script in the page:
 * about 320 KB of source, and with its compiled code about 530 KB of the JS heap measured after the load. A page
 * that skipped it would read that much lighter than the others (`bench/heap.mjs` found it: the heap "added by
 * Lantern" was mostly this).
 * @param {import("playwright-core").Page} page
 * @param {boolean} [shows]
 */
async function waitReady(page, shows = true) {
  // Polling by interval, not by frame: Playwright's own polling should not add frames to the ones measured.
  await page.waitForFunction(
    (needed) => !needed || /** @type {any} */ (window).__bench.readyAt !== undefined,
    shows,
    { polling: 50, timeout: 30_000 },
  );
}

/**
 * Let late work finish and its entries arrive: two frames, then a quiet 300 ms (observers report in tasks of
 * their own, after the frame they describe).
 * @param {import("playwright-core").Page} page
 */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
      ),
  );
}

/**
 * @param {import("playwright-core").CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/**
 * Script time from a V8 CPU profile. A sample lasts until the next one (as DevTools counts it); it is attributed
 * when any frame of its stack comes from a URL that starts with one of `prefixes`.
 * @param {any} profile CDP Profiler.Profile
 * @param {string[]} prefixes
 */
export function attributeProfile(profile, prefixes) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = (/** @type {string} */ url) => prefixes.some((prefix) => url.startsWith(prefix));
  /** @type {Map<number, string | null>} nearest attributed URL on the stack, or null */
  const owner = new Map();
  /** @param {number} id @returns {string | null} */
  const ownerOf = (id) => {
    if (owner.has(id)) return /** @type {string | null} */ (owner.get(id));
    const url = nodes.get(id)?.callFrame.url ?? "";
    const up = parent.get(id);
    const found = ours(url) ? url : up === undefined ? null : ownerOf(up);
    owner.set(id, found);
    return found;
  };
  const NOT_SCRIPT = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);
  let attributed = 0;
  let script = 0;
  /** @type {Record<string, number>} */
  const byFile = {};
  /** @type {Record<string, number>} self time by function: where to look first when the total is too high */
  const byFunction = {};
  const { samples, timeDeltas } = profile;
  let time = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    time += timeDeltas[i];
    const next = i + 1 < samples.length ? time + timeDeltas[i + 1] : profile.endTime;
    const duration = Math.max(0, next - time) / 1000;
    const node = nodes.get(samples[i]);
    if (!node || NOT_SCRIPT.has(node.callFrame.functionName)) continue;
    script += duration;
    const file = ownerOf(samples[i]);
    if (file) {
      attributed += duration;
      byFile[file] = (byFile[file] ?? 0) + duration;
      // Native work (a DOM call, Intl, style parsing) has no URL: name it after the Lantern function that called it.
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const name = functionName || "(anonymous)";
      const key = url
        ? `${name} ${url.slice(url.lastIndexOf("/") + 1)}:${lineNumber + 1}:${columnNumber + 1}`
        : `${name} (native) called from ${file.slice(file.lastIndexOf("/") + 1)}`;
      byFunction[key] = (byFunction[key] ?? 0) + duration;
    }
  }
  return { attributedMs: attributed, scriptMs: script, byFile, byFunction };
}

/** @param {{ value: number }[]} shifts */
const sumShifts = (shifts) => shifts.reduce((sum, shift) => sum + shift.value, 0);

/**
 * @typedef {object} LoadScenario
 * @property {string} name
 * @property {string} path page path on the server
 * @property {ReadySpec | null} ready
 * @property {string[]} attribute URL prefixes whose script time is this scenario's subject
 */

/**
 * One first visit of one scenario.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {LoadScenario} scenario
 * @param {number} rate
 * @param {Device} [device]
 */
export async function loadOnce(browser, origin, scenario, rate, device) {
  const { context, page, cdp, blocked } = await openPage(browser, origin, rate, scenario.ready, device);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    const before = await metrics(cdp);
    await cdp.send("Profiler.start");
    await page.goto(`${origin}${scenario.path}`, { waitUntil: "load" });
    await waitReady(page, scenario.ready !== null);
    await settle(page);
    const seen = await page.evaluate(() => /** @type {any} */ (window).__bench);
    const { profile } = await cdp.send("Profiler.stop");
    await cdp.send("HeapProfiler.collectGarbage");
    const after = await metrics(cdp);
    const prefixes = scenario.attribute.map((prefix) => `${origin}${prefix}`);
    const profiled = attributeProfile(profile, prefixes);
    const attributed = (/** @type {string} */ url) => prefixes.some((prefix) => url.startsWith(prefix));
    /** @type {any[]} */
    const frames = seen.loaf.filter((/** @type {any} */ frame) => frame.duration > 50);
    return {
      attributedMs: profiled.attributedMs,
      profiledScriptMs: profiled.scriptMs,
      byFile: Object.fromEntries(
        Object.entries(profiled.byFile).map(([url, ms]) => [url.slice(origin.length), ms]),
      ),
      byFunction: profiled.byFunction,
      // ScriptDuration is cumulative for the renderer, in seconds.
      scriptDurationMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
      longFrames: frames.length,
      longestFrameMs: Math.max(0, ...seen.loaf.map((/** @type {any} */ frame) => frame.duration)),
      longFramesWithSubject: frames.filter((frame) =>
        frame.scripts.some((/** @type {any} */ script) => attributed(script.url)),
      ).length,
      // The long frames that run the subject's script, each with its scripts: where to split the work.
      subjectFrames: frames
        .filter((frame) => frame.scripts.some((/** @type {any} */ script) => attributed(script.url)))
        .map((frame) => ({
          start: Math.round(frame.start),
          duration: Math.round(frame.duration),
          scripts: frame.scripts.map(
            (/** @type {any} */ script) =>
              `${script.invoker.replace(origin, "")} ${script.url.slice(script.url.lastIndexOf("/") + 1)} ${Math.round(script.duration)} ms`,
          ),
        })),
      loafSubjectScriptMs: seen.loaf
        .flatMap((/** @type {any} */ frame) => frame.scripts)
        .filter((/** @type {any} */ script) => attributed(script.url))
        .reduce((/** @type {number} */ sum, /** @type {any} */ script) => sum + script.duration, 0),
      cls: sumShifts(seen.shifts),
      // Split at the frame the widget first showed: a shift before it means space was reserved too late (or not at
      // all), a shift after it means the widget outgrew the space reserved for it.
      clsBeforeShown: sumShifts(
        seen.shifts.filter((/** @type {any} */ shift) => !(shift.start >= seen.readyAt)),
      ),
      clsAfterShown: sumShifts(seen.shifts.filter((/** @type {any} */ shift) => shift.start >= seen.readyAt)),
      shifts: seen.shifts,
      lcpMs: seen.lcp.length ? seen.lcp[seen.lcp.length - 1].start : Number.NaN,
      lcpElement: seen.lcp.length ? seen.lcp[seen.lcp.length - 1].element : null,
      heapBytes: after.JSHeapUsedSize,
      readyMs: seen.readyAt ?? Number.NaN,
      blocked,
    };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} ExitScenario
 * @property {string} name
 * @property {string} path
 * @property {ReadySpec} ready
 * @property {string} button Playwright selector of the exit button (pierces shadow roots)
 */

/**
 * A fresh context on `scenario.path`, loaded, its widget shown and the page settled: where a press is measured.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {{ path: string, ready: ReadySpec }} scenario
 * @param {number} rate
 * @param {Device} [device]
 */
async function settledPage(browser, origin, scenario, rate, device) {
  const opened = await openPage(browser, origin, rate, scenario.ready, device);
  try {
    await opened.page.goto(`${origin}${scenario.path}`, { waitUntil: "load" });
    await waitReady(opened.page);
    await settle(opened.page);
    return opened;
  } catch (error) {
    await opened.context.close();
    throw error;
  }
}

/**
 * Load a page with an exit button, let it settle, click the button, and time the click against the next
 * document's navigation start (its `performance.timeOrigin`).
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {ExitScenario} scenario
 * @param {number} rate
 * @param {Device} [device]
 */
export async function exitOnce(browser, origin, scenario, rate, device) {
  const { context, page, blocked } = await settledPage(browser, origin, scenario, rate, device);
  try {
    /** @type {Promise<{ event: number, listener: number }>} */
    const clicked = new Promise((resolve) => {
      page.on("console", (message) => {
        const text = message.text();
        if (text.startsWith("bench:click ")) resolve(JSON.parse(text.slice(12)));
      });
    });
    await page.locator(scenario.button).click();
    await page.waitForURL(`${EXIT_URL}**`, { timeout: 30_000 });
    const navigationStart = await page.evaluate(() => performance.timeOrigin);
    const click = await clicked;
    return {
      clickToNavigationMs: navigationStart - click.event,
      listenerToNavigationMs: navigationStart - click.listener,
      blocked,
    };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} PressScenario
 * @property {string} name
 * @property {string} path
 * @property {ReadySpec} ready
 * @property {string} host the widget's element, a CSS selector
 */

/**
 * Load a page with a widget, let it settle, tap its report button and time the tap against the first moment the
 * report dialog is open: what a person waits for on the first press. A widget that first painted without Preact
 * loads its code first; one rendered at once only loads the dialog. The tap's time is the click event's
 * `timeStamp`, the dialog's a MutationObserver callback in the widget's shadow root, both on the page's clock.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {PressScenario} scenario
 * @param {number} rate
 * @param {Device} [device]
 */
export async function pressOnce(browser, origin, scenario, rate, device) {
  const { context, page, blocked } = await settledPage(browser, origin, scenario, rate, device);
  try {
    await page.evaluate((host) => {
      const bench = /** @type {any} */ (window).__bench;
      const root = /** @type {ShadowRoot} */ (document.querySelector(host)?.shadowRoot);
      document.addEventListener("click", (event) => (bench.pressedAt ??= event.timeStamp), true);
      const look = () => {
        if (bench.openedAt === undefined && root.querySelector("dialog[open]"))
          bench.openedAt = performance.now();
      };
      new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true });
    }, scenario.host);
    await page.locator(`${scenario.host} .lantern-cta`).first().tap();
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.openedAt !== undefined, null, {
      polling: 50,
      timeout: 30_000,
    });
    const { pressedAt, openedAt } = await page.evaluate(() => /** @type {any} */ (window).__bench);
    return { pressToDialogMs: openedAt - pressedAt, blocked };
  } finally {
    await context.close();
  }
}

/**
 * Which CDN files a page with one widget requests, from the server's log: the browser's own list, to check the
 * byte figures count every request. For the report button, also what opening its dialog requests.
 * @param {import("playwright-core").Browser} browser
 * @param {import("./server.mjs").BenchServer} server
 * @param {string} base CDN path prefix, e.g. `/lantern/1.0.0/`
 * @param {string} widget
 * @param {string} path page path
 */
export async function observeRequests(browser, server, base, widget, path) {
  const { context, page } = await openPage(browser, server.origin, 1, {
    shadowText: `lantern-${widget}`,
    min: 3,
  });
  const cdnFiles = (/** @type {number} */ from) =>
    server.requests
      .slice(from)
      .filter((request) => request.startsWith(base))
      .map((request) => request.slice(base.length));
  try {
    const start = server.requests.length;
    await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
    await waitReady(page);
    await page.waitForLoadState("networkidle");
    const firstRender = cdnFiles(start);
    /** @type {string[] | undefined} */
    let onOpen;
    if (widget === "report-button") {
      const mark = server.requests.length;
      await page.locator(`lantern-${widget} button`).first().click();
      await page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector("dialog[open]") != null,
        `lantern-${widget}`,
      );
      await page.waitForLoadState("networkidle");
      onOpen = cdnFiles(mark);
    }
    return { firstRender, onOpen };
  } finally {
    await context.close();
  }
}

/**
 * A widget as Lantern first paints it, frozen: its shadow root's nodes as HTML and the CSS of every stylesheet the
 * root adopted (the loader's `:host` reserve included). pages.mjs turns it into the two references for what showing
 * this card costs however it is delivered: static HTML, and the cheapest script that shows it.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {string} path a page with the widget and the loader
 * @param {string} tag the widget's element, e.g. `lantern-warning-signs`
 * @param {number} [min] characters of text the shadow root must hold first (a report button has few)
 * @returns {Promise<import("./pages.mjs").FrozenWidget>}
 */
export async function freezeWidget(browser, origin, path, tag, min = 20) {
  const { context, page } = await openPage(browser, origin, 1, { shadowText: tag, min });
  try {
    // The text each constructed stylesheet was given, as Lantern ships it. Read back from the CSSOM, rules come
    // serialized with spaces and with shorthands expanded (the loader's `all:initial` becomes every longhand, over
    // 10 KB), which would make the references heavier and slower than the card really is.
    await page.addInitScript(() => {
      const texts = new WeakMap();
      Object.defineProperty(window, "__sheetTexts", { value: texts });
      const proto = CSSStyleSheet.prototype;
      const replaceSync = proto.replaceSync;
      proto.replaceSync = function (/** @type {string} */ text) {
        texts.set(this, text);
        return replaceSync.call(this, text);
      };
    });
    await page.goto(`${origin}${path}`, { waitUntil: "load" });
    await waitReady(page);
    const frozen = await page.evaluate((name) => {
      const root = /** @type {ShadowRoot} */ (document.querySelector(name)?.shadowRoot);
      const texts = /** @type {WeakMap<CSSStyleSheet, string>} */ (/** @type {any} */ (window).__sheetTexts);
      const css = root.adoptedStyleSheets
        .map((sheet) => texts.get(sheet) ?? [...sheet.cssRules].map((rule) => rule.cssText).join("\n"))
        .join("\n");
      return { css, html: root.innerHTML };
    }, tag);
    return { tag, ...frozen };
  } finally {
    await context.close();
  }
}
