/**
 * Screenshots of the demo pages for the README, taken in Debian's Chromium from `pnpm start`'s own server:
 * `pnpm --filter @lantern/demo screenshots` (after `pnpm build`) writes docs/screenshots/*.png.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { chromium } from "playwright-core";
import { startDemoServer } from "./server.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/screenshots");
mkdirSync(out, { recursive: true });
/** A 360 × 740 phone with touch, as the person Lantern is for holds it. */
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
// [file, path, context options, how far down to scroll first (a share of the page)]
const shots = [
  ["town", "/town/", { viewport: { width: 1100, height: 1400 } }, 0],
  ["town-fr-mobile", "/town/fr/", { viewport: { width: 390, height: 1200 } }, 0],
  // Scrolled, so the sticky quick exit shows as a phone user meets it: one row at the top.
  ["shelter-phone-scrolled", "/shelter/", PHONE, 0.4],
  ["shelter", "/shelter/", { viewport: { width: 1100, height: 1400 } }, 0],
  ["configurator", "/configurator/", { viewport: { width: 1280, height: 1100 } }, 0],
];
const demo = await startDemoServer({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [name, path, options, scroll] of shots) {
    const page = await browser.newPage(options);
    await page.goto(`${demo.origin}${path}`);
    // Wait until every Lantern element has rendered into its shadow root.
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll(
          "[data-lantern], lantern-warning-signs, lantern-report-button, lantern-quick-exit, lantern-at-risk, lantern-myths-facts, lantern-help-directory",
        ),
      ].every((element) => (element.shadowRoot?.textContent ?? "").trim().length > 0),
    );
    if (scroll) {
      await page.evaluate(
        (share) => window.scrollTo(0, document.documentElement.scrollHeight * share),
        scroll,
      );
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await demo.close();
}
