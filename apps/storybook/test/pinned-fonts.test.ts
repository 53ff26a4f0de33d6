/**
 * The fonts the visual baselines render with are the repository's (@lantern/testing, src/fonts.js), not the
 * machine's. Fonts a machine adds (ImageMagick's fonts-noto-mono, fonts-urw-base35, fonts-liberation; a desktop's;
 * a Mac's) must change neither which font draws a family nor a single pixel.
 *
 * LANTERN_EXTRA_FONT_DIRS (colon-separated) adds folders of fonts to the worst case below, for instance Debian
 * packages unpacked with `apt-get download` and `dpkg -x` (CONTRIBUTING.md, Screenshots, shows the commands).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { PINNED_FONTS } from "@lantern/testing/fonts";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** What the widgets, the print kits and the demo ask for, and the scripts of the "help in your language" strip. */
const FAMILIES = {
  "system-ui": "Noto Sans",
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif": "Noto Sans",
  "sans-serif": "Arimo",
  serif: "Tinos",
  monospace: "DejaVu Sans Mono",
  "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif": "Arimo",
  "Georgia, 'Times New Roman', serif": "Tinos",
};
const SCRIPTS = {
  es: ["Ayuda en su idioma: llame al 1-833-900-1010, ¿sí? Año, niño.", "Noto Sans"],
  tl: ["Tulong sa iyong wika", "Noto Sans"],
  pt: ["Ajuda no seu idioma: coração, ação.", "Noto Sans"],
  ar: ["مساعدة بلغتك", "Noto Sans Arabic"],
  ur: ["اپنی زبان میں مدد", "Noto Nastaliq Urdu"],
  hi: ["अपनी भाषा में मदद", "Noto Sans"],
  pa: ["ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ", "Noto Sans Gurmukhi"],
  th: ["ความช่วยเหลือในภาษาของคุณ", "Noto Sans Thai"],
  "zh-Hans": ["用你的语言获得帮助", "Noto Sans SC"],
  "zh-Hant": ["用你的語言獲得幫助", "Noto Sans TC"],
  ko: ["당신의 언어로 도움", "Noto Sans KR"],
} as const;

/** One block per family and per language, each on its own page, as the strip's lines each carry their own lang. */
function sample(kind: "family" | "lang", key: string): string {
  const text =
    kind === "family" ? "Bad settings: region: CA-XX is not a region (use CA-ON) 911 1-833-900-1010" : "";
  const style = "font-size:16px;line-height:1.5;margin:0;padding:8px;width:320px";
  return kind === "family"
    ? `<p id="s" style="${style};font-family:${key}">${text}</p>`
    : `<p id="s" lang="${key}" dir="auto" style="${style};font-family:system-ui,sans-serif">${SCRIPTS[key as keyof typeof SCRIPTS][0]}</p>`;
}

/** A ceiling, not a timing: 18 samples in two browsers, on 2 cores shared with other suites. */
const MANY_RENDERS = 300_000;
const PINNED = new Set(PINNED_FONTS.map((font) => font.family));
let browser: Browser;
let leaky: Browser;
let machine: Browser;
const pages = new Map<Browser, Page>();

/** The families Chromium drew the sample with (its own report, not a guess from CSS), and the sample's pixels. */
async function render(on: Browser, html: string): Promise<{ fonts: string[]; png: Buffer }> {
  // One page per browser, reused: a new page costs seconds on a busy 2-core machine.
  let page = pages.get(on);
  if (!page) {
    page = await on.newPage({ viewport: { width: 360, height: 200 } });
    pages.set(on, page);
  }
  await page.setContent(html);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#s" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return {
      fonts: [...new Set(fonts.map((font) => font.familyName))].sort(),
      png: await page.locator("#s").screenshot(),
    };
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  const options = chromiumLaunchOptions();
  browser = await chromium.launch(options);
  // The worst case: the pinned file plus every font folder of this machine (and any extra ones), so the machine's
  // fonts are in fontconfig's list. The pinned families must still win, pixel for pixel.
  const pinned = options.env?.FONTCONFIG_FILE;
  if (!pinned) throw new Error("chromiumLaunchOptions() gave Chromium no FONTCONFIG_FILE");
  const dirs = [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    ...(process.env.LANTERN_EXTRA_FONT_DIRS ?? "").split(":"),
  ].filter((dir) => dir && existsSync(dir));
  const conf = join(mkdtempSync(join(tmpdir(), "lantern-leaky-fonts-")), "fonts.conf");
  writeFileSync(
    conf,
    readFileSync(pinned, "utf8").replace(
      "</fontconfig>",
      `${dirs.map((d) => `  <dir>${d}</dir>\n`).join("")}</fontconfig>`,
    ),
  );
  leaky = await chromium.launch({ ...options, env: { ...options.env, FONTCONFIG_FILE: conf } });
  // The control: the machine's own configuration (as a system-wide install of the extra folders would make it),
  // without the pinned file. Its fonts must differ somewhere, or the worst case above would prove nothing.
  const system = join(mkdtempSync(join(tmpdir(), "lantern-machine-fonts-")), "fonts.conf");
  writeFileSync(
    system,
    `<?xml version="1.0"?>\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${dirs
      .map((d) => `  <dir>${d}</dir>\n`)
      .join("")}</fontconfig>\n`,
  );
  const own = chromiumLaunchOptions({ fonts: "system" });
  machine = await chromium.launch({ ...own, env: { ...process.env, FONTCONFIG_FILE: system } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await leaky?.close();
  await machine?.close();
});

describe("pinned fonts", () => {
  it.each(Object.entries(FAMILIES))("font-family: %s is drawn with %s", async (family, expected) => {
    expect((await render(browser, sample("family", family))).fonts).toEqual([expected]);
  });

  it.each(Object.entries(SCRIPTS))("lang=%s is drawn with pinned fonts only", async (lang, [, main]) => {
    const { fonts } = await render(browser, sample("lang", lang));
    expect(fonts).toContain(main);
    expect(fonts.filter((font) => !PINNED.has(font))).toEqual([]);
  });

  it(
    "the machine's fonts, even where fontconfig can see them, change no family and no pixel",
    async () => {
      const samples = [
        ...Object.keys(FAMILIES).map((family) => sample("family", family)),
        ...Object.keys(SCRIPTS).map((lang) => sample("lang", lang)),
      ];
      for (const html of samples) {
        const [own, withMachineFonts] = [await render(browser, html), await render(leaky, html)];
        expect(withMachineFonts.fonts, html).toEqual(own.fonts);
        expect(withMachineFonts.png.equals(own.png), html).toBe(true);
      }
    },
    MANY_RENDERS,
  );

  it(
    "the control: the machine's own fonts draw these samples differently, so the check above can fail",
    async () => {
      const differs: string[] = [];
      for (const family of Object.keys(FAMILIES)) {
        const html = sample("family", family);
        const [own, theirs] = [await render(browser, html), await render(machine, html)];
        if (!theirs.png.equals(own.png)) differs.push(`${family}: ${theirs.fonts.join(", ")}`);
      }
      // Printed, so a run with LANTERN_EXTRA_FONT_DIRS shows what those fonts would have changed.
      console.log(`Without the pinned fonts, this machine draws differently:\n  ${differs.join("\n  ")}`);
      expect(differs.length).toBeGreaterThan(0);
    },
    MANY_RENDERS,
  );
});
