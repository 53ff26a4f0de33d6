/**
 * An esbuild plugin that resolves `./x.css?inline` to the file's text, minified: the contract Vite and Vitest give
 * `?inline` imports, so widgets import their CSS one way in tests, in the build (tsup) and in size checks. The text
 * ends up in `widgetStyles`, which the embed adopts as constructed stylesheets in each shadow root.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** @typedef {NonNullable<import("tsup").Options["esbuildPlugins"]>[number]} EsbuildPlugin */

/** @returns {EsbuildPlugin} */
export function cssInline() {
  return {
    name: "lantern-css-inline",
    setup(build) {
      // The resolved path keeps its "?inline": tsup's own CSS loader claims any path ending in ".css".
      build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
        path: resolve(dirname(args.importer), args.path),
        namespace: "lantern-css-inline",
      }));
      build.onLoad({ filter: /\?inline$/, namespace: "lantern-css-inline" }, async (args) => {
        const file = args.path.slice(0, -"?inline".length);
        const source = await readFile(file, "utf8");
        // Minified here because no later step sees this text as CSS: to bundlers it is a string literal.
        const { code } = await build.esbuild.transform(source, { loader: "css", minify: true });
        return {
          contents: `export default ${JSON.stringify(code.trim())};`,
          loader: "js",
          watchFiles: [file],
        };
      });
    },
  };
}
