/**
 * Measures the space each widget takes on its first render, and writes it to src/reserve.json, from which the build
 * writes the reservation rules partners paste (reserve.css, and the configurator's snippet) and the loader's own
 * reserve.
 *
 *   pnpm --filter @lantern/embed build && node packages/embed/scripts/reserve.mjs
 *
 * Run it again when a widget's layout or a locale's text changes: apps/demo/test/cls.browser.test.ts fails when a
 * reserve has grown larger than the widget it reserves for, or far smaller.
 *
 * How: Debian's Chromium renders every widget, variant and reviewed locale in a viewport as wide as each width in
 * WIDTHS, in a container that wide (at the reader's default 16 px font), for every audience, with a touch screen
 * and a mouse. A widget only grows when its container narrows (its one narrow-screen rule, the quick exit's at
 * 22em, keeps a row from wrapping that would otherwise wrap), and a container is never wider than the viewport, so
 * the height measured at a width W is a lower bound for every viewport up to W: the space reserved is never more
 * than the widget takes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { AUDIENCES } from "@lantern/sdk";
import { chromiumLaunchOptions } from "@lantern/testing/chromium";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// LANTERN_CDN: measure a copy of dist/cdn instead (the build empties dist/ first, so a rebuild mid-run breaks it).
const cdn = process.env.LANTERN_CDN ?? join(root, "dist/cdn");
const { version } = JSON.parse(readFileSync(join(cdn, "manifest.json"), "utf8"));
const require = createRequire(import.meta.url);
const locales = JSON.parse(
  readFileSync(join(dirname(require.resolve("@lantern/sdk/content/en.json")), "index.json"), "utf8"),
);
const LANGS = locales.filter((locale) => locale.status === "reviewed").map((locale) => locale.code);

/**
 * Viewport widths in CSS px at 16 px: the phones, tablets and desktops of the CLS test, and steps between them. The
 * last is "anything wider", measured in a container wide enough for every widget to stop shrinking.
 */
export const WIDTHS = [320, 360, 390, 480, 600, 768, 1024, 1280];
const WIDEST = 2560;
/** Reserve keys: a widget, or a widget and a variant other than its default. */
const KEYS = [
  ["warning-signs", {}],
  ["warning-signs compact", { variant: "compact" }],
  ["report-button", {}],
  ["quick-exit", {}],
  ["at-risk", {}],
  ["myths-facts", {}],
  ["help-directory", {}],
  ["help-directory languages", { variant: "languages" }],
];

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  if (path === "/") {
    response.writeHead(200, { "content-type": TYPES[".html"] });
    return response.end(
      `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><body style="margin:0"><script src="/lantern/${version}/embed.js"></script></body></html>`,
    );
  }
  const file = normalize(join(cdn, path.replace(/^\/lantern\//, "")));
  if (!file.startsWith(cdn)) return response.writeHead(404).end();
  try {
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const browser = await chromium.launch(chromiumLaunchOptions());
/** @type {Record<string, Record<string, number[]>>} */
const heights = {};
try {
  // Desktop and phone: the quick exit says its keyboard hint only where a fine pointer can hover, so a touch phone's
  // bar can be lower. Each width is measured with the pointer such a screen has (touch up to 1024 px).
  for (const touch of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: touch });
    const page = await context.newPage();
    await page.goto(origin);
    const widths = [...WIDTHS, WIDEST];
    for (const [index, width] of widths.entries()) {
      // Touch is measured up to tablets, the pointer from tablets up: a 1024 px screen may be either.
      if (touch ? width > 1024 : width < 768) continue;
      // The viewport as wide as the container, so a widget's media queries (the quick exit's narrow-phone rules)
      // apply as they do on such a screen.
      await page.setViewportSize({ width, height: 900 });
      for (const [key, attributes] of KEYS) {
        const name = key.split(" ")[0];
        for (const lang of LANGS) {
          // Audiences change which signs and groups show; the quick exit and the button have none.
          const audiences = ["quick-exit", "report-button"].includes(name) ? ["general"] : AUDIENCES;
          const found = await page.evaluate(
            async ({ name, attributes, lang, audiences, width }) => {
              const boxes = audiences.map((audience) => {
                const box = document.createElement("div");
                box.style.width = `${width}px`;
                const host = document.createElement(`lantern-${name}`);
                for (const [attribute, value] of Object.entries({ ...attributes, lang }))
                  host.setAttribute(attribute, value);
                if (audiences.length > 1) host.setAttribute("audience", audience);
                // The loader's own reserve must not count: this measures the widget.
                host.style.minHeight = "0";
                host.style.position = "static";
                box.append(host);
                document.body.append(box);
                return host;
              });
              const rendered = () =>
                boxes.every(
                  (host) => host.shadowRoot?.querySelector(".lantern") && host.shadowRoot.textContent,
                );
              for (let i = 0; i < 3000 && !rendered(); i++)
                await new Promise((resolve) => setTimeout(resolve, 20));
              if (!rendered()) throw new Error(`lantern-${name} ${lang} did not render at ${width} px`);
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              const measured = boxes.map((host) => host.getBoundingClientRect().height);
              for (const host of boxes) host.parentElement?.remove();
              return Object.fromEntries(audiences.map((audience, i) => [audience, measured[i]]));
            },
            { name, attributes, lang, audiences, width },
          );
          heights[key] ??= {};
          heights[key][lang] ??= {};
          for (const [audience, height] of Object.entries(found)) {
            heights[key][lang][audience] ??= widths.map(() => Number.POSITIVE_INFINITY);
            const row = heights[key][lang][audience];
            row[index] = Math.min(/** @type {number} */ (row[index]), height);
          }
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

// Whole px, rounded down, so a reserve stays a lower bound.
for (const byLang of Object.values(heights))
  for (const byAudience of Object.values(byLang))
    for (const [audience, row] of Object.entries(byAudience))
      byAudience[audience] = row.map((height) => Math.floor(height));

const out = {
  $comment:
    "Written by scripts/reserve.mjs: each widget's first-render height per language and audience, in CSS px at the reader's default 16 px font, for viewports up to each of `widths` px wide, then wider (the smallest with touch or mouse). The build turns these into em rules.",
  widths: WIDTHS,
  heights,
};
writeFileSync(join(root, "src/reserve.json"), `${JSON.stringify(out, null, 2)}\n`);
console.log(`src/reserve.json: ${Object.keys(heights).length} widgets × ${LANGS.join(", ")}`);
