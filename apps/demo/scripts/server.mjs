/**
 * The demo server: the partner pages, the configurator and the content page, plus the built CDN files under
 * /lantern/, served with the cache and CORS headers that the CDN's own `_headers` file describes (so what you
 * see here is what a partner's static host would send). Listens on 127.0.0.1 only.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHeaders } from "@lantern/testing/static-headers";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const SITE_DIR = join(here, "../site");
export const BUILD_DIR = join(here, "../dist");
export const CDN_DIR = dirname(require.resolve("@lantern/embed/manifest.json"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".gz": "application/gzip",
};

function resolveFile(dir, path) {
  let file = normalize(join(dir, path));
  if (!file.startsWith(dir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Start the server; resolves to its origin and a close function. Port 0 picks a free port. */
export async function startDemoServer({ port = 4173, host = "127.0.0.1" } = {}) {
  const cdnHeaders = parseHeaders(readFileSync(join(CDN_DIR, "_headers"), "utf8"));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (path === "/favicon.ico") {
      response.writeHead(204);
      return response.end();
    }
    let file;
    let headers = {};
    if (path.startsWith("/lantern/")) {
      const inner = path.slice("/lantern".length);
      file = resolveFile(CDN_DIR, inner);
      headers = cdnHeaders(path);
    } else {
      file = resolveFile(BUILD_DIR, path) ?? resolveFile(SITE_DIR, path);
      headers = { "cache-control": "no-cache" };
    }
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      return response.end("Not found");
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      ...headers,
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${server.address().port}`;
  return { origin, server, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The pages a newcomer should open. */
export const PAGES = [
  ["/town/", "Town community-safety page (English)"],
  ["/town/fr/", "Town community-safety page (French)"],
  ["/shelter/", "Shelter get-help page"],
  ["/configurator/", "Snippet configurator"],
  ["/content/", "Content report for editors"],
  ["/print/", "Print materials (wallet card, posters, sheet)"],
];
