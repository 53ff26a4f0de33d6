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
const shots = [
  ["town", "/town/", { width: 1100, height: 1400 }],
  ["town-fr-mobile", "/town/fr/", { width: 390, height: 1200 }],
  ["shelter", "/shelter/", { width: 1100, height: 1400 }],
  ["configurator", "/configurator/", { width: 1280, height: 1100 }],
];
const demo = await startDemoServer({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [name, path, viewport] of shots) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${demo.origin}${path}`);
    // Wait until every Lantern element has rendered into its shadow root.
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll(
          "[data-lantern], lantern-warning-signs, lantern-report-button, lantern-quick-exit, lantern-at-risk, lantern-myths-facts, lantern-help-directory",
        ),
      ].every((element) => (element.shadowRoot?.textContent ?? "").trim().length > 0),
    );
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await demo.close();
}
