/**
 * A tsup `onSuccess` step shared by the packages that build with code splitting (@lantern/sdk, @lantern/widgets).
 *
 * esbuild's code splitting starts each output file with a bare import of every chunk it reaches
 * (`import './chunk-X.js';`), so that a browser loading the files unbundled fetches them in parallel. Under
 * `"sideEffects": false` a bundler must ignore such imports, and esbuild says so for each one: 57
 * [ignored-bare-import] warnings in a clean `pnpm build` of the embed and the demo before the widgets dropped theirs,
 * 2 more from the SDK's `overrides.js` after. Nothing in these packages has a side effect to keep, and every chunk is
 * still imported by the code that uses it, so the bare imports go, once the output is final (tsup's tree shaking
 * writes them again). The line stays, empty, so the source maps' lines still match.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Remove bare chunk imports from every `.js` file under `dist` (the current directory's, by default). */
export async function dropBareChunkImports(dist = "dist") {
  for (const file of await readdir(dist, { recursive: true })) {
    if (!file.endsWith(".js")) continue;
    const path = join(dist, file);
    const code = await readFile(path, "utf8");
    const kept = code.replace(/^import '\.{1,2}\/(?:\.\.\/)*chunk-[\w-]+\.js';$/gm, "");
    if (kept !== code) await writeFile(path, kept);
  }
}
