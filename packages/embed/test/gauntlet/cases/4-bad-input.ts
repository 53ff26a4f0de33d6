/**
 * 4. Bad input: what partners really paste (typos, unknown codes, broken or huge JSON, markup in labels) and what
 * a CDN really serves on a bad day (404, 500, a truncated file, a response that hangs). The widget renders, or the
 * static fallback with 911 and the hotline does; each mistake is reported once, with its fix; nothing runs that a
 * partner's label carried.
 */
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import type { Route } from "playwright-core";
import { expect, it } from "vitest";
import { read } from "../../files.js";
import {
  expectFallback,
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  g,
  hostPage,
  openDialog,
  shadowTextNow,
  visit,
  waitForShadowText,
} from "../harness.js";
import { difference, shot } from "../look.js";

/** A configuration block, with `</` escaped as a careful CMS does (else a label's `</script>` ends the block). */
const config = (value: unknown) =>
  `<script type="application/json" data-lantern-config>${(typeof value === "string" ? value : JSON.stringify(value)).replaceAll("</", "<\\/")}</script>`;
const TOWN = {
  name: "Town line (example)",
  role: "information",
  channels: [{ kind: "phone", value: "905-555-0100" }],
};
/** Three widgets that read the configuration: a problem in it is still reported once, not once per widget. */
const READERS = `<lantern-help-directory region="CA-ON"></lantern-help-directory>
<lantern-myths-facts></lantern-myths-facts><lantern-report-button></lantern-report-button>`;

async function expectReaders(page: Parameters<typeof expectWidget>[0]) {
  await expectWidget(page, "help-directory");
  await expectWidget(page, "myths-facts");
  await expectWidget(page, "report-button");
}

/**
 * The browser's own line about a failed request, or about a file that does not match its integrity hash (the
 * loader's chain of trust): not Lantern's, and not something a page can silence.
 */
const NETWORK_LINE =
  /^Failed to load resource: the server responded with a status of \d+|^Failed to find a valid digest in the 'integrity' attribute/;

export function badInput() {
  it("an unknown widget name: the fallback, and the list of names", async () => {
    const watched = await visit(hostPage(`<div data-lantern="warning-sign"></div>`));
    await expectFallback(watched.page, "[data-lantern=warning-sign]");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern warning-sign: "warning-sign" is not a Lantern widget: use one of warning-signs, report-button, quick-exit, at-risk, myths-facts, help-directory$/,
    ]);
  });

  it("an unknown locale: English, and the locales there are", async () => {
    const watched = await visit(hostPage(`<lantern-myths-facts lang="xx"></lantern-myths-facts>`));
    await expectWidget(watched.page, "myths-facts");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern myths-facts: lang: "xx" is not available: use en or fr; showing English$/,
    ]);
  });

  it("an unknown region: the widget for all of Canada, and the fix", async () => {
    const watched = await visit(hostPage(`<lantern-help-directory region="ZZ-99"></lantern-help-directory>`));
    await expectWidget(watched.page, "help-directory");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [/^Lantern help-directory: region: "ZZ-99" .*CA/]);
  });

  it("an exit-url that is not https, with four content widgets: reported once for the page, by the quick exit", async () => {
    const watched = await visit(
      hostPage(`<lantern-quick-exit exit-url="http://weather.gc.ca/"></lantern-quick-exit>
<lantern-warning-signs></lantern-warning-signs><lantern-report-button></lantern-report-button>
<lantern-at-risk></lantern-at-risk><lantern-myths-facts></lantern-myths-facts>`),
    );
    for (const name of ["quick-exit", "warning-signs", "report-button", "at-risk", "myths-facts"] as const)
      await expectWidget(watched.page, name);
    // Every report dialog takes the page's exit address too; each used to report it again.
    await openDialog(watched.page);
    await watched.page.keyboard.press("Escape");
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern quick-exit: exitUrl: "http:\/\/weather\.gc\.ca\/" is not an https: address/,
    ]);
  });

  it("malformed JSON in the configuration: Lantern's own contacts, reported once for the page", async () => {
    const watched = await visit(
      hostPage(READERS, { head: config(`{ "contacts": [ ${JSON.stringify(TOWN)}, ] }`) }),
    );
    await expectReaders(watched.page);
    await expect.poll(() => watched.lantern().length).toBe(1);
    await watched.page.waitForTimeout(200);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern [a-z-]+: config: the JSON is not valid \(.+\): check its commas and quotes$/,
    ]);
  });

  it("a partner contact with an invalid phone number, and an unreadable theme: each reported once; the valid contact shown", async () => {
    const bad = { name: "Bad line", channels: [{ kind: "phone", value: "call-me-maybe" }] };
    // Grey text on the accent colour fails contrast: the pair falls back to Lantern's colours.
    const theme = { "--lantern-color-accent": "#5b2a86", "--lantern-color-accent-text": "#777777" };
    const watched = await visit(hostPage(READERS, { head: config({ contacts: [bad, TOWN], theme }) }));
    await expectReaders(watched.page);
    await waitForShadowText(watched.page, "lantern-help-directory", "Town line (example)");
    expect(await shadowTextNow(watched.page, "lantern-help-directory")).not.toContain("Bad line");
    await watched.page.waitForTimeout(200);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern [a-z-]+: config contacts\.0\.channels\.0\.value: "call-me-maybe" is not a phone number: write digits with spaces or hyphens, like 905-555-0100$/,
      /^Lantern [a-z-]+: --lantern-color-accent-text: /,
    ]);
  });

  it("HTML and script in partner labels: never run, never rendered as markup; markup rejected with its fix", async () => {
    const contacts = [
      {
        name: `<img src=x onerror="window.__pwned='img'">Clinic`,
        channels: [{ kind: "phone", value: "905-555-0101" }],
      },
      {
        name: "Shelter",
        use: `<script>window.__pwned='script'</script>Beds tonight`,
        channels: [{ kind: "phone", value: "905-555-0102" }],
      },
      { name: "Form", channels: [{ kind: "web-form", value: "javascript:window.__pwned='href'" }] },
      // Looks like code, is not markup: shown exactly as written.
      {
        name: `Youth line: a < b & "c" &lt;script&gt; {{7*7}} \${1+1}`,
        channels: [{ kind: "phone", value: "905-555-0103" }],
      },
    ];
    const watched = await visit(hostPage(READERS, { head: config({ contacts }) }));
    await expectReaders(watched.page);
    const literal = `Youth line: a < b & "c" &lt;script&gt; {{7*7}} \${1+1}`;
    await waitForShadowText(watched.page, "lantern-help-directory", literal);
    await openDialog(watched.page);
    await watched.page.keyboard.press("Escape");
    const found = await watched.page.evaluate(() => {
      const roots = [...document.querySelectorAll("*")].flatMap((element) =>
        element.shadowRoot ? [element.shadowRoot] : [],
      );
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        dangerous: roots.flatMap((root) =>
          [...root.querySelectorAll("img, script, iframe, object, embed")].map(
            (element) => element.outerHTML,
          ),
        ),
        hrefs: roots.flatMap((root) =>
          [...root.querySelectorAll("a[href]")]
            .map((a) => a.getAttribute("href") ?? "")
            .filter((href) => !/^(https?:|tel:|sms:|mailto:)/.test(href)),
        ),
      };
    });
    expect(found).toEqual({ pwned: null, dangerous: [], hrefs: [] });
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern [a-z-]+: config contacts\.0\.name: must be plain text: remove the HTML markup/,
      /^Lantern [a-z-]+: config contacts\.1\.use: must be plain text: remove the HTML markup/,
      /^Lantern [a-z-]+: config contacts\.2\.channels\.0\.value: "javascript:.*" is not a secure web address: start it with https:\/\/$/,
    ]);
  });

  it("a 1 MB configuration (an unknown field of padding): parsed, reported briefly, widget renders", async () => {
    const huge = JSON.stringify({ contacts: [TOWN], padding: "x".repeat(1024 * 1024) });
    const watched = await visit(hostPage(READERS, { head: config(huge) }));
    await expectReaders(watched.page);
    await waitForShadowText(watched.page, "lantern-help-directory", "Town line (example)");
    await watched.page.waitForTimeout(200);
    await expectHostWorks(watched.page);
    expectNoErrors(watched);
    expectLanternLines(watched, [
      /^Lantern [a-z-]+: config padding: unknown field: Lantern reads "contacts" and "theme"$/,
    ]);
    // Reported, not echoed: no console line carries the megabyte.
    expect(Math.max(...watched.messages.map((line) => line.length))).toBeLessThan(500);
  });

  // An element without settings first paints from first/<lang>/<widget>.js; one with settings (here region="CA-ON")
  // renders with Preact from content/<lang>/<widget>.js. Either file may be the one that breaks.
  const PAINT = { file: "first", attributes: "" } as const;
  const PREACT = { file: "content", attributes: ' region="CA-ON"' } as const;
  const broken: (readonly [
    string,
    "en" | "fr",
    typeof PAINT | typeof PREACT,
    (route: Route) => Promise<void>,
  ])[] = [
    [
      "404",
      "en",
      PAINT,
      (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" }),
    ],
    [
      "500",
      "fr",
      PREACT,
      (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "server error" }),
    ],
    ...([PAINT, PREACT] as const).map(
      (path) =>
        [
          "garbage (a truncated module: export default {)",
          "en",
          path,
          (route: Route) =>
            route.fulfill({ status: 200, contentType: "text/javascript", body: "export default {" }),
        ] as const,
    ),
  ];
  for (const [label, lang, { file, attributes }, answer] of broken) {
    it(`${file}/${lang}/at-risk.js that comes back as ${label}: the fallback, in the page's language, and the fix`, async () => {
      const watched = await visit(hostPage(`<lantern-at-risk${attributes}></lantern-at-risk>`, { lang }), {
        before: async (page) => {
          await page.route(`**/${file}/${lang}/at-risk.js`, answer);
        },
      });
      await expectFallback(watched.page, "lantern-at-risk");
      expect(await shadowTextNow(watched.page, "lantern-at-risk")).toContain(
        (lang === "fr" ? fr : en).ui["fallback.heading"],
      );
      await expectHostWorks(watched.page);
      expectNoErrors(watched);
      expectLanternLines(watched, [
        new RegExp(
          `^Lantern at-risk: could not load ${file}/${lang}/at-risk\\.js \\(.+\\): check that the Lantern files are on ${g.origin}${g.base}$`,
        ),
      ]);
      for (const line of watched.warnings.filter((line) => !line.startsWith("Lantern ")))
        expect(line).toMatch(NETWORK_LINE);
    });
  }

  for (const { file, attributes } of [PAINT, PREACT]) {
    it(`${file}/en/at-risk.js that hangs: the fallback after the 8 s stall timeout, then the widget when it arrives`, async () => {
      const path = `${g.base}${file}/en/at-risk.js`;
      const held: import("node:http").ServerResponse[] = [];
      const unroute = g.server.route(path, (_request, response) => held.push(response));
      try {
        const started = Date.now();
        const watched = await visit(hostPage(`<lantern-at-risk${attributes}></lantern-at-risk>`));
        const { page } = watched;
        await expect.poll(() => held.length).toBe(1);
        await expectFallback(page, "lantern-at-risk");
        const waited = Date.now() - started;
        expect(waited).toBeGreaterThanOrEqual(7500);
        // The response arrives at last.
        const response = held[0] as import("node:http").ServerResponse;
        response.writeHead(200, { "content-type": "text/javascript", "access-control-allow-origin": "*" });
        response.end(read(`${file}/en/at-risk.js`));
        unroute();
        await expectWidget(page, "at-risk");
        // It replaced the fallback completely: one child, and none of the fallback's styles left behind.
        expect(
          await page.evaluate(() => {
            const root = document.querySelector("lantern-at-risk")?.shadowRoot;
            return { children: root?.childElementCount, sheets: root?.adoptedStyleSheets.length };
          }),
        ).toEqual({ children: 1, sheets: 2 });
        const control = await visit(hostPage(`<lantern-at-risk${attributes}></lantern-at-risk>`));
        await expectWidget(control.page, "at-risk");
        const result = await difference(
          await shot(control.page, "lantern-at-risk"),
          await shot(page, "lantern-at-risk"),
        );
        expect(result.fraction).toBeLessThanOrEqual(0.01);
        await expectHostWorks(page);
        expectNoErrors(watched);
        // Slow is not wrong: nothing to fix, nothing said.
        expectLanternLines(watched, []);
      } finally {
        unroute();
        for (const response of held) if (!response.writableEnded) response.destroy();
      }
    });
  }
}
