/**
 * Static HTML for every widget and reviewed locale, rendered at build time from the same components with
 * preact-render-to-string: for CMSs that allow no script at all, and for <noscript>. Each fragment links its
 * widget's stylesheet (the shadow-root CSS with the :host rules removed), since it lives in the page's own DOM.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveConfig, WIDGET_COMPONENTS, WIDGET_NAMES, widgetStyles } from "@lantern/widgets";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";

export const STATIC_WIDGETS = [...WIDGET_NAMES];

/** The shadow-root CSS for use in a page: drop `:host` rules, which match nothing outside a shadow root. */
function pageCss(css) {
  return css.replace(/:host(\([^)]*\))?\s*\{[^}]*\}/g, "").trim();
}

export async function renderStatic({ out, bundles, locales, version }) {
  mkdirSync(join(out, "static"), { recursive: true });
  for (const name of STATIC_WIDGETS) {
    writeFileSync(join(out, "static", `${name}.css`), `${pageCss(widgetStyles[name])}\n`);
  }
  for (const lang of locales) {
    const bundle = bundles[lang];
    mkdirSync(join(out, "static", lang), { recursive: true });
    for (const name of STATIC_WIDGETS) {
      const { config } = resolveConfig(name, {}, bundle);
      const html = renderToString(h(WIDGET_COMPONENTS[name], { bundle, config }));
      writeFileSync(
        join(out, "static", lang, `${name}.html`),
        `<!-- Lantern ${version}: ${name} (${lang}), static HTML for pages that allow no script. -->\n<link rel="stylesheet" href="../${name}.css">\n${html}\n`,
      );
    }
  }
}
