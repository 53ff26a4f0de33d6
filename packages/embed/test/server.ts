/**
 * A static server for the real-browser tests, on 127.0.0.1 only. It serves the built CDN files under
 * `/lantern/<version>/…` (and `/lantern/v1/…`) with the cache and CORS headers the header files describe, the host
 * pages in test/pages, routes a test adds (a strict CSP, a broken content file, a response held back) and builds it
 * mounts (a second version of Lantern). It records every request, so privacy tests can assert that nothing else was
 * asked for.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const CDN_DIR = fileURLToPath(new URL("../dist/cdn", import.meta.url));
export const PAGES_DIR = fileURLToPath(new URL("./pages", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
};

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  origin: string;
  /** Every request path, in order. */
  requests: string[];
  /** Answer `path` (exact, without query) with `handler` instead of a file; returns a function that removes it. */
  route(path: string, handler: Handler): () => void;
  /** Serve the files in `dir` under `prefix` (`/lantern/9.9.9/`), with the CDN's headers: a second build. */
  mount(prefix: string, dir: string): void;
  /** Serve `html` at `path`, with extra response headers (a CSP, say). */
  page(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

function sendFile(response: ServerResponse, file: string, headers: Record<string, string> = {}) {
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
  response.end(readFileSync(file));
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const mounts = new Map<string, string>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(path);
    const route = routes.get(path);
    if (route) return route(request, response);
    if (path === "/favicon.ico") {
      response.writeHead(204);
      return response.end();
    }
    const [, area, ...rest] = path.split("/");
    // A mounted build first (`/lantern/9.9.9/`), then the built CDN files and the host pages.
    const mounted = [...mounts].find(([prefix]) => path.startsWith(prefix));
    const [dir, inside] = mounted
      ? [mounted[1], path.slice(mounted[0].length)]
      : [area === "lantern" ? CDN_DIR : area === "pages" ? PAGES_DIR : undefined, rest.join("/")];
    const file = dir && normalize(join(dir, inside));
    if (file?.startsWith(dir as string) && existsSync(file) && statSync(file).isFile()) {
      const moving = /^\/lantern\/v\d+\//.test(path);
      const cdnHeaders =
        area === "lantern"
          ? {
              "cache-control": moving ? "public, max-age=600" : "public, max-age=31536000, immutable",
              "access-control-allow-origin": "*",
              "x-content-type-options": "nosniff",
            }
          : {};
      return sendFile(response, file, cdnHeaders);
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route(path, handler) {
      routes.set(path, handler);
      return () => {
        if (routes.get(path) === handler) routes.delete(path);
      };
    },
    mount: (prefix, dir) => mounts.set(prefix, dir),
    page(path, html, headers = {}) {
      routes.set(path, (_request, response) => {
        response.writeHead(200, { "content-type": TYPES[".html"] as string, ...headers });
        response.end(html);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
