/**
 * Two or more builds of the CDN folder, loaded in turn on the bench's phone profile, to learn whether a change to
 * the embed makes the main thread cheaper: `pnpm --filter @lantern/bench compare <folder> <folder> …`, each folder a
 * copy of `packages/embed/dist/cdn/<version>` (copy one aside, change and rebuild, then compare the two).
 *
 * Each folder is served under its own path on one 127.0.0.1 server, behind the same host page as `pnpm bench`
 * (warning signs after two paragraphs); loads alternate between the builds (AB, BA, …) so drift on a shared machine
 * hits both alike. It prints medians per build: script time attributed to Lantern, long frames (over 50 ms) that ran
 * Lantern script and how long those scripts were, the longest frame, and when the widget showed.
 *
 * Each build is also read against the script floor of the same loads: the first build's widget, frozen, written
 * into a shadow root by one classic script (lib/pages.mjs). This machine's speed drifts between runs (the page
 * without Lantern ran 7.5 ms of script in one full bench and 22.6 ms in the next), and the floor, loaded in the
 * same rounds, drifts with it: compare milliseconds within one run, and ratios to the floor across runs.
 *
 * Read both columns. Long Animation Frames name a script by the function a task started with: work resumed after
 * `setTimeout(resolve)` starts in a native function and is named after nothing, so a change can look as if it
 * removed Lantern from long frames when it only hid it. The profiler's figure does not have that blind spot.
 *
 * Environment: RUNS (loads per build, default 10, after one warm-up each), RATE (CPU throttling, default 4),
 * TAG (the markup under test), FRAMES=1 (print the long frames of the first three loads of each build).
 */
import { resolve } from "node:path";
import { chromiumLaunchOptions, mobileProfile } from "@lantern/testing/chromium";
import { chromium } from "playwright-core";
import { readFolder } from "./lib/measure-bytes.mjs";
import { freezeWidget, loadOnce } from "./lib/measure-runtime.mjs";
import { hostPage, widgetScript } from "./lib/pages.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

const folders = process.argv.slice(2).map((folder) => resolve(folder));
if (folders.length < 2) {
  console.error("usage: pnpm --filter @lantern/bench compare <cdn folder> <cdn folder> [more folders]");
  process.exit(2);
}
const RUNS = Number(process.env.RUNS ?? 10);
const RATE = Number(process.env.RATE ?? mobileProfile.cpuRate);
const TAG = process.env.TAG ?? "<lantern-warning-signs></lantern-warning-signs>";
/** The element's name, without the attributes TAG may give it: what the page waits for, and what the floor shows. */
const tag = TAG.slice(1, TAG.search(/[\s>]/));

const server = await startServer();
server.add("/blank.html", "<!doctype html><title>blank</title>");
const scenarios = folders.map((folder, index) => {
  server.mount(`/build${index}/`, readFolder(folder));
  server.add(
    `/pages/build${index}.html`,
    hostPage({ head: `<script src="/build${index}/embed.js" async></script>`, article: TAG }),
  );
  return {
    name: folder,
    path: `/pages/build${index}.html`,
    ready: { shadowText: tag, min: 20 },
    attribute: [`/build${index}/`],
  };
});

const browser = await chromium.launch(chromiumLaunchOptions());
server.add(
  "/floor/widget.js",
  widgetScript(await freezeWidget(browser, server.origin, "/pages/build0.html", tag)),
);
server.add(
  "/pages/floor.html",
  hostPage({ head: '<script src="/floor/widget.js" async></script>', article: `<${tag}></${tag}>` }),
);
scenarios.push({
  name: "script floor (the first build's widget, one classic script, innerHTML)",
  path: "/pages/floor.html",
  ready: { shadowText: tag, min: 20 },
  attribute: ["/floor/"],
});
/** @type {any[][]} */
const results = scenarios.map(() => []);
try {
  for (let round = 0; round <= RUNS; round++) {
    const order = scenarios.map((_, index) => index);
    if (round % 2) order.reverse();
    for (const index of order) {
      const run = await loadOnce(browser, server.origin, scenarios[index], RATE, mobileProfile);
      // Round 0 warms the machine and the server up; it is not counted.
      if (round > 0) results[index]?.push(run);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (/** @type {any[]} */ runs, /** @type {string} */ key) =>
  summarize(runs.map((run) => run[key])).median.toFixed(1);
console.log(
  `${RUNS} loads per build, CPU ${RATE}×, ${mobileProfile.viewport.width}×${mobileProfile.viewport.height}`,
);
const floor = Number(median(results[scenarios.length - 1] ?? [], "attributedMs"));
scenarios.forEach(({ name }, index) => {
  const runs = results[index] ?? [];
  const ratio =
    index < folders.length
      ? ` (${(Number(median(runs, "attributedMs")) / floor).toFixed(2)}× the floor)`
      : "";
  console.log(
    `${name}\n  script ${median(runs, "attributedMs")} ms (profiler)${ratio} | long frames with its script ${median(runs, "longFramesWithSubject")}, its scripts in them ${median(runs, "loafSubjectScriptMs")} ms | longest frame ${median(runs, "longestFrameMs")} ms | shown at ${median(runs, "readyMs")} ms`,
  );
  if (process.env.FRAMES)
    for (const run of runs.slice(0, 3)) console.log(`  frames: ${JSON.stringify(run.subjectFrames)}`);
});
