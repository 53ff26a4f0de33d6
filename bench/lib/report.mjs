/**
 * Turns one run's results into the console table, bench/results.md and the targets' verdicts. Every number printed
 * here is read from the results object of this run; the only constants are the targets themselves.
 */

/**
 * The targets (issue 26), each a ratio to a reference loaded in the same run, or (the heap) a difference from the
 * page without Lantern: reported, never asserted. The loader's byte budget, the layout shift and the quick exit's
 * size are guarded by tests in `pnpm test` instead (packages/embed/test/budgets.test.ts,
 * apps/demo/test/cls.browser.test.ts), so they are figures here, not targets.
 */
export const TARGETS = {
  /** First render (loader + first paint, brotli) ÷ the same card as static HTML + CSS, every widget and language. */
  firstRenderVsStatic: 1.5,
  /** Warning signs shown with the configurator's snippet ÷ the static card shown, phone profile. */
  shownVsStatic: 1.5,
  /** Script attributed to Lantern ÷ the script floor's, every profile (medians of interleaved loads). */
  scriptVsFloor: 1.5,
  /** JS heap added over the host page, every profile. */
  heapAddedKB: 330,
};

const KB = 1024;

/** @param {number} bytes */
const fmtBytes = (bytes) => `${bytes.toLocaleString("en")} B`;
/** @param {number} value @param {number} [digits] */
const fmtNum = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
/** @param {number} ratio */
const fmtRatio = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "n/a");
/**
 * A summary as "median [p25–p75] unit".
 * @param {import("./stats.mjs").Summary} summary
 * @param {string} unit
 * @param {number} [digits]
 */
const fmtSummary = (summary, unit, digits = 1) =>
  `${fmtNum(summary.median, digits)}${unit} [${fmtNum(summary.p25, digits)}–${fmtNum(summary.p75, digits)}]`;
/** @param {boolean | null} met */
const verdict = (met) => (met === null ? "" : met ? "met" : "**missed**");

/**
 * @typedef {object} Row
 * @property {string} figure
 * @property {string} lantern
 * @property {string} reference
 * @property {string} ratio
 * @property {string} target
 * @property {string} status
 */

/**
 * @param {string} figure
 * @param {string} lantern
 * @param {string} reference
 * @param {string} ratio
 * @param {string} [target]
 * @param {boolean | null} [met]
 * @returns {Row}
 */
const row = (figure, lantern, reference, ratio, target = "", met = null) => ({
  figure,
  lantern,
  reference,
  ratio,
  target,
  status: verdict(met),
});

/**
 * One target's verdict, with the figures it was computed from.
 * @typedef {object} Verdict
 * @property {string} target what is judged, e.g. "first render ≤ 1.5× the static card: warning-signs (en)"
 * @property {string} lantern Lantern's figure
 * @property {string} reference the reference's figure, from the same run
 * @property {string} ratio Lantern against the reference
 * @property {string} limit the target's limit
 * @property {boolean} met
 * @property {string} detail one line: the figures, for the console and results.json
 */

/**
 * The tables and verdicts for a results object (see run.mjs for its shape).
 * @param {any} results
 */
export function buildTables(results) {
  const { bytes, runtime, exit, profiles } = results;
  /** The profile the "shown" target is judged on: the phone, as the issue sets it (the others: every profile). */
  const JUDGED = "phone";
  /** @type {{ title: string, note: string, rows: Row[] }[]} */
  const tables = [];
  /** @type {Verdict[]} */
  const verdicts = [];
  /**
   * Record a target's verdict (and return it, for the row that shows the same figure).
   * @param {Omit<Verdict, "detail">} verdict
   */
  const judge = (verdict) => {
    verdicts.push({ ...verdict, detail: `${verdict.lantern} vs ${verdict.reference}: ${verdict.ratio}` });
    return verdict.met;
  };

  // --- Bytes ---------------------------------------------------------------------------------------------------
  /** @type {Row[]} */
  const byteRows = [];
  const loader = bytes.loader.total;
  byteRows.push(
    row(
      "Loader `embed.js`, brotli / gzip",
      `${fmtBytes(loader.brotli)} / ${fmtBytes(loader.gzip)}`,
      "",
      "",
      "guard: `packages/embed/test/budgets.test.ts`",
    ),
  );
  byteRows.push(
    row(
      "Floor runtime (preact + hooks + signals, esbuild-minified)",
      "",
      `${fmtBytes(bytes.floorRuntime.brotli)} / ${fmtBytes(bytes.floorRuntime.gzip)}`,
      "",
    ),
  );
  const firstLimit = `≤ ${TARGETS.firstRenderVsStatic.toFixed(2)}× static (brotli)`;
  for (const entry of bytes.firstRender) {
    const card = entry.static;
    const met = card ? entry.staticRatio.brotli <= TARGETS.firstRenderVsStatic : false;
    judge({
      target: `First render bytes ≤ ${TARGETS.firstRenderVsStatic}× the static card: ${entry.name} (${entry.lang})`,
      lantern: `${fmtBytes(entry.total.brotli)} brotli`,
      reference: card ? `static ${fmtBytes(card.brotli)}` : "static card not measured",
      ratio: card ? fmtRatio(entry.staticRatio.brotli) : "n/a",
      limit: firstLimit,
      met,
    });
    byteRows.push(
      row(
        `First render \`${entry.name}\` (${entry.lang}), ${entry.files.length} requests, brotli / gzip`,
        `${fmtBytes(entry.total.brotli)} / ${fmtBytes(entry.total.gzip)}`,
        card
          ? `static card ${fmtBytes(card.brotli)} / ${fmtBytes(card.gzip)}; Preact floor ${fmtBytes(entry.floor.brotli)}`
          : `Preact floor ${fmtBytes(entry.floor.brotli)}`,
        card
          ? `${fmtRatio(entry.staticRatio.brotli)} / ${fmtRatio(entry.staticRatio.gzip)} (floor ${fmtRatio(entry.ratio.brotli)})`
          : `floor ${fmtRatio(entry.ratio.brotli)}`,
        firstLimit,
        met,
      ),
    );
  }
  for (const entry of bytes.woken) {
    byteRows.push(
      row(
        `…on the first press (or with settings): \`${entry.name}\` (${entry.lang}) chunk, runtime and content, ${entry.files.length} requests`,
        `${fmtBytes(entry.total.brotli)} / ${fmtBytes(entry.total.gzip)}`,
        "",
        "",
      ),
    );
  }
  for (const entry of bytes.dialog) {
    byteRows.push(
      row(
        `Report dialog on open (${entry.lang}): ${entry.files.length} requests, brotli / gzip`,
        `${fmtBytes(entry.total.brotli)} / ${fmtBytes(entry.total.gzip)}`,
        "",
        "",
      ),
    );
  }
  tables.push({
    title: "Bytes on the wire",
    note: "Each file compressed on its own (brotli q11, gzip -9). First render = the snippet as shipped: the loader and the widget's first paint (`first/<lang>/<widget>.js`, markup built at build time, no Preact). Ratio = Lantern ÷ the same card as static HTML + CSS (its element with a declarative shadow root holding the nodes and CSS Lantern first painted in this run, one file, no script): what the card weighs however it is delivered. In brackets, Lantern ÷ the Preact floor (the runtime any Preact widget needs plus the same locale's content file). The first press loads the rest, listed below it.",
    rows: byteRows,
  });

  // --- Main thread ---------------------------------------------------------------------------------------------
  for (const key of Object.keys(runtime)) {
    const { baseline, lantern, scriptFloor, configurator } = runtime[key];
    const b = baseline.summary;
    const l = lantern.summary;
    // What showing this card costs however it is delivered (pages.mjs): by the cheapest script (one classic
    // script, innerHTML into a shadow root), and as static HTML (no script). Lantern's targets read against them.
    const f = scriptFloor.summary;
    const s = runtime[key].static.summary;
    const c = configurator.summary;
    const phone = key === JUDGED;
    const where = profiles[key].label;
    /** @type {Row[]} */
    const rows = [];

    const scriptRatio = l.attributedMs.median / f.attributedMs.median;
    const scriptLimit = `≤ ${TARGETS.scriptVsFloor.toFixed(2)}× the script floor`;
    rows.push(
      row(
        "Script time attributed (CPU profile), Lantern's two-line snippet against the script floor (the same card by one classic script, `innerHTML`)",
        fmtSummary(l.attributedMs, " ms"),
        `script floor ${fmtSummary(f.attributedMs, " ms")}`,
        fmtRatio(scriptRatio),
        scriptLimit,
        judge({
          target: `Lantern's script ≤ ${TARGETS.scriptVsFloor}× the script floor: ${where}`,
          lantern: `${fmtNum(l.attributedMs.median)} ms`,
          reference: `script floor ${fmtNum(f.attributedMs.median)} ms`,
          ratio: fmtRatio(scriptRatio),
          limit: scriptLimit,
          met: scriptRatio <= TARGETS.scriptVsFloor,
        }),
      ),
    );
    const framesDelta = l.longFramesWithSubject.median - f.longFramesWithSubject.median;
    rows.push(
      row(
        "Frames over 50 ms that run Lantern's script (LoAF), against those that run the script floor's",
        fmtSummary(l.longFramesWithSubject, "", 1),
        `script floor ${fmtSummary(f.longFramesWithSubject, "", 1)}`,
        `${framesDelta >= 0 ? "+" : ""}${fmtNum(framesDelta, 1)}`,
        "≤ the script floor's",
        judge({
          target: `Frames over 50 ms running Lantern script ≤ the script floor's: ${where}`,
          lantern: fmtNum(l.longFramesWithSubject.median, 1),
          reference: `script floor ${fmtNum(f.longFramesWithSubject.median, 1)}`,
          ratio: `${framesDelta >= 0 ? "+" : ""}${fmtNum(framesDelta, 1)}`,
          limit: "≤ the script floor's",
          met: framesDelta <= 0,
        }),
      ),
    );
    const heapAdded = (l.heapBytes.median - b.heapBytes.median) / KB;
    const heapLimit = `≤ +${TARGETS.heapAddedKB} KB`;
    rows.push(
      row(
        "JS heap used after GC, added over the host page (`JSHeapUsedSize`)",
        `${fmtNum(l.heapBytes.median / KB)} KB`,
        `page ${fmtNum(b.heapBytes.median / KB)} KB; script floor ${fmtNum(f.heapBytes.median / KB)} KB (+${fmtNum((f.heapBytes.median - b.heapBytes.median) / KB)} KB)`,
        `+${fmtNum(heapAdded)} KB`,
        heapLimit,
        judge({
          target: `JS heap added over the host page ≤ +${TARGETS.heapAddedKB} KB: ${where}`,
          lantern: `${fmtNum(l.heapBytes.median / KB)} KB`,
          reference: `page ${fmtNum(b.heapBytes.median / KB)} KB`,
          ratio: `+${fmtNum(heapAdded)} KB`,
          limit: heapLimit,
          met: heapAdded <= TARGETS.heapAddedKB,
        }),
      ),
    );
    const shownRatio = c.readyMs.median / s.readyMs.median;
    const shownLimit = `≤ ${TARGETS.shownVsStatic.toFixed(2)}× the static card`;
    rows.push(
      row(
        "Warning signs shown (first frame with their text, from navigation start), the configurator's snippet (pinned script, preload, reserve rules) against the same card as static HTML",
        fmtSummary(c.readyMs, " ms"),
        `static HTML ${fmtSummary(s.readyMs, " ms")}`,
        fmtRatio(shownRatio),
        phone ? shownLimit : "",
        phone
          ? judge({
              target: `Warning signs shown ≤ ${TARGETS.shownVsStatic}× the static card's time, configurator's snippet: ${where}`,
              lantern: `${fmtNum(c.readyMs.median)} ms`,
              reference: `static HTML ${fmtNum(s.readyMs.median)} ms`,
              ratio: fmtRatio(shownRatio),
              limit: shownLimit,
              met: shownRatio <= TARGETS.shownVsStatic,
            })
          : null,
      ),
      row(
        "…with the two-line snippet (no preload, no reserve rules)",
        fmtSummary(l.readyMs, " ms"),
        `static HTML ${fmtSummary(s.readyMs, " ms")}`,
        fmtRatio(l.readyMs.median / s.readyMs.median),
      ),
    );
    rows.push(
      row(
        "Lantern script inside long frames (LoAF `scripts[]`)",
        fmtSummary(l.loafSubjectScriptMs, " ms"),
        `script floor ${fmtSummary(f.loafSubjectScriptMs, " ms")}`,
        "absolute",
      ),
      row(
        "Page script time (`ScriptDuration`)",
        fmtSummary(l.scriptDurationMs, " ms"),
        `page ${fmtSummary(b.scriptDurationMs, " ms")}`,
        `${fmtRatio(l.scriptDurationMs.median / b.scriptDurationMs.median)} (+${fmtNum(l.scriptDurationMs.median - b.scriptDurationMs.median)} ms)`,
      ),
      row(
        "Frames over 50 ms (count per load), against the page and the same card as static HTML (declarative shadow DOM, no script)",
        fmtSummary(l.longFrames, "", 1),
        `page ${fmtSummary(b.longFrames, "", 1)}; static ${fmtSummary(s.longFrames, "", 1)}`,
        `+${fmtNum(l.longFrames.median - b.longFrames.median, 1)} over the page, ${l.longFrames.median >= s.longFrames.median ? "+" : ""}${fmtNum(l.longFrames.median - s.longFrames.median, 1)} over static`,
      ),
      row(
        "Longest frame (LoAF; 0 = none over 50 ms), against the static card",
        fmtSummary(l.longestFrameMs, " ms"),
        `static ${fmtSummary(s.longestFrameMs, " ms")}`,
        fmtRatio(l.longestFrameMs.median / s.longestFrameMs.median),
      ),
      row(
        "Layout shift, script and tag only (sum of `layout-shift`)",
        `${fmtSummary(l.cls, "", 4)}, max ${fmtNum(l.cls.max, 4)}`,
        `page ${fmtSummary(b.cls, "", 4)}, max ${fmtNum(b.cls.max, 4)}`,
        `+${fmtNum(l.cls.median - b.cls.median, 4)}`,
        "see the table per viewport",
      ),
      row(
        "…before the widget showed / after it (medians)",
        `${fmtNum(l.clsBeforeShown.median, 4)} / ${fmtNum(l.clsAfterShown.median, 4)}`,
        "",
        "before: space reserved late; after: widget outgrew it",
      ),
      row(
        "Largest contentful paint",
        fmtSummary(l.lcpMs, " ms"),
        `page ${fmtSummary(b.lcpMs, " ms")}`,
        `${fmtRatio(l.lcpMs.median / b.lcpMs.median)} (${l.lcpMs.median >= b.lcpMs.median ? "+" : ""}${fmtNum(l.lcpMs.median - b.lcpMs.median)} ms)`,
      ),
    );
    const exitL = exit[key].lantern.summary.clickToNavigationMs;
    const exitG = exit[key].govuk.summary.clickToNavigationMs;
    rows.push(
      row(
        "Quick exit: click → next document's navigation start",
        fmtSummary(exitL, " ms"),
        `GOV.UK ${fmtSummary(exitG, " ms")}`,
        fmtRatio(exitL.median / exitG.median),
      ),
    );
    const press = results.press;
    if (phone && press?.painted && press?.rendered) {
      const painted = press.painted.summary.pressToDialogMs;
      const rendered = press.rendered.summary.pressToDialogMs;
      rows.push(
        row(
          "First press on Report: tap → dialog open (first paint wakes the widget, then the dialog loads)",
          fmtSummary(painted, " ms"),
          `rendered at once ${fmtSummary(rendered, " ms")}`,
          `${fmtRatio(painted.median / rendered.median)} (+${fmtNum(painted.median - rendered.median)} ms)`,
        ),
      );
    }
    tables.push({
      title: `Main thread, ${where} (${results.runs} runs each)`,
      note: "Lantern = the host page with the two-line snippet (or the configurator's, where named). References, loaded in the same interleaved rounds: the script floor, the static card, and the page without Lantern. Values: median [p25–p75].",
      rows,
    });
  }

  // --- Layout shift per viewport --------------------------------------------------------------------------------
  /** @type {Row[]} */
  const clsRows = [];
  for (const [size, pages] of Object.entries(results.cls)) {
    const { shipped, bare } = /** @type {any} */ (pages);
    clsRows.push(
      row(
        `${size}: snippet as the configurator writes it / script and tags only`,
        `${fmtNum(shipped.median, 4)}, max ${fmtNum(shipped.max, 4)}`,
        `${fmtNum(bare.median, 4)}, max ${fmtNum(bare.max, 4)}`,
        "absolute",
        "guard: `apps/demo/test/cls.browser.test.ts`",
      ),
    );
  }
  tables.push({
    title: "Layout shift per viewport, cold first visit (mobile network, CPU 4×)",
    note: `The host page with the quick exit first and the warning signs after two paragraphs. Lantern = with the reserve rules the configurator writes beside each tag; Reference = the same script and tags without them (the plain two-line snippet). Sum of \`layout-shift\` values; median and worst of ${results.clsRuns} loads. The configurator's snippet also preloads the file the loader imports first for each widget.`,
    rows: clsRows,
  });

  // --- Peers ---------------------------------------------------------------------------------------------------
  /** @type {Row[]} */
  const peerRows = [];
  const govuk = bytes.peers.govukExit;
  const qe = bytes.quickExit.total;
  const qePage = bytes.quickExitPage.total;
  peerRows.push(
    row(
      "Quick exit bytes: `quick-exit.js` vs GOV.UK exit-this-page JS + CSS, brotli / gzip",
      `${fmtBytes(qe.brotli)} / ${fmtBytes(qe.gzip)}`,
      `${fmtBytes(govuk.total.brotli)} / ${fmtBytes(govuk.total.gzip)} (JS ${fmtBytes(govuk.js.brotli)} + CSS ${fmtBytes(govuk.css.brotli)} brotli)`,
      `${fmtRatio(qe.brotli / govuk.total.brotli)} / ${fmtRatio(qe.gzip / govuk.total.gzip)}`,
      "guard: `packages/embed/test/budgets.test.ts`",
    ),
  );
  peerRows.push(
    row(
      "Page with only a quick exit: `embed.js` + `quick-exit.js` vs GOV.UK",
      `${fmtBytes(qePage.brotli)} / ${fmtBytes(qePage.gzip)}`,
      `${fmtBytes(govuk.total.brotli)} / ${fmtBytes(govuk.total.gzip)}`,
      `${fmtRatio(qePage.brotli / govuk.total.brotli)} / ${fmtRatio(qePage.gzip / govuk.total.gzip)}`,
    ),
  );
  const ws = bytes.firstRender.find(
    (/** @type {any} */ entry) => entry.name === "warning-signs" && entry.lang === "en",
  );
  for (const [label, key] of [
    ["default `dist/umd/index.js`", "default"],
    ["keyword-only `dist/umd/docsearch.js`", "keywordOnly"],
  ]) {
    const ds = bytes.peers.docsearch[key];
    peerRows.push(
      row(
        `Bytes: warning signs first render (en) vs DocSearch ${label}, brotli / gzip`,
        `${fmtBytes(ws.total.brotli)} / ${fmtBytes(ws.total.gzip)}`,
        `${fmtBytes(ds.brotli)} / ${fmtBytes(ds.gzip)}`,
        `${fmtRatio(ws.total.brotli / ds.brotli)} / ${fmtRatio(ws.total.gzip / ds.gzip)}`,
      ),
    );
  }
  for (const key of Object.keys(runtime)) {
    const rate = profiles[key].label;
    const { baseline, lantern, docsearch } = runtime[key];
    const l = lantern.summary;
    const d = docsearch.summary;
    const b = baseline.summary;
    peerRows.push(
      row(
        `${rate}: script time attributed, Lantern vs DocSearch (default)`,
        fmtSummary(l.attributedMs, " ms"),
        fmtSummary(d.attributedMs, " ms"),
        fmtRatio(l.attributedMs.median / d.attributedMs.median),
      ),
      row(
        `${rate}: first render (frame time from navigation start)`,
        fmtSummary(l.readyMs, " ms"),
        fmtSummary(d.readyMs, " ms"),
        fmtRatio(l.readyMs.median / d.readyMs.median),
      ),
      row(
        `${rate}: frames over 50 ms per load`,
        fmtSummary(l.longFrames, "", 1),
        fmtSummary(d.longFrames, "", 1),
        "absolute",
      ),
      row(
        `${rate}: JS heap added over the host page`,
        `+${fmtNum((l.heapBytes.median - b.heapBytes.median) / KB)} KB`,
        `+${fmtNum((d.heapBytes.median - b.heapBytes.median) / KB)} KB`,
        fmtRatio((l.heapBytes.median - b.heapBytes.median) / (d.heapBytes.median - b.heapBytes.median)),
      ),
    );
  }
  const blockedTotals = Object.fromEntries(
    ["baseline", "lantern", "docsearch"].map((name) => [
      name,
      Object.values(runtime).reduce((sum, byRate) => sum + /** @type {any} */ (byRate)[name].blockedTotal, 0),
    ]),
  );
  peerRows.push(
    row(
      "Requests off 127.0.0.1, blocked (all loads)",
      String(blockedTotals.lantern),
      `DocSearch ${blockedTotals.docsearch}; host page ${blockedTotals.baseline}`,
      "absolute",
    ),
  );
  tables.push({
    title: "Peers, same run",
    note: "Ratio = Lantern ÷ peer. GOV.UK's CSS is the rules of govuk-frontend.min.css that style only the component's classes; DocSearch's CSS (@docsearch/css) is not installed and not counted.",
    rows: peerRows,
  });

  return { tables, verdicts };
}

/**
 * A Markdown table (also readable as is on a console).
 * @param {Row[]} rows
 */
export function markdownTable(rows) {
  const header = ["Figure", "Lantern", "Reference", "Ratio", "Target", "Status"];
  const cells = rows.map((r) => [r.figure, r.lantern, r.reference, r.ratio, r.target, r.status]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column].length)),
  );
  const line = (/** @type {string[]} */ values) =>
    `| ${values.map((value, column) => value.padEnd(widths[column])).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...cells.map(line),
  ].join("\n");
}

/**
 * The whole of results.md.
 * @param {any} results
 * @param {ReturnType<typeof buildTables>} built
 */
export function markdown(results, built) {
  const { machine, versions } = results;
  const lines = [
    "# Lantern benchmark results",
    "",
    `Generated by \`pnpm bench\` on ${results.date}; this file is overwritten by every run and every figure below comes from that run.`,
    "",
    "## Machine and versions",
    "",
    `- CPU: ${machine.cpuModel} × ${machine.cpuCount}; memory ${fmtNum(machine.memoryGiB)} GiB; load average (1/5/15 min) ${machine.loadAverage.map((/** @type {number} */ value) => value.toFixed(2)).join(" / ")} at start, ${machine.loadAverageAtEnd.map((/** @type {number} */ value) => value.toFixed(2)).join(" / ")} at end`,
    `- OS: ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless)`,
    `- Lantern embed ${versions.lantern}; preact ${versions.preact}; @preact/signals ${versions.signals}; govuk-frontend ${versions.govuk}; @docsearch/js ${versions.docsearch}; esbuild ${versions.esbuild}; playwright-core ${versions.playwright}`,
    `- Runs: ${results.runs} measured loads per scenario and profile (after ${results.warmup} discarded warm-up), profiles: ${Object.values(
      results.profiles,
    )
      .map((/** @type {any} */ profile) => profile.label)
      .join(
        "; ",
      )}; layout shift per viewport: ${results.clsRuns} loads each; benchmark took ${fmtNum(results.durationMs / 1000)} s (build not included)`,
    "",
  ];
  const met = built.verdicts.filter((item) => item.met).length;
  lines.push(
    "## Targets",
    "",
    `${met} of ${built.verdicts.length} met. Each is judged by the code from this run's figures: Lantern against a reference loaded in the same rounds (medians of interleaved loads), or, for the heap, against the page without Lantern. The loader's byte budget, the quick exit's size and layout shift are guarded by tests in \`pnpm test\`, not judged here.`,
    "",
    markdownTable(
      built.verdicts.map((item) =>
        row(item.target, item.lantern, item.reference, item.ratio, item.limit, item.met),
      ),
    ),
    "",
  );
  for (const table of built.tables) {
    lines.push(`## ${table.title}`, "", table.note, "", markdownTable(table.rows), "");
  }
  if (Object.keys(results.bytes.mismatches).length > 0 || results.bytes.dialogMismatch) {
    lines.push(
      "## Request cross-check",
      "",
      "The browser requested a different set of files than the static import analysis predicted:",
      "",
    );
    for (const [name, diff] of Object.entries(results.bytes.mismatches)) {
      lines.push(
        `- ${name}: only predicted ${JSON.stringify(diff.onlyStatic)}, only observed ${JSON.stringify(diff.onlyObserved)}`,
      );
    }
    if (results.bytes.dialogMismatch)
      lines.push(`- report dialog: ${JSON.stringify(results.bytes.dialogMismatch)}`);
    lines.push("");
  }
  lines.push("## Where the first-render bytes go (`warning-signs`, en)", "");
  const ws = results.bytes.firstRender.find(
    (/** @type {any} */ entry) => entry.name === "warning-signs" && entry.lang === "en",
  );
  if (ws) {
    for (const [file, size] of Object.entries(ws.perFile ?? {})) {
      const { raw, brotli, gzip } = /** @type {{ raw: number, brotli: number, gzip: number }} */ (size);
      lines.push(`- \`${file}\`: ${fmtBytes(raw)} raw, ${fmtBytes(brotli)} brotli, ${fmtBytes(gzip)} gzip`);
    }
    if (ws.static)
      lines.push(
        `- the same card as static HTML + CSS: ${fmtBytes(ws.static.raw)} raw, ${fmtBytes(ws.static.brotli)} brotli, ${fmtBytes(ws.static.gzip)} gzip`,
      );
    lines.push(
      `- floor runtime: ${fmtBytes(results.bytes.floorRuntime.raw)} raw, ${fmtBytes(results.bytes.floorRuntime.brotli)} brotli, ${fmtBytes(results.bytes.floorRuntime.gzip)} gzip`,
      "",
    );
  }
  lines.push(
    `## Where Lantern's script time goes (${results.profiles.phone.label}, median ms per file, stack-attributed)`,
    "",
  );
  const byFile = results.runtime.phone?.lantern.byFileMedian ?? {};
  for (const [file, ms] of Object.entries(byFile))
    lines.push(`- \`${file}\`: ${fmtNum(/** @type {number} */ (ms))} ms`);
  lines.push(
    "",
    "Top functions by self time (same runs; minified names, at line:column of the built file; native calls named after the Lantern file that made them):",
    "",
  );
  const byFunction = results.runtime.phone?.lantern.byFunctionMedian ?? {};
  for (const [name, ms] of Object.entries(byFunction))
    lines.push(`- \`${name}\`: ${fmtNum(/** @type {number} */ (ms))} ms`);
  // The long frames of one typical load (the median of Lantern's script time): what a split would have to cut.
  const phoneRuns = /** @type {any[]} */ (results.runtime.phone?.lantern.runs ?? []);
  const typical = [...phoneRuns].sort((a, b) => a.attributedMs - b.attributedMs)[
    Math.floor(phoneRuns.length / 2)
  ];
  if (typical?.subjectFrames) {
    lines.push(
      "",
      `Long frames (over 50 ms) that ran Lantern script in the load with the median script time (${fmtNum(typical.attributedMs)} ms): frame start and length, then each script in it (invoker, file, duration):`,
      "",
    );
    for (const frame of typical.subjectFrames)
      lines.push(`- at ${frame.start} ms, ${frame.duration} ms: ${frame.scripts.join("; ")}`);
    if (typical.subjectFrames.length === 0) lines.push("- none");
  }
  lines.push(
    "",
    "## How measured",
    "",
    "- **Bytes**: the built CDN folder is read into memory once; the server serves that snapshot, so measured and served bytes are the same. The static card is each widget's element with a declarative shadow root holding the nodes Lantern first painted in this run and the CSS text it gave its stylesheets, in one `<style>`, compressed as one file. A widget's first render is `embed.js` and `first/<lang>/<widget>.js` (with anything it imports statically); the list is checked against the requests a real page made. What the first press adds is the widget chunk, every runtime chunk it imports statically and `content/<lang>/<widget>.js`. The floor is preact + preact/hooks + @preact/signals bundled and minified by esbuild (no Lantern code) plus the same content file. The report dialog is what `import(\"./…\")` in the report button's static closure loads, plus `content/<lang>/dialog.js`.",
    `- **Main thread**: headless Chromium, one fresh context per load (cold cache), CPU throttled with \`Emulation.setCPUThrottlingRate\`; the same host page with and without \`<script src=".../embed.js" async>\` + \`<lantern-warning-signs>\`, and two references for what showing the same card costs however it arrives, built from the nodes and CSS Lantern first painted in this run: as static HTML (a declarative shadow root, no script) and shown by the cheapest script (one classic \`async\` script that writes them into a shadow root with \`innerHTML\`, no loader and no second request), loads interleaved (ABC, CBA, …) so drift hits every scenario alike. Script time attributed to Lantern comes from the V8 sampling profiler (CDP \`Profiler\`, 100 µs): a sample is Lantern's when any frame on its stack has a Lantern URL, so Preact rendering called by Lantern counts. Long Animation Frames (\`long-animation-frame\`, frames > 50 ms) give the long-frame counts and, via \`scripts[].sourceURL\`, the Lantern script inside them (LoAF lists only scripts over 5 ms, so it undercounts). \`Performance.getMetrics\` ScriptDuration gives the page's total script time as a cross-check. Layout shift is the sum of \`layout-shift\` values; LCP is the last \`largest-contentful-paint\` entry; heap is \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`, every page having waited through Playwright's \`waitForFunction\` alike (its injected script is about 530 KB of heap); "shown" is the first animation frame whose DOM has the widget's text. The configurator's snippet is the warning signs' as the configurator writes it (pinned script with its integrity hash, the preload of the first paint, the reserve rules, the tag).`,
    "- **Quick exit timing**: the page settles, Playwright clicks the exit button; the click's time is `performance.timeOrigin + event.timeStamp` seen by a window capture listener installed before any page script, and the navigation start is the next document's `performance.timeOrigin`. The exit URL is answered locally by `page.route`.",
    "- **Peers**: GOV.UK's exit-this-page is bundled from the `govuk-frontend` entry by esbuild (tree-shaken, minified ESM, with `new ExitThisPage(element)`), its markup is the package's example, and its CSS is the rules of `govuk-frontend.min.css` whose classes all belong to the component (plus the `:root` custom properties they read), minified. DocSearch is its UMD script-tag bundle initialised on a container and never opened; every request off 127.0.0.1 is aborted and counted.",
    "- **Noise**: a shared 2-core VM; timings are medians of repeated loads and are compared only with baselines from the same run. Bytes are exact.",
    "",
  );
  return lines.join("\n");
}
