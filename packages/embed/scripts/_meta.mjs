import { build } from "esbuild";
import { cssInline } from "../../widgets/scripts/css-inline.mjs";
import { join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
const root = process.cwd();
const W = join(root, "../widgets/src");
const NAMES = (process.argv[2] || "warning-signs").split(",");
const pas = (n) => n.replace(/(^|-)(\w)/g, (_, __, l) => l.toUpperCase());
const r = await build({
  bundle: true, minify: true, target: "es2022", format: "esm", splitting: true, write: false, metafile: true,
  outdir: "/tmp/metaout", chunkNames: "runtime-[hash]", loader: { ".css": "text" },
  entryPoints: NAMES.map((n) => ({ in: `widget:${n}`, out: n })),
  plugins: [cssInline(), { name: "w", setup(b) {
    b.onResolve({ filter: /^@lantern\/widgets\// }, (a) => {
      let sub = a.path.slice(17); if (sub === "mount") sub = "core/mount-component"; if (sub === "theme") sub = "core/theme"; for (const c of [`${W}/${sub}/index.ts`, `${W}/${sub}/index.tsx`, `${W}/${sub}.tsx`, `${W}/${sub}.ts`, `${W}/core/${sub === "mount" ? "mount-component" : sub}.ts`, `${W}/core/${sub === "mount" ? "mount-component" : sub}.tsx`]) if (existsSync(c)) return { path: c };
    });
    b.onResolve({ filter: /^widget:/ }, (a) => ({ path: a.path.slice(7), namespace: "widget" }));
    b.onLoad({ filter: /.*/, namespace: "widget" }, (a) => { const P = pas(a.path); const s = P[0].toLowerCase() + P.slice(1) + "Styles"; return { resolveDir: join(root, "src/chunks"), loader: "ts",
      contents: `import { ${P}View, ${s} } from "@lantern/widgets/${a.path}";
import { mountIn } from "./mount.ts";
export const mount = mountIn(${JSON.stringify(a.path)}, ${P}View, ${s});` }; });
  } }],
});
for (const [out, o] of Object.entries(r.metafile.outputs)) {
  const file = r.outputFiles.find((f) => f.path.endsWith(out.replace(/^.*metaout/, "")));
  const br = brotliCompressSync(file.contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`== ${out} raw ${o.bytes} br ${br} imports ${o.imports.map((i) => i.path + (i.kind === "dynamic-import" ? "(dyn)" : "")).join(" ")}`);
  const rows = Object.entries(o.inputs).map(([i, v]) => [v.bytesInOutput, i.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "nm:").replace(/.*packages\//, "")]).sort((a, b) => b[0] - a[0]);
  for (const [b, i] of rows) if (b > 50) console.log(String(b).padStart(7), i);
}
