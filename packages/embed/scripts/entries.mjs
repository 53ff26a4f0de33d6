/**
 * Virtual esbuild entries: modules of a line or three, written by the build instead of kept as files. Each entry
 * is `<namespace>:<path>`, in `entryPoints`; `contents(path)` writes its TypeScript, resolved from src/chunks.
 */
import { join } from "node:path";

const chunks = join(import.meta.dirname, "../src/chunks");

/**
 * @param {string} namespace
 * @param {(path: string) => string} contents
 * @returns {import("esbuild").Plugin}
 */
export function virtualEntries(namespace, contents) {
  const prefix = `${namespace}:`;
  return {
    name: `lantern-${namespace}-entries`,
    setup(builder) {
      builder.onResolve({ filter: new RegExp(`^${namespace}:`) }, (args) => ({
        path: args.path.slice(prefix.length),
        namespace,
      }));
      builder.onLoad({ filter: /.*/, namespace }, (args) => ({
        resolveDir: chunks,
        loader: "ts",
        contents: contents(args.path),
      }));
    },
  };
}
