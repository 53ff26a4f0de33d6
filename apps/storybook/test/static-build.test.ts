/** The static Storybook works from a plain static server: no dev server, no special headers. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { chromium } from "playwright";
import { expect, it } from "vitest";

const STATIC = fileURLToPath(new URL("../storybook-static", import.meta.url));
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

it("serves the built Storybook as plain files, and a widget story renders in its shadow root", async () => {
  expect(existsSync(join(STATIC, "index.html")), "run pnpm build-storybook first").toBe(true);
  const server = createServer((request, response) => {
    let file = normalize(join(STATIC, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(STATIC) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`${origin}/iframe.html?id=widgets-warning-signs--french&viewMode=story`);
    await page.waitForFunction(() =>
      (document.querySelector("[data-lantern-story]")?.shadowRoot?.textContent ?? "").includes("Signes"),
    );
    const index = await (await fetch(`${origin}/index.json`)).json();
    expect(Object.keys(index.entries)).toEqual(
      expect.arrayContaining([
        "widgets-warning-signs--default",
        "widgets-quick-exit--default",
        "partners-introduction--docs",
      ]),
    );
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    server.close();
  }
});

it("has a committed baseline at 360 and 1280 px for every story, and none for a story that is gone", () => {
  const index = JSON.parse(readFileSync(join(STATIC, "index.json"), "utf8")) as {
    entries: Record<string, { type: string }>;
  };
  const stories = Object.entries(index.entries).filter(([, entry]) => entry.type === "story");
  expect(stories.length).toBeGreaterThan(0);
  // Named as Vitest names them: the story id with runs of hyphens collapsed, then the width.
  const expected = stories
    .flatMap(([id]) => [360, 1280].map((width) => `${id.replace(/-{2,}/g, "-")}-${width}.png`))
    .sort();
  const committed = readdirSync(fileURLToPath(new URL("../screenshots", import.meta.url))).sort();
  expect(committed, "run pnpm test:update-screenshots, then commit or delete the PNGs it names").toEqual(
    expected,
  );
});
