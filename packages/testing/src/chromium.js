// Plain JavaScript with a .d.ts beside it: Vitest's and Playwright's config loaders hand this file to Node 20
// as is, and Node 20 cannot load TypeScript.

/**
 * How every real-browser suite launches Chromium: Debian's package, never a downloaded browser, with the flags
 * this offline machine needs. `CHROMIUM_PATH` overrides the path.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pinnedFontconfig } from "./fonts.js";

/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a headless run on a machine with no internet: without the background-networking ones Chromium floods
 * refused connections (update checks, sync, component updates), which slows and muddies every test.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Flags that make text and colour the same pixels on every machine, whatever its display or desktop settings: no
 * hinting (hinting snaps outlines to the pixel grid differently per FreeType build), whole-pixel glyph positions,
 * greyscale anti-aliasing instead of LCD subpixel colour fringes, and sRGB whatever colour profile the machine has.
 * The pinned fontconfig file asks for the same (see fonts.js), so both ways Chromium reads these settings agree.
 */
export const renderingArgs = [
  "--font-render-hinting=none",
  "--disable-font-subpixel-positioning",
  "--disable-lcd-text",
  "--force-color-profile=srgb",
];

/**
 * Launch options for Playwright's `chromium.launch()` and Vitest's `playwright({ launchOptions })`.
 *
 * `fonts: "pinned"` (the default, for every test, baseline and README picture) gives Chromium only the
 * repository's fonts (fonts.js) through `FONTCONFIG_FILE` in its own environment, so no task, turbo setting or
 * shell has to carry the variable. `fonts: "system"` keeps the machine's fonts: the print CLI a partner runs, which
 * has no pinned fonts installed and should print with the fonts its machine has.
 * @param {{ fonts?: "pinned" | "system" }} [options]
 * @returns {{ executablePath: string, args: string[], headless: true, env?: Record<string, string | undefined> }}
 */
export function chromiumLaunchOptions({ fonts = "pinned" } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const args = [...chromiumArgs, ...renderingArgs];
  if (fonts === "system") return { executablePath: chromiumPath, args, headless: true };
  return {
    executablePath: chromiumPath,
    args,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: pinnedFontconfig() },
  };
}

/** A fresh, empty profile directory, so no state leaks between runs. */
/** @returns {string} */
export function freshUserDataDir() {
  return mkdtempSync(join(tmpdir(), "lantern-chromium-"));
}

/**
 * Lighthouse's mobile profile, as CDP applies it: `Network.emulateNetworkConditions` with 150 ms round trips,
 * 1.6 Mbit/s down and 750 kbit/s up (bytes per second), `Emulation.setCPUThrottlingRate` 4×, and a 360×740 touch
 * phone. Shared by the layout-shift test and `pnpm bench`, so both measure the same phone.
 */
export const mobileProfile = {
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuRate: 4,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};
