/**
 * Builds what the demo adds to the CDN files: the configurator and content-page scripts (bundled, external files,
 * so the pages need no inline script) and the content report JSON for editors.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentReport, loadContent } from "@lantern/sdk/node";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "data"), { recursive: true });

await build({
  entryPoints: {
    configurator: join(root, "src/configurator.ts"),
    "content-page": join(root, "src/content-page.ts"),
    // The print-materials page renders kits in the browser with @lantern/print, bundles included.
    "print-page": join(root, "src/print-page.ts"),
  },
  outdir: join(dist, "assets"),
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  logLevel: "warning",
});

const { content, problems } = loadContent(join(root, "../../content"));
if (!content)
  throw new Error(`content/ does not validate: run pnpm --filter @lantern/sdk exec lantern-content validate`);
writeFileSync(
  join(dist, "data/content-report.json"),
  `${JSON.stringify(contentReport(content, problems), null, 2)}\n`,
);
console.log(
  "Demo built: dist/assets/configurator.js, dist/assets/content-page.js, dist/assets/print-page.js, dist/data/content-report.json",
);
