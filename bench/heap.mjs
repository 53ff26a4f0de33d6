/**
 * Where the JS heap Lantern adds goes: `pnpm --filter @lantern/bench heap`.
 *
 * Loads the bench's host page three ways, in turn, each in a fresh context at CPU 1× (the heap does not depend on
 * the throttling): without any widget, with the warning signs shown by the script floor (one classic script writing
 * the card into a shadow root), and with Lantern's two-line snippet. After the card shows and the page settles, it
 * forces a garbage collection, reads `JSHeapUsedSize` (what `pnpm bench` reports) and `Runtime.getHeapUsage`, and
 * takes a heap snapshot. The snapshots are summed by node type and by class or string, and the differences printed:
 * Lantern over the floor first, then the floor over the page.
 *
 * The pages are profiled as in `pnpm bench` (CDP `Profiler` started before the navigation and stopped before the
 * collection), unless PROFILE=0. Environment: RUNS (loads per page, default 3; the figures are medians), TOP (rows
 * per table, default 15), CDN (a copy of a CDN folder to serve instead of the built one: to see what a change to
 * the built files does to the heap, as `compare` does for time).
 */

import { resolve } from "node:path";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { chromium } from "playwright-core";
import { loadCdn, readFolder } from "./lib/measure-bytes.mjs";
import { freezeWidget } from "./lib/measure-runtime.mjs";
import { hostPage, widgetScript } from "./lib/pages.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

const RUNS = Number(process.env.RUNS ?? 3);
const TOP = Number(process.env.TOP ?? 15);
const PROFILE = process.env.PROFILE !== "0";
const TAG = "lantern-warning-signs";

const server = await startServer();
const base = "/lantern/build/";
server.mount(base, process.env.CDN ? readFolder(resolve(process.env.CDN)) : loadCdn().files);
server.add("/blank.html", "<!doctype html><title>blank</title>");
server.add("/pages/baseline.html", hostPage());
server.add(
  "/pages/lantern.html",
  hostPage({ head: `<script src="${base}embed.js" async></script>`, article: `<${TAG}></${TAG}>` }),
);

/**
 * A heap snapshot, summed: self size per node type, and per `type:name` (a class for objects, the text's start for
 * strings, the function's name for closures and code).
 * @param {any} snapshot parsed `.heapsnapshot`
 */
function summarizeSnapshot(snapshot) {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = types[0];
  const width = fields.length;
  const TYPE = fields.indexOf("type");
  const NAME = fields.indexOf("name");
  const SIZE = fields.indexOf("self_size");
  /** @type {Record<string, number>} */
  const byType = {};
  /** @type {Record<string, number>} */
  const byName = {};
  /** @type {Record<string, number>} */
  const countByName = {};
  let total = 0;
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = typeNames[nodes[i + TYPE]];
    const size = nodes[i + SIZE];
    total += size;
    byType[type] = (byType[type] ?? 0) + size;
    const raw = String(strings[nodes[i + NAME]] ?? "");
    // Strings are named by their text: keep enough to recognise them, and group the rest.
    const name =
      type === "string" || type === "concatenated string" || type === "sliced string"
        ? raw.slice(0, 60).replace(/\s+/g, " ")
        : raw.slice(0, 80);
    const key = `${type}: ${name}`;
    byName[key] = (byName[key] ?? 0) + size;
    countByName[key] = (countByName[key] ?? 0) + 1;
  }
  return { total, byType, byName, countByName };
}

/**
 * One load: the heap after the page settled and a forced GC.
 * @param {import("playwright-core").Browser} browser
 * @param {string} path
 * @param {boolean} card whether to wait for the warning signs to show
 */
async function heapOf(browser, path, card) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.enable");
    if (PROFILE) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
    // Every page waits the same way, card or not: Playwright's waitForFunction installs its injected script
    // (about 320 KB of source, and its compiled code) in the page's isolate, so a page that skipped it would read
    // that much lighter. READY=0 skips it everywhere but the card pages, as `pnpm bench` once did.
    if (card || process.env.READY !== "0")
      await page.waitForFunction(
        ([tag, needed]) =>
          !needed || (document.querySelector(tag)?.shadowRoot?.textContent ?? "").trim().length > 20,
        /** @type {const} */ ([TAG, card]),
        { polling: 50 },
      );
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
        ),
    );
    if (PROFILE) await cdp.send("Profiler.stop");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
    const usage = await cdp.send("Runtime.getHeapUsage");
    /** @type {string[]} */
    const chunks = [];
    cdp.on("HeapProfiler.addHeapSnapshotChunk", ({ chunk }) => chunks.push(chunk));
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    return { used, usage, snapshot: summarizeSnapshot(JSON.parse(chunks.join(""))) };
  } finally {
    await context.close();
  }
}

/** @param {number} bytes */
const kb = (bytes) => `${bytes >= 0 ? "+" : ""}${(bytes / 1024).toFixed(1)} KB`;

/**
 * Median of each key over runs' records (0 where a run lacks it).
 * @param {Record<string, number>[]} records
 */
function medianRecord(records) {
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  return Object.fromEntries(
    [...keys].map((key) => [key, summarize(records.map((record) => record[key] ?? 0)).median]),
  );
}

/**
 * The rows where `a` and `b` differ most, largest first.
 * @param {Record<string, number>} a
 * @param {Record<string, number>} b
 */
function diff(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .map((key) => /** @type {[string, number]} */ ([key, (a[key] ?? 0) - (b[key] ?? 0)]))
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const card = await freezeWidget(browser, server.origin, "/pages/lantern.html", TAG);
  server.add("/floor/card.js", widgetScript(card));
  server.add(
    "/pages/script-floor.html",
    hostPage({ head: '<script src="/floor/card.js" async></script>', article: `<${TAG}></${TAG}>` }),
  );
  const scenarios = [
    { name: "page", path: "/pages/baseline.html", card: false },
    { name: "floor", path: "/pages/script-floor.html", card: true },
    { name: "lantern", path: "/pages/lantern.html", card: true },
  ];
  /** @type {Record<string, Awaited<ReturnType<typeof heapOf>>[]>} */
  const runs = { page: [], floor: [], lantern: [] };
  for (let round = 0; round < RUNS; round++) {
    for (const scenario of round % 2 ? [...scenarios].reverse() : scenarios)
      runs[scenario.name]?.push(await heapOf(browser, scenario.path, scenario.card));
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        used: summarize(list.map((run) => run.used)).median,
        usageUsed: summarize(list.map((run) => run.usage.usedSize)).median,
        embedder: summarize(list.map((run) => run.usage.embedderHeapUsedSize ?? Number.NaN)).median,
        total: summarize(list.map((run) => run.snapshot.total)).median,
        byType: medianRecord(list.map((run) => run.snapshot.byType)),
        byName: medianRecord(list.map((run) => run.snapshot.byName)),
      },
    ]),
  );
  const { page, floor, lantern } = /** @type {Record<string, any>} */ (summary);
  console.log(
    `${RUNS} loads per page, CPU 1×, profiler ${PROFILE ? "on (as in pnpm bench)" : "off"}; medians`,
  );
  for (const [name, s] of Object.entries(summary))
    console.log(
      `${name.padEnd(8)} JSHeapUsedSize ${(s.used / 1024).toFixed(1)} KB | Runtime.getHeapUsage used ${(s.usageUsed / 1024).toFixed(1)} KB, embedder ${(s.embedder / 1024).toFixed(1)} KB | snapshot ${(s.total / 1024).toFixed(1)} KB`,
    );
  console.log(
    `\nadded over the page: floor ${kb(floor.used - page.used)}, Lantern ${kb(lantern.used - page.used)} (JSHeapUsedSize); snapshot: floor ${kb(floor.total - page.total)}, Lantern ${kb(lantern.total - page.total)}`,
  );
  for (const [title, a, b] of [
    ["Lantern over the page", lantern, page],
    ["Lantern over the script floor", lantern, floor],
    ["script floor over the page", floor, page],
  ]) {
    console.log(`\n${title}, by node type:`);
    for (const [key, bytes] of diff(a.byType, b.byType).slice(0, TOP))
      console.log(`  ${kb(bytes).padStart(10)}  ${key}`);
    console.log(`${title}, by type and name:`);
    for (const [key, bytes] of diff(a.byName, b.byName).slice(0, TOP))
      console.log(`  ${kb(bytes).padStart(10)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
