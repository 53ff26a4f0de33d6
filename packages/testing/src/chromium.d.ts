/** The Chromium binary: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for a headless run on a machine with no internet. */
export declare const chromiumArgs: string[];
/** Launch options for Playwright's `chromium.launch()` and Vitest's `playwright({ launchOptions })`. */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true };
/** A fresh, empty profile directory, so no state leaks between runs. */
export declare function freshUserDataDir(): string;
