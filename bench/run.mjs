/**
 * `pnpm bench`: what Lantern costs a partner's page, as ratios against baselines measured in this same run.
 *
 *   bytes     measure-bytes.mjs    each entry point vs the physical floor (Preact runtime + one locale's content)
 *   runtime   measure-runtime.mjs  the same host page with and without Lantern, 1× and 4× CPU, medians
 *   peers     peers.mjs            GOV.UK's exit-this-page and Algolia DocSearch, measured the same way
 *   report    report.mjs           console table, results.md, results.json
 *
 * Environment: BENCH_RUNS (measured loads per scenario and profile, default 10, at least 10 for the published
 * figures), CHROMIUM_PATH (see @lantern/testing/chromium).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { chromiumLaunchOptions, mobileProfile } from "@lantern/testing/chromium";
import { chromium } from "playwright-core";
import { buildFloorRuntime, loadCdn, measureBytes, sizes, sumSizes } from "./lib/measure-bytes.mjs";
import {
  DESKTOP,
  exitOnce,
  freezeWidget,
  loadOnce,
  observeRequests,
  pressOnce,
} from "./lib/measure-runtime.mjs";
import { EXIT_URL, hostPage, staticWidget, widgetScript } from "./lib/pages.mjs";
import { buildGovukExit, docsearchBundles, packageVersion } from "./lib/peers.mjs";
import { buildTables, markdown, markdownTable } from "./lib/report.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

const require = createRequire(import.meta.url);
const started = performance.now();
// Taken before the benchmark adds its own load: how busy the shared machine already was.
const loadAtStart = os.loadavg();
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const WARMUP = 1;
/**
 * Where the page loads: a desktop on the local network at CPU 1× and 4×, and the phone the targets are judged on
 * (Lighthouse's mobile profile: 360×740 touch, CPU 4×, 150 ms round trips, 1.6 Mbit/s down).
 * @type {{ key: string, label: string, rate: number, device: import("./lib/measure-runtime.mjs").Device }[]}
 */
const PROFILES = [
  { key: "1", label: "desktop, CPU 1×", rate: 1, device: DESKTOP },
  { key: "4", label: "desktop, CPU 4×", rate: 4, device: DESKTOP },
  {
    key: "phone",
    label: "phone 360×740, CPU 4×, mobile network",
    rate: mobileProfile.cpuRate,
    device: {
      viewport: mobileProfile.viewport,
      isMobile: true,
      hasTouch: true,
      network: mobileProfile.network,
    },
  },
];
/** The viewports of the layout-shift table, each on the mobile network at CPU 4×. */
const CLS_VIEWPORTS = [
  { viewport: mobileProfile.viewport, isMobile: true, hasTouch: true },
  { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { viewport: { width: 768, height: 1024 }, hasTouch: true },
  { viewport: { width: 1280, height: 900 } },
];
/**
 * Loads per viewport and page in the layout-shift table. With the reserve the figure is the same on every load;
 * without it, it depends on whether the script beat the first paint, so the table gives the median and the worst.
 */
const CLS_RUNS = Math.max(1, Math.min(RUNS, 3));

/** @param {string} message */
const log = (message) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

// --- Inputs: the CDN build, the floor, the peers -----------------------------------------------------------------
const cdn = loadCdn();
const manifest = JSON.parse(readFileSync(require.resolve("@lantern/embed/manifest.json"), "utf8"));
/** @type {string[]} */
const widgets = manifest.widgets.filter((/** @type {string} */ name) => name !== "quick-exit");
// Reviewed locales only: drafts are shown only on request (README), so a partner's page gets one of these.
const langs = JSON.parse(readFileSync(require.resolve("@lantern/sdk/content/index.json"), "utf8"))
  .filter((/** @type {{ status: string }} */ locale) => locale.status === "reviewed")
  .map((/** @type {{ code: string }} */ locale) => locale.code);
const floorRuntime = await buildFloorRuntime();
const govuk = await buildGovukExit(EXIT_URL);
const docsearch = docsearchBundles();
log(
  `Lantern ${cdn.version}: ${cdn.files.size} files; widgets ${widgets.join(", ")}; locales ${langs.join(", ")}`,
);

// --- Pages -------------------------------------------------------------------------------------------------------
const server = await startServer();
const base = `/lantern/${cdn.version}/`;
server.mount(base, cdn.files);
server.add("/blank.html", "<!doctype html><title>blank</title>");
server.add("/peers/govuk/exit-this-page.js", govuk.js);
server.add("/peers/govuk/exit-this-page.css", govuk.css);
server.add("/peers/docsearch/index.js", docsearch.default);
const lanternScript = `<script src="${base}embed.js" async></script>`;
server.add("/pages/baseline.html", hostPage());
server.add(
  "/pages/lantern.html",
  hostPage({ head: lanternScript, article: "<lantern-warning-signs></lantern-warning-signs>" }),
);
// The first press: the snippet as shipped (first paint, Preact on the press) against the same card rendered at once
// (region="CA" is the default region, a setting, so that element renders with Preact as soon as it loads).
server.add(
  "/pages/press-painted.html",
  hostPage({ head: lanternScript, article: "<lantern-warning-signs></lantern-warning-signs>" }),
);
server.add(
  "/pages/press-rendered.html",
  hostPage({ head: lanternScript, article: '<lantern-warning-signs region="CA"></lantern-warning-signs>' }),
);
server.add(
  "/pages/docsearch.html",
  hostPage({
    header: '<div id="docsearch"></div>',
    // As DocSearch's README shows: the script, then a call with the container. Placeholder credentials: the
    // search is never opened, and any request it tries is blocked and counted.
    tail: `<script src="/peers/docsearch/index.js"></script>
<script>docsearch({ container: "#docsearch", appId: "BENCH0APP0", apiKey: "00000000000000000000000000000000", indices: ["lantern-bench"] });</script>`,
  }),
);
server.add(
  "/pages/lantern-exit.html",
  hostPage({ head: lanternScript, top: "<lantern-quick-exit></lantern-quick-exit>" }),
);
server.add(
  "/pages/govuk-exit.html",
  hostPage({
    head: '<link rel="stylesheet" href="/peers/govuk/exit-this-page.css">',
    // GOV.UK components only start where the page says the browser supports them.
    bodyClass: "govuk-template__body govuk-frontend-supported",
    top: govuk.markup,
    tail: '<script type="module" src="/peers/govuk/exit-this-page.js"></script>',
  }),
);
/**
 * A page with only `widget`, in `lang`: the two-line snippet, with a `lang` attribute where the page's is not it.
 * @param {string} widget
 * @param {string} lang
 */
const onlyPage = (widget, lang) => `/pages/only-${widget}${lang === "en" ? "" : `.${lang}`}.html`;
for (const widget of widgets) {
  for (const lang of langs) {
    const attribute = lang === "en" ? "" : ` lang="${lang}"`;
    server.add(
      onlyPage(widget, lang),
      hostPage({ head: lanternScript, article: `<lantern-${widget}${attribute}></lantern-${widget}>` }),
    );
  }
}

// The README's snippet, as the configurator writes it: the quick exit first, the warning signs after two
// paragraphs, each with the preload of the file the loader imports first for it (manifest.json's `preload`, for an
// element without settings) and the rules that reserve its space (reserve.json), both written by the embed's build.
const reserves = JSON.parse(cdn.files.get("reserve.json")?.toString() ?? "{}");
const cdnManifest = JSON.parse(cdn.files.get("manifest.json")?.toString() ?? "{}");
const rules = (/** @type {string} */ widget) => `<style>${reserves[widget]?.en?.general ?? ""}</style>`;
const preload = (/** @type {string} */ widget) => {
  const file = String(cdnManifest.preload?.[widget]?.plain ?? "").replace("{lang}", "en");
  const integrity = cdnManifest.files?.find((/** @type {any} */ entry) => entry.path === file)?.integrity;
  if (!file || !integrity)
    throw new Error(`manifest.json has no preload for ${widget}: rebuild @lantern/embed`);
  return `<link rel="modulepreload" href="${base}${file}" integrity="${integrity}" crossorigin="anonymous">`;
};
server.add(
  "/pages/snippet-shipped.html",
  hostPage({
    top: `${lanternScript}\n${preload("quick-exit")}\n${rules("quick-exit")}\n<lantern-quick-exit></lantern-quick-exit>`,
    article: `${preload("warning-signs")}\n${rules("warning-signs")}\n<lantern-warning-signs></lantern-warning-signs>`,
  }),
);
// The warning signs' snippet exactly as the configurator writes it, pasted where the card goes: the script pinned
// with its integrity hash, the preload of the first paint, the reserve rules, the tag. When the card shows with it
// is judged against the same card as static HTML (the "shown" target).
const embedIntegrity = cdnManifest.files?.find(
  (/** @type {any} */ entry) => entry.path === "embed.js",
)?.integrity;
if (!embedIntegrity) throw new Error("manifest.json has no integrity for embed.js: rebuild @lantern/embed");
server.add(
  "/pages/configurator.html",
  hostPage({
    article: [
      `<script src="${base}embed.js" integrity="${embedIntegrity}" crossorigin="anonymous" async></script>`,
      preload("warning-signs"),
      rules("warning-signs"),
      "<lantern-warning-signs></lantern-warning-signs>",
    ].join("\n"),
  }),
);
server.add(
  "/pages/snippet-bare.html",
  hostPage({
    top: `${lanternScript}\n<lantern-quick-exit></lantern-quick-exit>`,
    article: "<lantern-warning-signs></lantern-warning-signs>",
  }),
);
/** @type {import("./lib/measure-runtime.mjs").ReadySpec} The warning signs show: their shadow root has text. */
const CARD_READY = { shadowText: "lantern-warning-signs", min: 20 };
/**
 * A page load that counts once the warning signs show, with the script under `attribute` measured.
 * @param {string} name
 * @param {string} path
 * @param {string} [attribute]
 * @returns {import("./lib/measure-runtime.mjs").LoadScenario}
 */
const cardLoad = (name, path, attribute = "/lantern/") => ({
  name,
  path,
  ready: CARD_READY,
  attribute: [attribute],
});
const snippetScenarios = [
  cardLoad("shipped", "/pages/snippet-shipped.html"),
  cardLoad("bare", "/pages/snippet-bare.html"),
];

/** @type {import("./lib/measure-runtime.mjs").LoadScenario[]} */
const loadScenarios = [
  { name: "baseline", path: "/pages/baseline.html", ready: null, attribute: ["/lantern/"] },
  cardLoad("lantern", "/pages/lantern.html"),
  cardLoad("configurator", "/pages/configurator.html"),
  // The same card as static HTML, and shown by the cheapest script (pages.mjs): what showing it costs anyway.
  cardLoad("static", "/pages/static.html"),
  cardLoad("scriptFloor", "/pages/script-floor.html", "/floor/"),
  {
    name: "docsearch",
    path: "/pages/docsearch.html",
    ready: { selector: "#docsearch .DocSearch-Button" },
    attribute: ["/peers/docsearch/"],
  },
];
/** @type {import("./lib/measure-runtime.mjs").ExitScenario[]} */
const exitScenarios = [
  {
    name: "lantern",
    path: "/pages/lantern-exit.html",
    ready: { shadowSelector: "lantern-quick-exit", inner: "button" },
    // The exit comes first in the bar; a "How it works" toggle follows it.
    button: "lantern-quick-exit button >> nth=0",
  },
  {
    name: "govuk",
    path: "/pages/govuk-exit.html",
    ready: { selector: ".govuk-exit-this-page__indicator" },
    button: ".govuk-exit-this-page__button",
  },
];

/** @type {import("./lib/measure-runtime.mjs").PressScenario[]} */
const pressScenarios = ["painted", "rendered"].map((name) => ({
  name,
  path: `/pages/press-${name}.html`,
  ready: CARD_READY,
  host: "lantern-warning-signs",
}));

/**
 * Run every scenario `WARMUP + RUNS` times at `rate`, interleaved and alternating order (ABC, CBA, …) so slow
 * moments of a shared machine fall on every scenario alike; warm-up loads are dropped.
 * @template {{ name: string }} S
 * @template R
 * @param {S[]} scenarios
 * @param {(scenario: S) => Promise<R>} once
 * @returns {Promise<Record<string, R[]>>}
 */
async function interleaved(scenarios, once) {
  /** @type {Record<string, R[]>} */
  const out = Object.fromEntries(scenarios.map((scenario) => [scenario.name, []]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const order = i % 2 ? [...scenarios].reverse() : scenarios;
    for (const scenario of order) {
      const result = await once(scenario);
      if (i >= WARMUP) out[scenario.name].push(result);
    }
  }
  return out;
}

/**
 * Medians of every numeric field, and the median per-file attribution.
 * @param {any[]} runs
 */
function summarizeRuns(runs) {
  const numeric = Object.keys(runs[0]).filter((key) => typeof runs[0][key] === "number");
  /**
   * Median over runs of each key of a per-run record (0 where a run lacks it), largest first.
   * @param {string} field
   * @param {number} [limit]
   */
  const medians = (field, limit = Number.POSITIVE_INFINITY) =>
    Object.fromEntries(
      [...new Set(runs.flatMap((run) => Object.keys(run[field] ?? {})))]
        .map((key) => [key, summarize(runs.map((run) => run[field]?.[key] ?? 0)).median])
        .sort((a, b) => Number(b[1]) - Number(a[1]))
        .slice(0, limit),
    );
  return {
    summary: Object.fromEntries(numeric.map((key) => [key, summarize(runs.map((run) => run[key]))])),
    byFileMedian: medians("byFile"),
    byFunctionMedian: medians("byFunction", 10),
    blockedTotal: runs.reduce((sum, run) => sum + run.blocked.length, 0),
    blockedUrls: [...new Set(runs.flatMap((run) => run.blocked))],
    runs,
  };
}

/** @type {import("playwright-core").Browser | undefined} */
let browser;
/** @type {any} */
let results;
try {
  // One browser for the whole run; inside try, so the server closes even if Chromium cannot start.
  // The machine's own fonts, as before the tests pinned theirs: the bench measures what a reader's browser does, and
  // its references (the static card, the script floor) render in the same run with the same fonts.
  const launched = await chromium.launch(chromiumLaunchOptions({ fonts: "system" }));
  browser = launched;
  const chromiumVersion = launched.version();
  log(`Chromium ${chromiumVersion}; ${RUNS} runs per scenario and profile`);

  // The browser's own request lists, to check that the byte figures count every request.
  /** @type {Record<string, string[]>} */
  const observed = {};
  /** @type {string[] | undefined} */
  let observedDialog;
  for (const widget of widgets) {
    const seen = await observeRequests(launched, server, base, widget, `/pages/only-${widget}.html`);
    observed[widget] = seen.firstRender;
    if (seen.onOpen) observedDialog = seen.onOpen;
  }
  // Every card as Lantern first paints it, in every reviewed language, frozen (its shadow root's nodes and CSS): the
  // first-render bytes are judged against the same card as static HTML + CSS, and the warning signs in English are
  // the runtime references below.
  /** @type {Record<string, import("./lib/pages.mjs").FrozenWidget>} */
  const cards = {};
  for (const widget of widgets)
    for (const lang of langs)
      cards[`${widget} ${lang}`] = await freezeWidget(
        launched,
        server.origin,
        onlyPage(widget, lang),
        `lantern-${widget}`,
        3,
      );
  const statics = Object.fromEntries(Object.entries(cards).map(([key, card]) => [key, staticWidget(card)]));
  const bytes = measureBytes({ cdn, widgets, langs, floorRuntime, observed, statics });
  // Opening the dialog from a first paint wakes the report button too: its chunk and content, then the dialog's.
  const predictedDialog = [
    ...(bytes.woken.find((entry) => entry.name === "report-button" && entry.lang === "en")?.files ?? []),
    ...(bytes.dialog.find((entry) => entry.lang === "en")?.files ?? []),
  ];
  const dialogMismatch =
    observedDialog &&
    JSON.stringify([...observedDialog].sort()) !== JSON.stringify([...predictedDialog].sort())
      ? { predicted: predictedDialog, observed: observedDialog }
      : undefined;
  log("bytes measured");

  // The warning signs Lantern first paints: the references for what showing the card costs however it arrives.
  const card = cards["warning-signs en"];
  if (!card) throw new Error("the warning signs in English were not frozen");
  server.add("/pages/static.html", hostPage({ article: staticWidget(card) }));
  server.add("/floor/card.js", widgetScript(card));
  server.add(
    "/pages/script-floor.html",
    hostPage({
      head: '<script src="/floor/card.js" async></script>',
      article: "<lantern-warning-signs></lantern-warning-signs>",
    }),
  );

  /** @type {Record<string, any>} */
  const runtime = {};
  /** @type {Record<string, any>} */
  const exit = {};
  for (const { key, label, rate, device } of PROFILES) {
    const loads = await interleaved(loadScenarios, (scenario) =>
      loadOnce(launched, server.origin, scenario, rate, device),
    );
    runtime[key] = Object.fromEntries(
      Object.entries(loads).map(([name, runs]) => [name, summarizeRuns(runs)]),
    );
    log(`page loads on ${label} done`);
    const exits = await interleaved(exitScenarios, (scenario) =>
      exitOnce(launched, server.origin, scenario, rate, device),
    );
    exit[key] = Object.fromEntries(Object.entries(exits).map(([name, runs]) => [name, summarizeRuns(runs)]));
    log(`quick exits on ${label} done`);
  }

  // The first press on the phone, where the first paint's saving is paid back.
  const phone = PROFILES.find((profile) => profile.key === "phone");
  const presses = phone
    ? await interleaved(pressScenarios, (scenario) =>
        pressOnce(launched, server.origin, scenario, phone.rate, phone.device),
      )
    : {};
  const press = Object.fromEntries(
    Object.entries(presses).map(([name, runs]) => [name, summarizeRuns(runs)]),
  );
  log("first presses on the phone done");

  // Layout shift per viewport: the snippet as the configurator writes it (rules beside each tag) and the plain tags.
  /** @type {Record<string, Record<string, any>>} */
  const cls = {};
  for (const device of CLS_VIEWPORTS) {
    const size = `${device.viewport.width}×${device.viewport.height}`;
    cls[size] = {};
    for (const scenario of snippetScenarios) {
      const runs = [];
      for (let i = 0; i < CLS_RUNS; i++)
        runs.push(
          await loadOnce(launched, server.origin, scenario, mobileProfile.cpuRate, {
            ...device,
            network: mobileProfile.network,
          }),
        );
      cls[size][scenario.name] = summarize(runs.map((run) => run.cls));
    }
  }
  log("layout shift per viewport done");

  const cpus = os.cpus();
  results = {
    date: new Date().toISOString(),
    durationMs: 0,
    machine: {
      cpuModel: cpus[0]?.model ?? "unknown",
      cpuCount: cpus.length,
      memoryGiB: os.totalmem() / 1024 ** 3,
      loadAverage: loadAtStart,
      loadAverageAtEnd: os.loadavg(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: chromiumVersion,
    },
    versions: {
      lantern: cdn.version,
      preact: packageVersion("preact"),
      signals: packageVersion("@preact/signals"),
      govuk: packageVersion("govuk-frontend"),
      docsearch: packageVersion("@docsearch/js"),
      esbuild: packageVersion("esbuild"),
      playwright: packageVersion("playwright-core"),
    },
    runs: RUNS,
    warmup: WARMUP,
    profiles: Object.fromEntries(PROFILES.map(({ key, label, rate }) => [key, { label, rate }])),
    clsRuns: CLS_RUNS,
    bytes: {
      ...bytes,
      observed,
      observedDialog,
      dialogMismatch,
      peers: {
        govukExit: { js: sizes(govuk.js), css: sizes(govuk.css), total: sumSizes([govuk.js, govuk.css]) },
        docsearch: { default: sizes(docsearch.default), keywordOnly: sizes(docsearch.keywordOnly) },
      },
    },
    runtime,
    exit,
    press,
    cls,
  };
} finally {
  await browser?.close();
  await server.close();
}

results.durationMs = performance.now() - started;
const built = buildTables(results);
results.targets = built.verdicts;
const here = new URL(".", import.meta.url);
writeFileSync(new URL("results.json", here), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL("results.md", here), markdown(results, built));

for (const table of built.tables) {
  console.log(`\n${table.title}\n${table.note}\n${markdownTable(table.rows)}`);
}
console.log("\nTargets");
for (const item of built.verdicts)
  console.log(`  ${item.met ? "met   " : "MISSED"}  ${item.target} (${item.detail})`);
log("wrote bench/results.md and bench/results.json");
