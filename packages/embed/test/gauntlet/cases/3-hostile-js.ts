/**
 * 3. Hostile JavaScript: what other scripts on a partner's page do before and after Lantern loads. Prototypes
 * polluted, built-ins replaced, Lantern's element names taken, a jQuery-era library patching the DOM, the host
 * element pulled out mid-load, the whole body swapped by a single-page app.
 */
import { expect, it } from "vitest";
import {
  EXIT_URL,
  expectFallback,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  type GauntletPage,
  hostPage,
  mountCounts,
  NAMES,
  openDialog,
  shadowTextNow,
  visit,
  WIDGETS,
  waitForShadowText,
} from "../harness.js";

const ALL = NAMES.map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`).join("\n");
const CONFIG = `<script type="application/json" data-lantern-config>${JSON.stringify({
  contacts: [
    {
      name: "Town line (example)",
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
})}</script>`;

/** The shadow text of every widget on a clean page, to compare with. */
let clean: Map<string, string> | undefined;
async function cleanText(): Promise<Map<string, string>> {
  if (clean) return clean;
  const watched = await visit(hostPage(`${ALL}\n<div data-lantern="warning-sign"></div>`, { head: CONFIG }));
  for (const name of NAMES) await expectWidget(watched.page, name);
  await expectFallback(watched.page, "[data-lantern=warning-sign]");
  await waitForShadowText(watched.page, "lantern-help-directory", "Town line (example)");
  clean = new Map();
  for (const selector of [...NAMES.map((name) => `lantern-${name}`), "[data-lantern=warning-sign]"]) {
    clean.set(selector, await shadowTextNow(watched.page, selector));
  }
  return clean;
}

/** Every widget (and the fallback) shows exactly what it shows on a clean page. */
async function expectSameText(watched: GauntletPage) {
  const reference = await cleanText();
  for (const name of NAMES) await expectWidget(watched.page, name);
  await expectFallback(watched.page, "[data-lantern=warning-sign]");
  await waitForShadowText(watched.page, "lantern-help-directory", "Town line (example)");
  for (const [selector, text] of reference)
    expect(await shadowTextNow(watched.page, selector), selector).toBe(text);
}

const NOT_A_WIDGET = /^Lantern warning-sign: "warning-sign" is not a Lantern widget: use one of /;

/** Before anything else on the page: what old libraries did to the built-in prototypes. */
const POLLUTE = `<script>
  Object.prototype.polluted = "yes";
  Object.prototype.extend = function (source) { for (var key in source) this[key] = source[key]; return this; };
  Object.prototype.toJSONString = function () { return "{}"; };
  Array.prototype.each = function (callback) { for (var i = 0; i < this.length; i++) callback(this[i], i); };
  Array.prototype.first = function () { return this[0]; };
  Array.prototype.last = function () { return this[this.length - 1]; };
  Array.prototype.include = function (value) { return this.indexOf(value) !== -1; };
  Array.prototype.clone = function () { return this.slice(); };
  Array.prototype.remove = function (value) { var i = this.indexOf(value); if (i !== -1) this.splice(i, 1); return this; };
</script>`;

/** fetch, JSON.parse and the Promise constructor replaced by ones that throw. */
const REPLACE_BUILTINS = `<script>
  window.fetch = function () { throw new Error("host: fetch is disabled on this page"); };
  JSON.parse = function () { throw new Error("host: JSON.parse is disabled on this page"); };
  window.Promise = function () { throw new Error("host: Promise is disabled on this page"); };
</script>`;

/**
 * A jQuery-era library: `$` and `jQuery`, and an `Element.prototype.append` with jQuery's meaning, where a string is
 * HTML to parse, not text.
 */
const JQUERY_LIKE = `<script>
  (function () {
    var native = Element.prototype.append;
    window.__appendCalls = 0;
    Element.prototype.append = function () {
      window.__appendCalls++;
      for (var i = 0; i < arguments.length; i++) {
        var item = arguments[i];
        if (typeof item === "string") this.insertAdjacentHTML("beforeend", item);
        else native.call(this, item);
      }
    };
    window.jQuery = window.$ = function (selector) {
      var found = document.querySelectorAll(selector);
      return { length: found.length, append: function (html) { found.forEach(function (e) { e.append(html); }); } };
    };
  })();
</script>`;

export function hostileJs() {
  it("polluted Object.prototype and Array.prototype (enumerable properties and methods)", async () => {
    const watched = await visit(
      hostPage(`${ALL}\n<div data-lantern="warning-sign"></div>`, { early: POLLUTE, head: CONFIG }),
    );
    await expectSameText(watched);
    // The page's additions are still there, still enumerable: Lantern hid them only while it checked its config.
    expect(
      await watched.page.evaluate(() => {
        const keys: string[] = [];
        for (const key in {}) keys.push(key);
        for (const key in []) keys.push(key);
        return keys;
      }),
    ).toEqual([
      "polluted",
      "extend",
      "toJSONString",
      "each",
      "first",
      "last",
      "include",
      "clone",
      "remove",
      "polluted",
      "extend",
      "toJSONString",
    ]);
    await openDialog(watched.page);
    await watched.page.keyboard.press("Escape");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [NOT_A_WIDGET]);
  });

  it("fetch, JSON.parse and Promise replaced by functions that throw", async () => {
    const watched = await visit(hostPage(ALL, { early: REPLACE_BUILTINS }));
    for (const name of NAMES) await expectWidget(watched.page, name);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("the same, on a page with a partner configuration: it is still read (without JSON.parse)", async () => {
    const watched = await visit(hostPage(ALL, { early: REPLACE_BUILTINS, head: CONFIG }));
    for (const name of NAMES) await expectWidget(watched.page, name);
    await waitForShadowText(watched.page, "lantern-help-directory", "Town line (example)");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("opens the report dialog on a page that replaced Promise", async () => {
    // The report launcher awaits in async functions, whose promises are the engine's own, never window.Promise.
    const watched = await visit(hostPage(ALL, { early: REPLACE_BUILTINS }));
    await expectWidget(watched.page, "report-button");
    await watched.page
      .locator("lantern-report-button")
      .getByRole("button", { name: WIDGETS["report-button"] })
      .click();
    await watched.page.waitForTimeout(500);
    expectNoErrors(watched);
    expect(
      await watched.page.evaluate(() =>
        Boolean(document.querySelector("lantern-report-button")?.shadowRoot?.querySelector("dialog[open]")),
      ),
    ).toBe(true);
  });

  it("Lantern's element names already defined by someone else", async () => {
    const early = `<script>
      customElements.define("lantern-warning-signs", class extends HTMLElement {});
      customElements.define("lantern-myths-facts", class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: "closed" }).textContent = "A stranger's element"; }
      });
    </script>`;
    const watched = await visit(
      hostPage(
        `<lantern-warning-signs></lantern-warning-signs><lantern-myths-facts></lantern-myths-facts>
         <div data-lantern="myths-facts"></div><lantern-at-risk></lantern-at-risk>`,
        { early },
      ),
    );
    // A stranger's element without a shadow root of its own: Lantern treats it as a placeholder.
    await expectWidget(watched.page, "warning-signs");
    // One with a closed shadow root cannot hold Lantern: the placeholder beside it can, and the console says so.
    await expectWidget(watched.page, "myths-facts", "[data-lantern=myths-facts]");
    await expectWidget(watched.page, "at-risk");
    await expect.poll(() => watched.lantern().length).toBe(1);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern myths-facts: this element cannot hold a shadow root: use a <div data-lantern> placeholder instead$/,
    ]);
  });

  it("an old jQuery-like $ that patches Element.prototype.append to parse strings as HTML", async () => {
    const watched = await visit(
      hostPage(`${ALL}\n<div data-lantern="warning-sign"></div><div id="host-list"></div>`, {
        early: JQUERY_LIKE,
        head: CONFIG,
      }),
    );
    await expectSameText(watched);
    await openDialog(watched.page);
    await watched.page.keyboard.press("Escape");
    // The host's library still does its own job.
    await watched.page.evaluate(() =>
      (window as unknown as { $: (s: string) => { append(html: string): void } })
        .$("#host-list")
        .append("<b>host</b>"),
    );
    expect(await watched.page.locator("#host-list b").textContent()).toBe("host");
    // Lantern did go through the patched method (the fallback's sentences), and came out the same.
    expect(
      await watched.page.evaluate(() => (window as unknown as { __appendCalls: number }).__appendCalls),
    ).toBeGreaterThan(1);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [NOT_A_WIDGET]);
  });

  it("the host element removed right after insertion, and while its files load: nothing left, even 8 s later", async () => {
    const watched = await visit(hostPage(`<main id="app"></main>`), {
      before: async (page) => page.clock.install(),
    });
    const { page } = watched;
    type Removed = { __removed: Element[] };
    // In the same task as the insertion.
    await page.evaluate(() => {
      const element = document.createElement("lantern-myths-facts");
      document.getElementById("app")?.append(element);
      element.remove();
      (window as unknown as Removed).__removed = [element];
    });
    // Once its first paint has been asked for (an element without settings loads nothing else).
    const chunk = page.waitForRequest(/first\/en\/at-risk\.js$/);
    const content = page.waitForResponse(/first\/en\/at-risk\.js$/);
    await page.evaluate(() => {
      const element = document.createElement("lantern-at-risk");
      document.getElementById("app")?.append(element);
      (window as unknown as Removed).__removed.push(element);
    });
    await chunk;
    await page.evaluate(() => (window as unknown as Removed).__removed[1]?.remove());
    // Let the loads finish, then the loader's stall timeout (8 s) pass.
    await content;
    await page.waitForTimeout(200);
    await page.clock.fastForward(9000);
    await page.waitForTimeout(100);
    const left = await page.evaluate(() => ({
      app: document.getElementById("app")?.childNodes.length,
      shadowContent: (window as unknown as Removed).__removed.map(
        (element) => element.shadowRoot?.childNodes.length ?? 0,
      ),
      dialogs: document.querySelectorAll("dialog").length,
    }));
    expect(left).toEqual({ app: 0, shadowContent: [0, 0], dialogs: 0 });
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("the host element moved while loading stays the widget, and gets no fallback 8 s later", async () => {
    const watched = await visit(hostPage(`<main id="one"></main><aside id="two"></aside>`), {
      before: async (page) => page.clock.install(),
    });
    const { page } = watched;
    await page.evaluate(() => {
      const element = document.createElement("lantern-at-risk");
      document.getElementById("one")?.append(element);
      // A framework moving it in the same task, before its files arrive.
      document.getElementById("two")?.append(element);
    });
    await expectWidget(page, "at-risk");
    // The loader's stall timeout (8 s) of the first connection passes.
    await page.clock.fastForward(9000);
    await page.waitForTimeout(100);
    await expectWidget(page, "at-risk");
    expect(await mountCounts(page)).toEqual({ hosts: 1, withContent: 1, once: 1 });
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("document.body replaced after the loader ran (as Turbo and pjax do): the new body's widgets mount", async () => {
    const watched = await visit(
      hostPage(`<lantern-quick-exit></lantern-quick-exit><lantern-at-risk></lantern-at-risk>`),
    );
    const { page } = watched;
    await expectWidget(page, "quick-exit");
    await expectWidget(page, "at-risk");
    const replaceWith = (how: "replaceWith" | "assign") =>
      page.evaluate((way) => {
        const old = document.body;
        const body = document.createElement("body");
        body.innerHTML = `<button id="host-button" type="button">Host button</button><output id="host-output">0</output>
          <h1 id="host-title">Partner page</h1><p id="host-text">A new page, same tab.</p>
          <lantern-myths-facts></lantern-myths-facts><div data-lantern="warning-signs"></div>`;
        if (way === "assign") document.body = body;
        else old.replaceWith(body);
        (window as unknown as { __old: Element[] }).__old = [
          ...old.querySelectorAll("lantern-quick-exit, lantern-at-risk"),
        ];
      }, how);
    await replaceWith("replaceWith");
    await expectWidget(page, "myths-facts");
    await expectWidget(page, "warning-signs", "[data-lantern=warning-signs]");
    // The old body's widgets are unmounted: nothing in their shadow roots, and Shift ×3 leads nowhere now.
    expect(
      await page.evaluate(() =>
        (window as unknown as { __old: Element[] }).__old.map(
          (element) => element.shadowRoot?.childNodes.length,
        ),
      ),
    ).toEqual([0, 0]);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForTimeout(200);
    expect(page.url()).not.toContain(EXIT_URL);
    // And once more, through the body setter.
    await replaceWith("assign");
    await expectWidget(page, "myths-facts");
    await expectWidget(page, "warning-signs", "[data-lantern=warning-signs]");
    expect(await mountCounts(page)).toEqual({ hosts: 2, withContent: 2, once: 2 });
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });
}
