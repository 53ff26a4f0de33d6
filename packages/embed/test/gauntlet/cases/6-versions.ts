/**
 * 6. Versions and instances: a page where two teams pasted two Lantern versions, a CMS that includes the snippet
 * twice, a page with 50 copies of one widget. Each element is mounted exactly once, by the first loader that ran.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { manifest, VERSION_DIR } from "../../files.js";
import {
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  g,
  hostPage,
  mountCounts,
  NAMES,
  visit,
} from "../harness.js";

const OTHER = "9.9.9";
let copy: string;

const ALL = [
  ...NAMES.map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`),
  `<div data-lantern="myths-facts"></div>`,
].join("\n");

const requested = (requests: string[], version: string) =>
  requests
    .filter((url) => url.includes(`/lantern/${version}/`))
    .map((url) => url.replace(/^.*\/lantern\/[^/]+\//, ""));

export function versions() {
  beforeAll(() => {
    // A second release: the same build with another version, as a CDN serves both side by side.
    copy = mkdtempSync(join(tmpdir(), "lantern-other-version-"));
    cpSync(VERSION_DIR, copy, { recursive: true });
    const embed = join(copy, "embed.js");
    const code = readFileSync(embed, "utf8");
    expect(code).toContain(`"${manifest.version}"`);
    writeFileSync(embed, code.replaceAll(manifest.version, OTHER));
    g.server.mount(`/lantern/${OTHER}/`, copy);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  for (const [first, second] of [
    [manifest.version, OTHER],
    [OTHER, manifest.version],
  ] as const) {
    it(`two versions on one page (${first}, then ${second}): each element mounted once, by the first`, async () => {
      const snippet = (version: string) => `<script src="/lantern/${version}/embed.js"></script>`;
      const watched = await visit(hostPage(ALL, { embed: null, early: snippet(first) + snippet(second) }));
      const { page } = watched;
      for (const name of NAMES) await expectWidget(page, name);
      await expectWidget(page, "myths-facts", "[data-lantern=myths-facts]");
      expect(await mountCounts(page)).toEqual({ hosts: 7, withContent: 7, once: 7 });
      expect(
        await page.evaluate(() => (window as unknown as { Lantern: { version: string } }).Lantern.version),
      ).toBe(first);
      // The second loader ran (its file was fetched) and mounted nothing: no widget file came from its base.
      expect(requested(watched.requests, second)).toEqual(["embed.js"]);
      expect(requested(watched.requests, first)).toContain("widgets/myths-facts.js");
      await expectHostWorks(page);
      expectNoErrors(watched);
      expectLanternLines(watched, []);
    });
  }

  it("the snippet included twice (async, as pasted): each element mounted once", async () => {
    const twice = `<script src="${g.base}embed.js" async></script><script src="${g.base}embed.js" async></script>`;
    const watched = await visit(hostPage(ALL, { embed: null, early: twice }));
    const { page } = watched;
    for (const name of NAMES) await expectWidget(page, name);
    await expectWidget(page, "myths-facts", "[data-lantern=myths-facts]");
    expect(await mountCounts(page)).toEqual({ hosts: 7, withContent: 7, once: 7 });
    expect(
      requested(watched.requests, manifest.version).filter((file) => file === "widgets/myths-facts.js"),
    ).toHaveLength(1);
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });

  it("50 instances of one widget: each mounted once, its files fetched once", async () => {
    const fifty = Array.from(
      { length: 50 },
      (_, i) => `<lantern-myths-facts id="m${i}"></lantern-myths-facts>`,
    ).join("");
    const watched = await visit(hostPage(fifty));
    const { page } = watched;
    await expectWidget(page, "myths-facts", "#m49");
    await expect.poll(async () => (await mountCounts(page)).withContent, { interval: 50 }).toBe(50);
    expect(await mountCounts(page)).toEqual({ hosts: 50, withContent: 50, once: 50 });
    const files = requested(watched.requests, manifest.version);
    // Elements without settings first paint from one file; the widget's own code waits for someone to use one.
    expect(files.filter((file) => file === "first/en/myths-facts.js")).toHaveLength(1);
    expect(files.filter((file) => /^(widgets|content)\//.test(file))).toEqual([]);
    // Ids stay unique inside each shadow root, so each heading labels its own section.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll("lantern-myths-facts")].every((host) => {
          const section = host.shadowRoot?.querySelector("section[aria-labelledby]");
          const id = section?.getAttribute("aria-labelledby");
          return Boolean(id && host.shadowRoot?.getElementById(id));
        }),
      ),
    ).toBe(true);
    await expectHostWorks(page);
    expectNoErrors(watched);
    expectLanternLines(watched, []);
  });
}
