/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for a headless run on a machine with no internet. */
export declare const chromiumArgs: string[];
/** Launch options for Playwright's `chromium.launch()` and Vitest's `playwright({ launchOptions })`. */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true };
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
