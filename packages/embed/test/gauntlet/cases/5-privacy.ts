/**
 * 5. Privacy: someone reading about trafficking may be watched, on their device or on the network. Lantern asks
 * nothing of any origin but its own, stores nothing (cookies, Web Storage, IndexedDB, Cache Storage, service
 * workers), sends no Referer through its links, and leaves nothing for the next visit to find.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  EXIT_URL,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  g,
  hostPage,
  NAMES,
  note,
  openDialog,
  visit,
  waitForShadowText,
} from "../harness.js";

const CONTACTS = [
  {
    name: "Town line (example)",
    role: "information",
    channels: [
      { kind: "phone", value: "905-555-0100" },
      { kind: "sms", value: "686868" },
      { kind: "email", value: "help@example.org" },
      { kind: "web-form", value: "https://example.org/report" },
      { kind: "chat", value: "https://example.org/chat" },
    ],
  },
];
const PAGE = () =>
  hostPage(NAMES.map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`).join("\n"), {
    head: `<script type="application/json" data-lantern-config>${JSON.stringify({ contacts: CONTACTS })}</script>`,
  });

/** Everything a page can leave behind in the browser, for this origin. */
async function leftBehind(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { ...inPage, state: await context.storageState({ indexedDB: true }) };
}
const NOTHING = {
  cookie: "",
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: [],
  caches: [],
  serviceWorkers: 0,
  state: { cookies: [], origins: [] },
};

/** Every link inside every shadow root: where it goes, its target and its rel. */
function links(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .flatMap((element) => [...(element.shadowRoot?.querySelectorAll("a[href]") ?? [])])
      .map((a) => ({
        href: a.getAttribute("href") ?? "",
        target: a.getAttribute("target"),
        rel: a.getAttribute("rel") ?? "",
      })),
  );
}

/** Use every widget: open the report dialog, open every myth, filter the directory. */
async function useEverything(page: Page) {
  for (const name of NAMES) await expectWidget(page, name);
  await waitForShadowText(page, "lantern-help-directory", "Town line (example)");
  await page.evaluate(() => {
    for (const details of document
      .querySelector("lantern-myths-facts")
      ?.shadowRoot?.querySelectorAll("details") ?? []) {
      details.open = true;
    }
  });
  await openDialog(page);
  await page.keyboard.press("Escape");
}

export function privacy() {
  it("requests go to Lantern's own origin only, and nothing is stored", async () => {
    const watched = await visit(PAGE());
    await useEverything(watched.page);
    expect(watched.requests.length).toBeGreaterThan(0);
    expect(watched.requests.filter((url) => new URL(url).origin !== g.origin)).toEqual([]);
    expect(await leftBehind(watched.page, watched.context)).toEqual(NOTHING);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("no Referer through its links: every new-tab link has noreferrer, tel:, sms: and mailto: have no target", async () => {
    const watched = await visit(PAGE(), { follow: /^https:\/\/example\.org\// });
    await useEverything(watched.page);
    // The dialog's links too: open it and leave it open.
    await openDialog(watched.page);
    const all = await links(watched.page);
    const blank = all.filter((link) => link.target === "_blank");
    const device = all.filter((link) => /^(tel|sms|mailto):/.test(link.href));
    expect(blank.length).toBeGreaterThan(0);
    expect(device.length).toBeGreaterThan(0);
    expect(
      blank.filter((link) => !/\bnoreferrer\b/.test(link.rel) || !/\bnoopener\b/.test(link.rel)),
    ).toEqual([]);
    expect(device.filter((link) => link.target !== null)).toEqual([]);
    // No other target at all: a named one would let the opened page find this one.
    expect(all.filter((link) => link.target !== null && link.target !== "_blank")).toEqual([]);
    // And a click on one really sends none: the new tab's request carries no Referer.
    await watched.page.keyboard.press("Escape");
    const [request] = await Promise.all([
      watched.context.waitForEvent("request", (request) => request.url().startsWith("https://example.org/")),
      watched.page.locator("lantern-help-directory").locator("a[href='https://example.org/report']").click(),
    ]);
    expect(request.headers().referer).toBeUndefined();
    note(
      `${blank.length} new-tab links, ${device.length} tel:/sms:/mailto: links checked; the clicked one sent no Referer`,
    );
    expectNoErrors(watched);
  });

  it("nothing left after use and a reload, in a fresh context", async () => {
    const watched = await visit(PAGE());
    const { page, context } = watched;
    await useEverything(page);
    // Lantern adds no history entries (the quick exit relies on that for Back).
    const entries = await page.evaluate(() => history.length);
    await page.reload();
    for (const name of NAMES) await expectWidget(page, name);
    expect(await leftBehind(page, context)).toEqual(NOTHING);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // After a reload every widget starts as on a first visit: nothing was remembered.
    expect(
      await page.evaluate(
        () =>
          document.querySelector("lantern-myths-facts")?.shadowRoot?.querySelectorAll("details[open]")
            .length ?? -1,
      ),
    ).toBe(0);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("the quick exit's request to the neutral page: never the page's address", async () => {
    const watched = await visit(hostPage(`<lantern-quick-exit></lantern-quick-exit>`));
    await expectWidget(watched.page, "quick-exit");
    const navigation = watched.page.waitForRequest((request) => request.url().startsWith(EXIT_URL));
    await watched.page.locator("lantern-quick-exit").getByRole("button", { name: "Quick exit" }).click();
    const referer = (await navigation).headers().referer;
    note(
      referer === undefined
        ? `the exit navigation to ${EXIT_URL} sent no Referer`
        : referer === `${g.origin}/`
          ? `the exit navigation to ${EXIT_URL} sent a Referer with the partner page's origin only, no path (the browser's default policy)`
          : `the exit navigation to ${EXIT_URL} sent Referer ${referer.replace(g.origin, "<origin>")}`,
    );
    // Never the full address of the page the person was reading.
    expect(referer === undefined || !referer.includes("/g/")).toBe(true);
    expectNoErrors(watched);
  });
}
