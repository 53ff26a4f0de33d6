/**
 * 8. Quick exit under stress: the one control that must work when everything else is broken. Every other Lantern
 * file failing, the page's own JavaScript throwing, keyboard only, even quick-exit.js itself missing: the person
 * still leaves in one action, and Back goes to the page before, never back to this one.
 */
import type { Route } from "playwright-core";
import { expect, it } from "vitest";
import {
  EXIT_URL,
  expectFallback,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  type GauntletPage,
  g,
  hostPage,
  note,
  type VisitOptions,
  visit,
} from "../harness.js";

const QUICK_EXIT = `<lantern-quick-exit></lantern-quick-exit>`;
const OTHERS = `<lantern-warning-signs></lantern-warning-signs><lantern-report-button></lantern-report-button><p><input aria-label="Search"></p>`;
const fail = (route: Route) =>
  route.fulfill({ status: 500, contentType: "text/plain", body: "server error" });
/** The host page's own deliberate failures: an error at load and an unhandled rejection. */
const BROKEN_HOST = `<script>
  Promise.reject(new Error("host: the analytics request failed"));
  throw new Error("host: the carousel script crashed");
</script>`;
const HOST_ERRORS = /host: (the analytics request failed|the carousel script crashed)/;

async function leaveAndGoBack(watched: GauntletPage & { before: string }, action: () => Promise<void>) {
  const { page } = watched;
  await action();
  await page.waitForURL(`${EXIT_URL}**`);
  await page.goBack();
  expect(page.url()).toBe(watched.before);
}

/** A host page whose own scripts throw and reject, with a quick exit, visited after a first page. */
async function visitBrokenHost() {
  const path = `/g/exit-${Math.random().toString(36).slice(2)}`;
  const watched = await visitHostAfterFirst(hostPage(OTHERS, { top: QUICK_EXIT, early: BROKEN_HOST }), path, {
    hostErrors: HOST_ERRORS,
  });
  await expectWidget(watched.page, "quick-exit");
  return watched;
}

export function quickExit() {
  it("works when every other file failed (first/*, widgets/* and content/* answer 500)", async () => {
    const path = `/g/exit-${Math.random().toString(36).slice(2)}`;
    const watched = await visitHostAfterFirst(hostPage(QUICK_EXIT + OTHERS), path, {
      before: async (page) => {
        await page.route("**/lantern/*/first/**", fail);
        await page.route("**/lantern/*/widgets/**", fail);
        await page.route("**/lantern/*/content/**", fail);
      },
    });
    const { page } = watched;
    await expectWidget(page, "quick-exit");
    await expectFallback(page, "lantern-warning-signs");
    await expectFallback(page, "lantern-report-button");
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern warning-signs: could not load first\/en\/warning-signs\.js \(.+\): check that the Lantern files are on /,
      /^Lantern report-button: could not load first\/en\/report-button\.js \(.+\): check that the Lantern files are on /,
    ]);
    await leaveAndGoBack(watched, () =>
      page.locator("lantern-quick-exit").getByRole("button", { name: "Quick exit" }).click(),
    );
  });

  it("works when the page's own JavaScript is broken: by keyboard, Tab to it and Enter", async () => {
    const watched = await visitBrokenHost();
    const { page } = watched;
    await expect.poll(() => watched.hostErrors().length).toBe(2);
    // From the top of the page, as a person starting with the keyboard would.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => {
        const active = document.activeElement;
        return `${active?.localName}>${active?.shadowRoot?.activeElement?.textContent}`;
      }),
    ).toBe("lantern-quick-exit>Quick exit");
    await expectHostWorks(page, { keepFocus: true });
    expectNoErrors(watched);
    expectLanternLines(watched, []);
    await leaveAndGoBack(watched, () => page.keyboard.press("Enter"));
  });

  it("works when the page's own JavaScript is broken: Shift pressed three times, from a text field", async () => {
    const watched = await visitBrokenHost();
    const { page } = watched;
    await expectHostWorks(page);
    await page.getByRole("textbox", { name: "Search" }).click();
    expectNoErrors(watched);
    await leaveAndGoBack(watched, async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    });
  });

  it("hides the whole page at once, Lantern's widgets included, while the neutral page is still loading", async () => {
    let release: () => void = () => undefined;
    const watched = await visit(
      hostPage(
        OTHERS.replace(
          "<lantern-report-button>",
          "<lantern-at-risk></lantern-at-risk><lantern-report-button>",
        ),
        { top: QUICK_EXIT },
      ),
      {
        before: async (page) => {
          // The neutral page takes its time: what shows meanwhile is what someone looking over a shoulder sees.
          await page.route(`${EXIT_URL}**`, (route) =>
            new Promise<void>((resolve) => {
              release = resolve;
            }).then(() => route.abort()),
          );
        },
      },
    );
    const { page } = watched;
    for (const name of ["quick-exit", "warning-signs", "at-risk", "report-button"] as const)
      await expectWidget(page, name);
    await expectHostWorks(page);
    // Pressed from the page itself, and looked at in the same task: right after the press, before anything loads.
    // (Playwright's click() would wait for the navigation, which is held on purpose.)
    const seen = await page.evaluate(() => {
      const visible = (element: Element | null | undefined) =>
        element
          ? getComputedStyle(element).visibility === "visible" && element.getClientRects().length > 0
          : false;
      const exit = document.querySelector("lantern-quick-exit")?.shadowRoot as ShadowRoot;
      (exit.querySelector("button") as HTMLButtonElement).click();
      const hosts = [
        ...document.querySelectorAll("lantern-warning-signs, lantern-at-risk, lantern-report-button"),
      ];
      return {
        page: visible(document.getElementById("host-title")),
        widgets: hosts
          .filter((host) => [...(host.shadowRoot?.querySelectorAll("*") ?? [])].some(visible))
          .map((host) => host.localName),
        cover: visible(exit.querySelector(".lantern-quick-exit-cover")),
      };
    });
    release();
    expect(seen).toEqual({ page: false, widgets: [], cover: true });
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("with two quick exits, the first in the page decides where Shift×3 and every button go, every run", async () => {
    // The second hides in a closed disclosure with its own address, as a post's author in a CMS could add it.
    const second = `<details><summary>More</summary><lantern-quick-exit exit-url="https://evil.example/"></lantern-quick-exit></details>`;
    for (let run = 1; run <= 5; run++) {
      const path = `/g/exit-${Math.random().toString(36).slice(2)}`;
      const watched = await visitHostAfterFirst(hostPage(OTHERS + second, { top: QUICK_EXIT }), path);
      const { page } = watched;
      await expectWidget(page, "quick-exit");
      await expectWidget(page, "quick-exit", "details lantern-quick-exit");
      await page.getByRole("textbox", { name: "Search" }).click();
      await leaveAndGoBack(watched, async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      });
      expect(watched.exits, `run ${run}`).toEqual([EXIT_URL]);
      expect(watched.elsewhere, `run ${run}`).toEqual([]);
      expectNoErrors(watched);
      expectLanternLines(watched, [
        /^Lantern quick-exit: exitUrl: the first quick exit on this page goes to https:\/\/weather\.gc\.ca\/, and so does this one \(not to https:\/\/evil\.example\/\): keep one quick exit per page/,
      ]);
    }
    note(
      "two quick exits, the second hidden with another address: 5 of 5 runs left for the first one's address",
    );
    // Five pages in turn, on a 2-core machine shared with other suites: room to finish, not a measure of speed.
  }, 180_000);

  it("works even when quick-exit.js itself failed: the loader's own button leaves", async () => {
    const path = `/g/exit-${Math.random().toString(36).slice(2)}`;
    const watched = await visitHostAfterFirst(hostPage(QUICK_EXIT + OTHERS), path, {
      before: async (page) => {
        await page.route("**/lantern/*/quick-exit.js", fail);
        await page.route("**/lantern/*/first/**", fail);
        await page.route("**/lantern/*/widgets/**", fail);
        await page.route("**/lantern/*/content/**", fail);
      },
    });
    const { page } = watched;
    await expect
      .poll(() => page.locator("lantern-quick-exit").getByRole("button", { name: "Quick exit" }).count())
      .toBe(1);
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern quick-exit: could not load quick-exit\.js \(.+\): check that the Lantern files are on /,
      /^Lantern warning-signs: could not load first\/en\/warning-signs\.js/,
      /^Lantern report-button: could not load first\/en\/report-button\.js/,
    ]);
    await leaveAndGoBack(watched, () =>
      page.locator("lantern-quick-exit").getByRole("button", { name: "Quick exit" }).click(),
    );
  });
}

/**
 * Open a fresh context on a first page, then go to the host page served at `path`: the history a person has, so
 * that Back after the exit can be checked.
 */
async function visitHostAfterFirst(
  html: string,
  path: string,
  options: VisitOptions = {},
): Promise<GauntletPage & { before: string }> {
  const before = `${path}-before`;
  const watched = await visit(
    "<!doctype html><html lang='en'><title>Before</title><p>The page before</p></html>",
    {
      ...options,
      path: before,
    },
  );
  g.server.page(path, html);
  await watched.page.goto(`${g.origin}${path}`);
  return Object.assign(watched, { before: `${g.origin}${before}` });
}
