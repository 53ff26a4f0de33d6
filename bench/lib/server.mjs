/**
 * The benchmark's static server, on 127.0.0.1 only.
 *
 * It serves bytes from memory, never from disk: the CDN files are read once at the start of the run (see
 * `loadCdn` in measure-bytes.mjs), so the bytes the browser downloads are exactly the bytes that were measured,
 * even if someone rebuilds packages/embed while the benchmark runs.
 */
import { createServer } from "node:http";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/**
 * @typedef {object} BenchServer
 * @property {string} origin e.g. `http://127.0.0.1:41234`
 * @property {(path: string, body: string | Buffer, type?: string) => void} add serve `body` at `path` (exact)
 * @property {(prefix: string, files: Map<string, Buffer>) => void} mount serve every `files` entry under `prefix`
 * @property {string[]} requests every request path, in order (a page run reads the slice it caused)
 * @property {() => Promise<void>} close
 */

/** @param {string} path */
function typeOf(path) {
  const dot = path.lastIndexOf(".");
  return TYPES[dot < 0 ? "" : path.slice(dot)] ?? "application/octet-stream";
}

/** @returns {Promise<BenchServer>} */
export async function startServer() {
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const routes = new Map();
  /** @type {string[]} */
  const requests = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(path);
    // Answered, so a missing favicon never shows up as a console error or an extra failed request.
    if (path === "/favicon.ico") {
      response.writeHead(204);
      response.end();
      return;
    }
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    // No caching headers matter: every page run uses a fresh browser context, so every visit is a first visit.
    response.writeHead(200, { "content-type": route.type, "cache-control": "no-store" });
    response.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    add(path, body, type = typeOf(path)) {
      routes.set(path, { body: Buffer.from(body), type });
    },
    mount(prefix, files) {
      for (const [path, body] of files) routes.set(`${prefix}${path}`, { body, type: typeOf(path) });
    },
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
