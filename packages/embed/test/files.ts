/** Reading the built CDN files: paths, brotli sizes, and which files a page downloads for a widget. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { CDN_DIR } from "./server.js";

export const manifest: {
  version: string;
  major: string;
  files: { path: string; bytes: number; integrity: string }[];
} = JSON.parse(readFileSync(join(CDN_DIR, "manifest.json"), "utf8"));
export const VERSION_DIR = join(CDN_DIR, manifest.version);

export function read(path: string): Buffer {
  return readFileSync(join(VERSION_DIR, path));
}

/** Bytes on the wire with brotli at its highest quality, as a CDN serves static files. */
export function brotli(path: string): number {
  return brotliCompressSync(read(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Relative module specifiers a file imports statically (`from"./runtime-X.js"`) or dynamically. */
function specifiers(path: string, dynamic: boolean): string[] {
  const code = read(path).toString();
  const pattern = dynamic ? /import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g : /(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g;
  return [...code.matchAll(pattern)].map((match) => normalize(join(dirname(path), match[1] as string)));
}

/** A module and everything it imports statically: what the browser fetches before the module runs. */
export function staticClosure(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path) || !existsSync(join(VERSION_DIR, path))) return seen;
  seen.add(path);
  for (const dependency of specifiers(path, false)) staticClosure(dependency, seen);
  return seen;
}

/** Modules loaded later with import() from anything in `files`. */
export function dynamicImports(files: Iterable<string>): string[] {
  return [...new Set([...files].flatMap((file) => specifiers(file, true)))];
}

export const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + brotli(file), 0);
