/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for a headless run on a machine with no internet. */
export declare const chromiumArgs: string[];
/** Flags that make text and colour the same pixels on every machine. */
export declare const renderingArgs: string[];
/**
 * Launch options for Playwright and Vitest. `fonts: "pinned"` (default): only the repository's fonts, through
 * `FONTCONFIG_FILE` in `env`; `"system"`: the machine's fonts.
 */
export declare function chromiumLaunchOptions(options?: { fonts?: "pinned" | "system" }): {
  executablePath: string;
  args: string[];
  headless: true;
  env?: Record<string, string | undefined>;
};
/** A fresh, empty profile directory, so no state leaks between runs. */
export declare function freshUserDataDir(): string;
/** Lighthouse's mobile profile: network and CPU throttling for CDP, and a 360×740 touch phone. */
export declare const mobileProfile: {
  network: { offline: false; latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuRate: number;
  viewport: { width: number; height: number };
  isMobile: true;
  hasTouch: true;
};
