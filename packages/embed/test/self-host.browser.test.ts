/**
 * The self-host archive as a partner uses it (SELF-HOSTING.md): extracted at a static host's publish root, served
 * with the headers its own `_headers` file gives (what Netlify and Cloudflare Pages do with it), from another origin
 * than the partner's page (127.0.0.2), and loaded by the pinned snippet with `integrity` and `crossorigin`. Without
 * the header file's paths matching the folder, the files carry no CORS header and the pinned snippet loads nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import en from "@lantern/sdk/content/en";
import { parseHeaders } from "@lantern/testing/static-headers";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shadowText } from "./browser.js";
import { manifest } from "./files.js";
import { startServer, type TestServer } from "./server.js";

const ARCHIVE = fileURLToPath(new URL(`../dist/lantern-${manifest.version}.tar.gz`, import.meta.url));
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".html": "text/html",
  ".json": "application/json",
};

let root: string;
let host: Server;
let origin: string;
let pages: TestServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lantern-self-host-"));
  execFileSync("tar", ["-xzf", ARCHIVE, "-C", root]);
  const headersFor = parseHeaders(readFileSync(join(root, "_headers"), "utf8"));
  // A static host: files from the publish root, headers from its _headers, nothing else.
  host = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile() || path === "/_headers") {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "text/plain", ...headersFor(path) });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.2", resolve));
  origin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
  pages = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await new Promise((resolve) => host?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("the self-host archive, extracted at a publish root", () => {
  it("holds lantern/ with the versioned files and, beside it, _headers whose paths name that folder", () => {
    for (const file of [
      "lantern/manifest.json",
      `lantern/${manifest.version}/embed.js`,
      "lantern/v1/embed.js",
      "lantern/.htaccess",
      "lantern/nginx.conf",
      "lantern/SELF-HOSTING.md",
    ])
      expect(existsSync(join(root, file)), file).toBe(true);
    const patterns = readFileSync(join(root, "_headers"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("/"));
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns)
      expect(existsSync(join(root, pattern.replace(/\/\*$/, ""))), pattern).toBe(true);
  });

  it("serves each folder with its cache and CORS headers, as the header file says", async () => {
    const get = (path: string) => fetch(`${origin}${path}`);
    const versioned = await get(`/lantern/${manifest.version}/embed.js`);
    expect(versioned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(versioned.headers.get("access-control-allow-origin")).toBe("*");
    const moving = await get("/lantern/v1/first/en/warning-signs.js");
    expect(moving.headers.get("cache-control")).toMatch(/^public, max-age=600/);
    expect(moving.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("the pinned snippet from another origin renders a first paint and a widget with settings", async () => {
    const local = JSON.parse(readFileSync(join(root, "lantern/manifest.json"), "utf8")) as typeof manifest;
    const embed = local.files.find((file) => file.path === "embed.js")?.integrity;
    pages.page(
      "/partner",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script src="${origin}/lantern/${local.version}/embed.js" integrity="${embed}" crossorigin="anonymous" async></script></head>
<body><lantern-warning-signs></lantern-warning-signs><lantern-help-directory region="CA-ON"></lantern-help-directory></body></html>`,
    );
    const watched = await open(browser, `${pages.origin}/partner`);
    try {
      expect(await shadowText(watched.page, "lantern-warning-signs")).toContain(
        en.ui["warningSigns.heading"],
      );
      expect(await shadowText(watched.page, "lantern-help-directory")).toContain("1-833-900-1010");
      expect(watched.errors).toEqual([]);
      expect(watched.warnings.filter((line) => line.startsWith("Lantern "))).toEqual([]);
      expect(
        watched.requests.filter((url) => !url.startsWith(origin) && !url.startsWith(pages.origin)),
      ).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});
