/**
 * 9. The iframe and no-script paths, for CMSs that strip scripts. The frame is served from a second loopback port,
 * so it is cross-origin to the partner's page as it is in real life (the CDN's origin, never the partner's):
 * - the quick exit leaves the TOP page (Back does not return), and says so when its sandbox forbids it;
 * - the report dialog shows 911 and the hotline without scrolling the host, in a frame sized by its own
 *   `lantern:height` messages (70 px to start) and in a fixed 600 px frame, on a desktop and on a 360×740 phone;
 * - the frame meets the script tag's rules: strict CSP, no storage, no other origin, noreferrer links, axe;
 * - the partner's theme and contacts as URL parameters, checked with the script tag's own messages;
 * - static HTML with JavaScript off: no control that does nothing, the numbers as tel: links, the quick-exit note.
 */
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import type { BrowserContextOptions, FrameLocator, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations } from "../../browser.js";
import { read } from "../../files.js";
import { startServer, type TestServer } from "../../server.js";
import {
  EXIT_URL,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  type GauntletPage,
  g,
  HOTLINE,
  hostPage,
  note,
  type VisitOptions,
  visit,
  WIDGETS,
  type WidgetName,
} from "../harness.js";

/** The configurator's sandbox: run, open the hotline's site in a new tab, and leave the top page on a press. */
const SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";
/** The sandbox of the earlier README and configurator, without the top-navigation token. */
const OLD_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
/** The configurator's one-line listener: each frame's own messages resize that frame only. */
const LISTENER = `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="lantern:height")for(var f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.height=d.height})</script>`;
/** For the test only: the last height the frame reported, to know when the listener has applied it. */
const RECORDER = `<script>addEventListener("message",function(e){if(e.data&&e.data.type==="lantern:height")window.lastHeight=e.data.height})</script>`;
const lastHeight = (page: Page) =>
  page.evaluate(() => (window as unknown as { lastHeight?: number }).lastHeight);
/** A partner page as phones lay it out (without it, a phone lays the page out 980 px wide). */
const VIEWPORT = `<meta name="viewport" content="width=device-width, initial-scale=1">`;
const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  screen: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * Each case loads frames from two origins, some several times; on a 2-core machine shared with other suites one
 * took over a minute. Room to finish, not a measure of speed (timings belong to pnpm bench).
 */
const SLOW = 180_000;

/** The CDN: a second server on another port, so the frame is cross-origin to the partner's page. */
let cdn: TestServer;

function frameUrl(query: Record<string, string>): string {
  return `${cdn.origin}${g.base}frame.html?${new URLSearchParams(query)}`;
}

function iframe(query: Record<string, string>, { sandbox = SANDBOX, height = 70, id = "lantern" } = {}) {
  return `<iframe id="${id}" src="${frameUrl(query)}" title="Lantern" sandbox="${sandbox}" referrerpolicy="no-referrer" width="100%" height="${height}" style="border:0;display:block"></iframe>`;
}

/** Requests to the CDN's port go through (the harness answers every other origin locally and fails the case). */
function withCdn(options: VisitOptions = {}): VisitOptions {
  return {
    ...options,
    before: async (page, context) => {
      await context.route(
        (url) => url.origin === cdn.origin,
        (route) => route.continue(),
      );
      await options.before?.(page, context);
    },
  };
}

/** The frame's page, once its widget has rendered `text`. */
async function frameShowing(page: Page, text: string, selector = "iframe"): Promise<FrameLocator> {
  const frame = page.frameLocator(selector);
  await expect
    .poll(() => frame.locator("[data-lantern]").evaluate((host) => host.shadowRoot?.textContent ?? ""), {
      timeout: 15_000,
    })
    .toContain(text);
  return frame;
}

/** The frame's `height` as the host set it (or as the snippet fixed it). */
const frameHeight = (page: Page, selector = "iframe") =>
  page.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().height));

/**
 * Where `target` is on the host's screen, and whether all of it is visible there: inside the host's viewport,
 * inside the frame's box and inside the dialog's scrolled box. The person does not scroll: the frame brings itself
 * into view when the dialog opens, as a modal dialog covers the screen on a script-tag page.
 */
async function seen(page: Page, target: Locator, dialog: Locator, selector = "iframe") {
  const box = await target.boundingBox();
  const frame = await page.locator(selector).boundingBox();
  const inDialog = await dialog.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !frame || !inDialog || !viewport) return { visible: false, bottom: -1 };
  const within = (outer: { x: number; y: number; width: number; height: number }) =>
    box.y >= outer.y - 0.5 && box.y + box.height <= outer.y + outer.height + 0.5;
  return {
    visible: within({ x: 0, y: 0, ...viewport }) && within(frame) && within(inDialog),
    bottom: Math.round(box.y + box.height),
  };
}

/**
 * Open the report dialog in the frame (by tap on a phone) and check that 911 and the hotline are in view: the
 * hotline's number, or with `number: false` its name only (see the known bug below).
 */
async function dialogShowsNumbers(
  watched: GauntletPage,
  frame: FrameLocator,
  touch: boolean,
  label: string,
  { number = true } = {},
) {
  const { page } = watched;
  const button = frame.getByRole("button", { name: fr.ui["reportButton.label"] });
  if (touch) await button.tap();
  else await button.click();
  const dialog = frame.locator("dialog[open]");
  const emergency = dialog.locator('.lantern-section-emergency a[href="tel:911"]').first();
  const hotline = dialog.locator(".lantern-section-hotline a[href^='tel:']", { hasText: HOTLINE }).first();
  const hotlineName = dialog.locator(".lantern-section-hotline .lantern-section-heading");
  await expect
    .poll(async () => (await seen(page, emergency, dialog)).visible, { timeout: 15_000 })
    .toBe(true);
  await expect
    .poll(async () => (await seen(page, number ? hotline : hotlineName, dialog)).visible, { timeout: 15_000 })
    .toBe(true);
  const [at911, atHotline] = [await seen(page, emergency, dialog), await seen(page, hotline, dialog)];
  note(
    `${label}: frame ${await frameHeight(page)} px with the dialog open, brought into view (the host scrolled ${Math.round(await page.evaluate(() => window.scrollY))} px by the frame, none by the person); 911 ends ${at911.bottom} px and the hotline's number ${atHotline.bottom} px from the top of a ${page.viewportSize()?.height} px screen${atHotline.visible ? "" : " (below the dialog's first screen)"}`,
  );
  return { dialog, hotline, seen: () => seen(page, hotline, dialog) };
}

/** A first page, then the partner's page: the history a person has, so that Back after the exit can be checked. */
async function afterFirstPage(html: string, options: VisitOptions = {}) {
  const path = `/g/frame-${Math.random().toString(36).slice(2)}`;
  const watched = await visit(
    "<!doctype html><html lang='en'><title>Before</title><p>The page before</p></html>",
    {
      ...withCdn(options),
      path: `${path}-before`,
    },
  );
  g.server.page(path, html);
  await watched.page.goto(`${g.origin}${path}`);
  return Object.assign(watched, { before: `${g.origin}${path}-before` });
}

export function frame() {
  beforeAll(async () => {
    cdn = await startServer();
  });
  afterAll(async () => {
    await cdn?.close();
  });

  it(
    "quick exit in a frame leaves the top page, by button and by Shift ×3 inside the frame, and Back does not return",
    async () => {
      for (const how of ["button", "shift"] as const) {
        const watched = await afterFirstPage(
          hostPage(iframe({ widget: "quick-exit" }) + LISTENER, { embed: null, head: VIEWPORT }),
        );
        const { page } = watched;
        const frame = await frameShowing(page, en.ui["quickExit.label"]);
        // The shortcut works only while focus is in the frame, so the frame does not offer it.
        expect(
          await frame
            .locator(".lantern-quick-exit-hint")
            .evaluateAll((hints) => hints.map((hint) => hint.checkVisibility())),
        ).not.toContain(true);
        const button = frame.getByRole("button", { name: en.ui["quickExit.label"] });
        if (how === "button") await button.click();
        else {
          await button.focus();
          for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
        }
        await page.waitForURL(`${EXIT_URL}**`);
        await page.goBack();
        expect(page.url(), how).toBe(watched.before);
        expect(watched.exits.filter((url) => url.startsWith(EXIT_URL))).toHaveLength(1);
        expectNoErrors(watched);
        expectLanternLines(watched, []);
      }
      note(
        "the top page left by the frame's button and by Shift ×3 with focus in the frame; Back went to the page before",
      );
    },
    SLOW,
  );

  it(
    "a frame without allow-top-navigation-by-user-activation says it cannot leave, on screen and in the console",
    async () => {
      const watched = await visit(
        hostPage(iframe({ widget: "quick-exit", lang: "fr" }, { sandbox: OLD_SANDBOX }) + LISTENER, {
          embed: null,
          head: VIEWPORT,
        }),
        withCdn(),
      );
      const { page } = watched;
      const host = page.url();
      const frame = await frameShowing(page, fr.ui["quickExit.label"]);
      await frame.getByRole("button", { name: fr.ui["quickExit.label"] }).click();
      const notice = frame.getByRole("alert");
      await expect.poll(() => notice.textContent()).toBe(fr.ui["quickExit.frameBlocked"]);
      // Shown (the frame's page is visible again) and inside the frame's box, which grew to hold it.
      expect(await notice.isVisible()).toBe(true);
      const [box, frameBox] = [await notice.boundingBox(), await page.locator("iframe").boundingBox()];
      expect(box && frameBox && box.y + box.height <= frameBox.y + frameBox.height + 0.5).toBe(true);
      expect(page.url()).toBe(host);
      expect(watched.exits).toEqual([]);
      await expectHostWorks(page);
      expectNoErrors(watched);
      expectLanternLines(watched, [
        /^Lantern quick-exit: sandbox: quick exit cannot leave the page around this frame: add allow-top-navigation-by-user-activation to the iframe's sandbox attribute$/,
      ]);
      note(
        `without the token: the frame stayed, showed "${fr.ui["quickExit.frameBlocked"]}" and logged one line`,
      );
    },
    SLOW,
  );

  it(
    "on a script-tag page that is itself framed, the report dialog's quick exit leaves the top page, or says it cannot",
    async () => {
      // A help page with the script tag, served from the other origin and framed by the partner's page (a CMS
      // preview, a portal): the dialog is modal inside the frame, so its own quick-exit button is the way out.
      const helpPage = `/g/framed-help-${Math.random().toString(36).slice(2)}`;
      cdn.page(
        helpPage,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help</title>${VIEWPORT}<script src="${g.base}embed.js" async></script></head><body><lantern-quick-exit></lantern-quick-exit><h1>Help</h1><lantern-report-button></lantern-report-button></body></html>`,
      );
      for (const sandbox of [SANDBOX, OLD_SANDBOX]) {
        const framed = `<iframe src="${cdn.origin}${helpPage}" title="Help" sandbox="${sandbox}" width="100%" height="700" style="border:0;display:block"></iframe>`;
        const watched = await afterFirstPage(hostPage(framed, { embed: null, head: VIEWPORT }));
        const { page } = watched;
        const frame = page.frameLocator("iframe");
        await frame.getByRole("button", { name: en.ui["reportButton.label"] }).click();
        const dialog = frame.locator("dialog[open]");
        await dialog.getByRole("button", { name: en.ui["quickExit.label"] }).click();
        if (sandbox === SANDBOX) {
          await page.waitForURL(`${EXIT_URL}**`);
          await page.goBack();
          expect(page.url()).toBe(watched.before);
          expectLanternLines(watched, []);
        } else {
          await expect
            .poll(() => dialog.getByRole("alert").textContent())
            .toBe(en.ui["quickExit.frameBlocked"]);
          // The frame's page is shown again, under the dialog that says what to do.
          expect(await dialog.getByRole("alert").isVisible()).toBe(true);
          expect(watched.exits).toEqual([]);
          await expectHostWorks(page);
          expectLanternLines(watched, [
            /^Lantern report-button: sandbox: quick exit cannot leave the page around this frame: add allow-top-navigation-by-user-activation to the iframe's sandbox attribute$/,
          ]);
        }
        expectNoErrors(watched);
      }
      note(
        "a framed script-tag page: the dialog's quick exit left the top page with the token (Back went to the page before), and without it said so in the dialog and the console",
      );
    },
    SLOW,
  );

  /** The partner's page with the report button's frame: message-sized (70 px, with the listener) or fixed. */
  const reportFrame = (options: BrowserContextOptions, fixed?: number) =>
    visit(
      hostPage(
        `<main>${iframe({ widget: "report-button", lang: "fr" }, fixed ? { height: fixed } : {})}${"<p>Partner text.</p>".repeat(30)}</main>${fixed ? "" : LISTENER + RECORDER}`,
        { embed: null, head: VIEWPORT },
      ),
      withCdn(options),
    );

  for (const [device, options] of [
    ["desktop 1280×720", {}],
    ["phone 360×740, touch", PHONE],
  ] as const) {
    const touch = device.startsWith("phone");
    it(
      `the report dialog in a 70 px frame sized by its messages shows 911 and the hotline (${device})`,
      async () => {
        const watched = await reportFrame(options);
        const { page } = watched;
        const frame = await frameShowing(page, fr.ui["reportButton.label"]);
        await expect.poll(() => lastHeight(page)).toBeGreaterThan(0);
        const closed = (await lastHeight(page)) as number;
        await expect.poll(() => frameHeight(page)).toBe(closed);
        const { dialog } = await dialogShowsNumbers(watched, frame, touch, `${device}, message-sized`);
        // And back to the button's height when it closes.
        await dialog.getByRole("button", { name: fr.ui["common.close"] }).click();
        await expect.poll(() => frameHeight(page)).toBe(closed);
        note(
          `${device}, message-sized: ${closed} px with the dialog closed, again ${closed} px after closing it`,
        );
        await expectHostWorks(page);
        expectNoErrors(watched);
        expectLanternLines(watched, []);
      },
      SLOW,
    );

    for (const held of [70, 40])
      it(
        `the report dialog in a frame held at ${held} px by the host's CSS shows 911 and the hotline at once, as calls (${device})`,
        async () => {
          // The host's stylesheet holds the frame: its listener sets the height attribute, which CSS overrides.
          const watched = await visit(
            hostPage(
              `<main>${iframe({ widget: "report-button", lang: "fr" }).replace('style="border:0;display:block"', `style="border:0;display:block;height:${held}px"`)}${"<p>Partner text.</p>".repeat(30)}</main>${LISTENER}`,
              { embed: null, head: VIEWPORT },
            ),
            withCdn(options),
          );
          const { page } = watched;
          const frame = await frameShowing(page, fr.ui["reportButton.label"]);
          const button = frame.getByRole("button", { name: fr.ui["reportButton.label"] });
          if (touch) await button.tap();
          else await button.click();
          const dialog = frame.locator("dialog[open]");
          const calls = dialog.locator(".lantern-dialog-calls");
          for (const link of [
            calls.locator('a[href="tel:911"]'),
            calls.locator("a[href^='tel:']", { hasText: HOTLINE }),
          ])
            await expect
              .poll(async () => (await seen(page, link, dialog)).visible, { timeout: 15_000 })
              .toBe(true);
          expect(await frameHeight(page)).toBe(held);
          // Tap-to-call links a thumb can hit, the rest of the dialog a scroll away, and Escape still closes it.
          const sizes = await calls
            .locator("a")
            .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().height)));
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
          expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
          await page.keyboard.press("Escape");
          await expect.poll(() => frame.locator("dialog[open]").count()).toBe(0);
          note(`${device}, held at ${held} px by CSS: 911 and the hotline shown as one row of calls at once`);
          await expectHostWorks(page);
          expectNoErrors(watched);
          expectLanternLines(watched, []);
        },
        SLOW,
      );

    it(
      `the report dialog in a fixed 600 px frame shows 911 and the hotline, scrolling itself (${device})`,
      async () => {
        const watched = await reportFrame(options, 600);
        const { page } = watched;
        const frame = await frameShowing(page, fr.ui["reportButton.label"]);
        // On a phone, the hotline's number comes after eight lines of text: its name is in view, its number is not
        // (the known bug below).
        const { dialog } = await dialogShowsNumbers(watched, frame, touch, `${device}, fixed 600 px`, {
          number: !touch,
        });
        expect(await frameHeight(page)).toBe(600);
        // The rest is reachable inside the dialog, which scrolls itself.
        expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
        await expectHostWorks(page);
        expectNoErrors(watched);
        expectLanternLines(watched, []);
      },
      SLOW,
    );
  }

  it(
    "on a 360 px phone, a fixed 600 px frame shows the hotline's number without scrolling the dialog (it comes before the hotline's eight lines of text)",
    async () => {
      const watched = await reportFrame(PHONE, 600);
      const frame = await frameShowing(watched.page, fr.ui["reportButton.label"]);
      const opened = await dialogShowsNumbers(watched, frame, true, "phone 360×740, fixed 600 px", {
        number: false,
      });
      expect((await opened.seen()).visible).toBe(true);
    },
    SLOW,
  );

  it(
    "meets the script tag's rules inside the frame: strict CSP, no storage, one origin, noreferrer links, axe",
    async () => {
      const names: WidgetName[] = [
        "warning-signs",
        "report-button",
        "at-risk",
        "myths-facts",
        "help-directory",
        "quick-exit",
      ];
      const watched = await visit(
        hostPage(
          `<main>${names.map((name) => iframe({ widget: name, region: "CA-ON" }, { id: name })).join("")}</main>${LISTENER}`,
          {
            embed: null,
          },
        ),
        withCdn(),
      );
      const { page } = watched;
      for (const name of names) await frameShowing(page, WIDGETS[name], `#${name}`);
      const report = page.frameLocator("#report-button");
      await report.getByRole("button", { name: en.ui["reportButton.label"] }).click();
      await report.locator("dialog[open] .lantern-section-hotline").waitFor();
      // Let the opening animation finish: axe measures contrast on what is painted.
      await page.waitForTimeout(300);
      const frames = page.frames().filter((frame) => frame.url().startsWith(cdn.origin));
      expect(frames).toHaveLength(names.length);
      let links = 0;
      for (const frame of frames) {
        const inside = await frame.evaluate(async () => {
          const all = (root: Document | ShadowRoot): Element[] =>
            [...root.querySelectorAll("*")].flatMap((element) => [
              element,
              ...(element.shadowRoot ? all(element.shadowRoot) : []),
            ]);
          const external = all(document).filter(
            (element): element is HTMLAnchorElement =>
              element instanceof HTMLAnchorElement && /^https?:/.test(element.href),
          );
          return {
            violations: (window as unknown as { __violations: string[] }).__violations,
            storage:
              localStorage.length +
              sessionStorage.length +
              document.cookie.length +
              (await indexedDB.databases()).length +
              (await caches.keys()).length,
            withoutNoreferrer: external
              .filter((link) => !link.relList.contains("noreferrer"))
              .map((link) => link.href),
            links: external.length,
            referrer: document.querySelector('meta[name="referrer"]')?.getAttribute("content"),
          };
        });
        expect(inside.violations, frame.url()).toEqual([]);
        expect(inside.storage, frame.url()).toBe(0);
        expect(inside.withoutNoreferrer, frame.url()).toEqual([]);
        expect(inside.referrer).toBe("no-referrer");
        links += inside.links;
        // axe from the test, not from a script tag: the frame's CSP rightly refuses inline script.
        const found = await axeViolations(frame);
        expect(found, frame.url()).toEqual([]);
      }
      expect(await watched.context.cookies()).toEqual([]);
      const origins = new Set(watched.requests.map((url) => new URL(url).origin));
      expect([...origins].sort()).toEqual([g.origin, cdn.origin].sort());
      expect(
        watched.requests.filter(
          (url) => url.startsWith(cdn.origin) && !url.startsWith(`${cdn.origin}${g.base}`),
        ),
      ).toEqual([]);
      note(
        `6 frames (every widget, the dialog open in one): 0 CSP violations, 0 stored items, 0 axe violations, ${links} external links all noreferrer; ${watched.requests.filter((url) => url.startsWith(cdn.origin)).length} requests to the frame's origin, none elsewhere`,
      );
      expectNoErrors(watched);
      expectLanternLines(watched, []);
    },
    SLOW,
  );

  it(
    "takes the partner's theme, contacts and settings as URL parameters, checked with the script tag's messages",
    async () => {
      const config = {
        contacts: [
          {
            name: { en: "Town police (non-emergency)" },
            role: "information",
            channels: [{ kind: "phone", value: "905-555-0100" }],
          },
          {
            name: { en: "Broken line" },
            role: "information",
            channels: [{ kind: "phone", value: "call us" }],
          },
        ],
        theme: { "--lantern-color-accent": "#5b2a86", "--lantern-color-focus": "#ffffff" },
      };
      // The same settings on a script-tag page, for the messages to compare with.
      const tag = await visit(
        hostPage(
          `<script type="application/json" data-lantern-config>${JSON.stringify(config)}</script><lantern-report-button regoin="CA-ON" audience="teens"></lantern-report-button>`,
        ),
      );
      await tag.page
        .locator("lantern-report-button")
        .getByRole("button", { name: en.ui["reportButton.label"] })
        .waitFor();
      await expect.poll(() => tag.lantern().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
      const expected = tag.lantern().map((line) => line.replace(/^Lantern report-button: /, ""));

      const watched = await visit(
        hostPage(
          iframe({
            widget: "report-button",
            regoin: "CA-ON",
            audience: "teens",
            config: JSON.stringify(config),
          }) + LISTENER,
          { embed: null, head: VIEWPORT },
        ),
        withCdn(),
      );
      const { page } = watched;
      const frame = await frameShowing(page, en.ui["reportButton.label"]);
      await expect.poll(() => watched.lantern().length, { timeout: 15_000 }).toBe(expected.length);
      expect(
        watched
          .lantern()
          .map((line) => line.replace(/^Lantern report-button: /, ""))
          .sort(),
      ).toEqual([...expected].sort());
      expect(expected.join("\n")).toMatch(/^regoin: unknown setting/m);
      expect(expected.join("\n")).toMatch(/^audience: "teens"/m);
      expect(expected.join("\n")).toMatch(/^config contacts.*1/m);
      expect(expected.join("\n")).toMatch(/--lantern-color-focus/);
      // The valid parts apply: the accent colour, and the partner's own line in the dialog.
      const button = frame.getByRole("button", { name: en.ui["reportButton.label"] });
      expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        "rgb(91, 42, 134)",
      );
      await button.click();
      await expect.poll(() => frame.locator("dialog[open]").textContent()).toContain("905-555-0100");
      note(
        `the same ${expected.length} console lines from URL parameters as from the script tag's attributes and block`,
      );
      expectNoErrors(watched);
    },
    SLOW,
  );

  it(
    "a stranger's link to the frame page, opened on its own, shows no line, theme or exit address of theirs",
    async () => {
      // What a trafficker could send a victim: Lantern's trusted address, with their own "police" line and form.
      const config = JSON.stringify({
        contacts: [
          {
            name: { en: "Police Anti-Trafficking Unit (direct line)" },
            role: "police",
            channels: [
              { kind: "phone", value: "+1 666 555 0199" },
              { kind: "web-form", value: "https://evil.example/report" },
            ],
          },
        ],
        theme: { "--lantern-color-accent": "#5b2a86" },
      });
      for (const widget of ["help-directory", "report-button"] as const) {
        const watched = await visit(null, withCdn());
        const { page } = watched;
        await page.goto(frameUrl({ widget, region: "CA-ON", config, "exit-url": "https://evil.example/" }));
        const host = page.locator("[data-lantern]");
        await expect
          .poll(() => host.evaluate((element) => element.shadowRoot?.textContent ?? ""), { timeout: 15_000 })
          .toContain(widget === "help-directory" ? HOTLINE : en.ui["reportButton.label"]);
        if (widget === "report-button") {
          await host.getByRole("button", { name: en.ui["reportButton.label"] }).click();
          await expect.poll(() => page.locator("dialog[open]").textContent()).toContain(HOTLINE);
        }
        const text = await host.evaluate((element) => element.shadowRoot?.textContent ?? "");
        expect(text, widget).not.toMatch(/666|Anti-Trafficking Unit|evil/);
        expect(
          await host.evaluate((element) =>
            [...(element.shadowRoot?.querySelectorAll("a[href]") ?? [])].map((a) => a.getAttribute("href")),
          ),
          widget,
        ).not.toContainEqual(expect.stringMatching(/evil|6665550199/));
        expectNoErrors(watched);
        expectLanternLines(watched, [
          /^Lantern frame: config and exit-url ignored: this page is open on its own, not in a frame on a partner's page, so it shows Lantern's own content/,
        ]);
        expect(watched.elsewhere).toEqual([]);
      }
      note(
        "opened on its own, the frame page showed Lantern's own lines only, for help-directory and report-button",
      );
    },
    SLOW,
  );

  it(
    "static HTML with JavaScript disabled: no control that does nothing, numbers as tel: links, the quick-exit note",
    async () => {
      const names = [
        "quick-exit",
        "warning-signs",
        "report-button",
        "at-risk",
        "myths-facts",
        "help-directory",
      ];
      const fragments = names.map((name) => read(`static/fr/${name}.html`).toString());
      const html = hostPage(`<main>${fragments.join("\n")}</main>`, {
        lang: "fr",
        embed: null,
        head: VIEWPORT,
      });
      const path = `${g.base}static/fr/gauntlet.html`;
      for (const [device, options] of [
        ["desktop", {}],
        ["phone", PHONE],
      ] as const) {
        const watched = await visit(html, { ...options, path, javaScriptEnabled: false });
        const { page } = watched;
        const main = page.locator("main");
        // Nothing that needs script to act: no buttons, fields or disclosure states, anywhere in Lantern's markup.
        expect(
          await main
            .locator("button, select, input, textarea, [aria-haspopup], [aria-expanded], [role=button]")
            .count(),
        ).toBe(0);
        const tel = await main
          .locator("a[href^='tel:']")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
        expect(tel).toEqual(expect.arrayContaining(["tel:911", "tel:+18339001010"]));
        for (const href of new Set(tel))
          expect(await main.locator(`a[href="${href}"]`).first().isVisible(), href).toBe(true);
        // Every group of signs is shown, with its heading.
        expect(
          await main.getByRole("heading", { level: 3, name: fr.taxonomy.categories.control }).isVisible(),
        ).toBe(true);
        expect(
          await main.getByRole("note").filter({ hasText: fr.ui["quickExit.needsScript"] }).isVisible(),
        ).toBe(true);
        expect(await main.locator("a[target=_blank]:not([rel~=noreferrer])").count()).toBe(0);
        // The sources fold natively, without script.
        const sources = main.locator("details").first();
        await sources.locator("summary").click();
        expect(await sources.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
        if (device === "phone") {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        }
        note(
          `${device}, JavaScript off: 0 controls in 6 fragments, ${tel.length} tel: links, the quick-exit note shown`,
        );
        expect(watched.elsewhere).toEqual([]);
      }
      // axe needs script: the same page, JavaScript on (the fragments have none of their own).
      const watched = await visit(html, { path });
      const found = await axeViolations(watched.page, "main");
      expect(found).toEqual([]);
    },
    SLOW,
  );
}
