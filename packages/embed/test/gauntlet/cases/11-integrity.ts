/**
 * 11. A chain of trust from the pinned loader. The partner pins embed.js with `integrity`; everything it loads after
 * that is checked against the build's hashes before it runs (src/loader.ts, integrity.js). Here every Lantern module
 * is altered on its way to the browser, as a compromised CDN or a network in the middle would: none of them runs,
 * and each widget shows 911 and the hotline, with the loader's own quick-exit button, and a console line each.
 */
import en from "@lantern/sdk/content/en";
import type { Page, Route } from "playwright-core";
import { expect, it } from "vitest";
import {
  EXIT_URL,
  expectFallback,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  hostPage,
  note,
  visit,
} from "../harness.js";

/** What an attacker's copy adds: proof, if it ever runs, that it did. */
const PAYLOAD = "\n;globalThis.__altered = (globalThis.__altered || 0) + 1;\n";
const alter = async (route: Route) => {
  const response = await route.fetch();
  await route.fulfill({ response, body: (await response.text()) + PAYLOAD });
};
const PAGE = `<lantern-quick-exit></lantern-quick-exit><lantern-warning-signs></lantern-warning-signs>
<lantern-report-button></lantern-report-button><lantern-help-directory region="CA-ON"></lantern-help-directory>`;
const CONTENT = ["lantern-warning-signs", "lantern-report-button", "lantern-help-directory"];

export function integrity() {
  it("with every module the loader imports altered on the wire, none runs and every widget shows 911 and the hotline", async () => {
    const watched = await visit(hostPage(PAGE), {
      before: async (page) => {
        await page.route(/\/lantern\/[^/]+\/(?!embed\.js)[^?]+\.js/, alter);
      },
    });
    const { page } = watched;
    for (const selector of CONTENT) await expectFallback(page, selector);
    // The loader's own quick exit, which needs no other file, still leaves.
    const exit = page.locator("lantern-quick-exit").getByRole("button", { name: "Quick exit" });
    await expect.poll(() => exit.count(), { timeout: 15_000 }).toBe(1);
    await expectHostWorks(page);
    expect(await page.evaluate(() => (globalThis as { __altered?: number }).__altered)).toBeUndefined();
    expectNoErrors(watched);
    const files = {
      "quick-exit": "quick-exit\\.js",
      "warning-signs": "first/en/warning-signs\\.js",
      "report-button": "first/en/report-button\\.js",
      "help-directory": "widgets/help-directory\\.js",
    };
    expectLanternLines(
      watched,
      Object.entries(files).map(
        ([name, file]) =>
          new RegExp(
            `^Lantern ${name}: could not load ${file} \\([^ ]+ did not load, or does not match its integrity hash\\): check that the Lantern files are on `,
          ),
      ),
    );
    await exit.click();
    await page.waitForURL(`${EXIT_URL}**`);
    note("every module altered: 0 altered modules ran; 4 of 4 widgets showed their fallback");
  });

  it("with integrity.js altered, the first paints and quick exit (pinned by the loader itself) still show; what needs the list shows 911 and the hotline", async () => {
    const watched = await visit(hostPage(PAGE), {
      before: async (page) => {
        await page.route(/\/lantern\/[^/]+\/integrity\.js/, alter);
      },
    });
    const { page } = watched;
    await expectWidget(page, "quick-exit");
    await expectWidget(page, "warning-signs");
    await expectWidget(page, "report-button");
    await expectFallback(page, "lantern-help-directory");
    // Pressing Report wakes the widget, which needs the list: the press still shows 911 and the hotline.
    await page
      .locator("lantern-report-button")
      .getByRole("button", { name: en.ui["reportButton.label"] })
      .click();
    await expectStalledNumbers(page, "lantern-report-button");
    expect(await page.evaluate(() => (globalThis as { __altered?: number }).__altered)).toBeUndefined();
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern help-directory: could not load widgets\/help-directory\.js \(integrity\.js did not load, or does not match its integrity hash\): check that the Lantern files are on /,
      /^Lantern report-button: could not load widgets\/report-button\.js \(integrity\.js did not load, or does not match its integrity hash\): check that the Lantern files are on .+ \(the widget cannot respond, and shows 911 and the hotline when pressed\)$/,
    ]);
    note("integrity.js altered: it never ran; the first paints and quick exit showed, the rest fell back");
  });
}

/** After a press the widget could not answer: its 911 and hotline lines are on screen, as an alert. */
async function expectStalledNumbers(page: Page, selector: string) {
  await expect
    .poll(
      () =>
        page.locator(selector).evaluate((host) => {
          const box = host.shadowRoot?.querySelector('.lantern-print-only[role="alert"]');
          return box && getComputedStyle(box).display !== "none" ? (box.textContent ?? "") : "";
        }),
      { timeout: 15_000 },
    )
    .toMatch(/911[\s\S]*1-833-900-1010/);
}
