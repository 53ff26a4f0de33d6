/**
 * Static HTML for every widget and reviewed locale, rendered at build time from the same components with
 * preact-render-to-string: for CMSs that allow no script at all, and for <noscript>. Each fragment links its
 * widget's stylesheet (the shadow-root CSS with the :host rules removed), since it lives in the page's own DOM.
 *
 * A page without script must not show a control that does nothing, so what needs script is replaced by what it
 * would have shown (see withoutScript), and the build fails if any control is left. The quick exit cannot work at
 * all: its fragment is a note that says so and what to do instead.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Fallback, resolveConfig, WIDGET_COMPONENTS, WIDGET_NAMES, widgetStyles } from "@lantern/widgets";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";

export const STATIC_WIDGETS = [...WIDGET_NAMES];
/**
 * Variants with static HTML of their own: the help directory's `languages` (the help-in-your-language lines, each
 * marked while it is a draft). Not the compact warning signs: its "all signs" button needs script, and the full card
 * is what a page without script should show.
 */
export const STATIC_VARIANTS = [["help-directory", "languages"]];

/** The shadow-root CSS for use in a page: drop `:host` rules, which match nothing outside a shadow root. */
function pageCss(css) {
  return css.replace(/:host(\([^)]*\))?\s*\{[^}]*\}/g, "").trim();
}

/** What static pages add to a widget's CSS: the disclosure headings keep the look their button gave them. */
const STATIC_CSS = `
/* Static HTML: a section's heading is plain text (a button would do nothing without script), shown like it. */
.lantern .lantern-disclosure-heading {
  padding-block: 0.5em;
  padding-inline: 0.25em;
  border-block-end: 1px solid var(--lantern-color-text);
  font-size: 1em;
}
.lantern .lantern-fallback {
  margin-block-start: var(--lantern-space);
}
.lantern .lantern-fallback > .lantern-heading {
  font-size: 1.125em;
}
`;

/** The quick exit's note, styled like the loader's own fallback box: readable at the reader's default size. */
const QUICK_EXIT_CSS = `.lantern-quick-exit-note {
  box-sizing: border-box;
  max-inline-size: 100%;
  margin: 0;
  padding: 1em;
  color: #1b1b1b;
  background: #ffffff;
  border: 2px solid #1b1b1b;
  border-radius: 6px;
  font: medium/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
`;

/** Tags that do something only with script, or that a form would send: none may be left in static HTML. */
const CONTROLS = /<(button|select|input|textarea|form)\b|aria-haspopup=/;

/**
 * The rendered widget without what needs script. Each pattern matches what a component renders; if a component
 * changes its markup, a pattern stops matching and the CONTROLS check below fails the build, naming the widget.
 */
function withoutScript(html, name, bundle) {
  // The report button's print-only copy of 911 and the hotline (report-launcher.tsx), shown on screen here.
  const printed = /<div class="lantern-print-only">(<div[^>]*>[\s\S]*?<\/div>)<\/div>/g;
  const numbers = ["emergency-911", "ca-human-trafficking-hotline"].map(
    (id) =>
      `href="${bundle.contacts.find((entry) => entry.id === id)?.channels.find((channel) => channel.kind === "phone")?.href}"`,
  );
  const listed = numbers.every((link) => html.replace(printed, "").includes(link));
  const hasPrinted = html.search(printed) !== -1;
  const fallback = renderToString(h(Fallback, { bundle }))
    // Under the widget's heading, one level down; the report button has no heading of its own.
    .replace(/<(\/?)h2\b/g, name === "report-button" ? "<$1h2" : "<$1h3");
  const result = html
    // Collapsible sections: shown open, their heading a plain heading (its language mark kept).
    .replace(
      /<button type="button" class="lantern-disclosure-button"([^>]*)>(?:<svg[^>]*>[\s\S]*?<\/svg>)?([\s\S]*?)<\/button>/g,
      (_, attributes, title) => {
        const lang = /\slang="([^"]*)"/.exec(attributes);
        return lang ? `<span lang="${lang[1]}">${title}</span>` : title;
      },
    )
    .replace(/(class="lantern-disclosure-panel") hidden(="")?/g, "$1")
    // The help directory's filters: every contact of the region is listed instead.
    .replace(/<div class="lantern-filters">[\s\S]*?<\/select><\/div><\/div>/, "")
    // The report dialog cannot open: instead of its button (and the status line that announces its loading), 911
    // and the hotline as links, unless the widget lists them already.
    .replace(
      /<button[^>]*aria-haspopup="dialog"[^>]*>[\s\S]*?<\/button>(<p class="lantern-vh" role="status"><\/p>)?/g,
      () => (listed || hasPrinted ? "" : fallback),
    )
    .replace(printed, (_, inner) => (listed ? "" : inner))
    // Inside the widget's own box: not a second box.
    .replaceAll('class="lantern lantern-fallback"', 'class="lantern-fallback"');
  const left = CONTROLS.exec(result);
  if (left) throw new Error(`static HTML of ${name} still has a control that needs script: ${left[0]}`);
  if (!numbers.every((link) => result.includes(link)))
    throw new Error(`static HTML of ${name} lacks 911 or the hotline as a tel: link`);
  return result;
}

export async function renderStatic({ out, bundles, locales, version }) {
  mkdirSync(join(out, "static"), { recursive: true });
  for (const name of STATIC_WIDGETS) {
    writeFileSync(join(out, "static", `${name}.css`), `${pageCss(widgetStyles[name])}\n${STATIC_CSS}`);
  }
  writeFileSync(join(out, "static", "quick-exit.css"), QUICK_EXIT_CSS);
  for (const lang of locales) {
    const bundle = bundles[lang];
    const comment = (name) =>
      `<!-- Lantern ${version}: ${name} (${lang}), static HTML for pages that allow no script. -->`;
    mkdirSync(join(out, "static", lang), { recursive: true });
    // Each widget, and the variants a page without script can use as `<widget>-<variant>.html`.
    for (const [name, variant] of [...STATIC_WIDGETS.map((widget) => [widget]), ...STATIC_VARIANTS]) {
      const { config, problems } = resolveConfig(name, variant ? { variant } : {}, bundle);
      if (problems.length)
        throw new Error(`static HTML of ${name}: ${problems.map((p) => p.message).join("; ")}`);
      const html = withoutScript(
        renderToString(h(WIDGET_COMPONENTS[name], { bundle, config })),
        name,
        bundle,
      );
      const file = variant ? `${name}-${variant}` : name;
      writeFileSync(
        join(out, "static", lang, `${file}.html`),
        `${comment(file)}\n<link rel="stylesheet" href="../${name}.css">\n${html}\n`,
      );
    }
    // Static pages are built for reviewed locales only, and validation makes those complete: no English to mark.
    writeFileSync(
      join(out, "static", lang, "quick-exit.html"),
      `${comment("quick-exit")}\n<link rel="stylesheet" href="../quick-exit.css">\n<p class="lantern-quick-exit-note" lang="${lang}" dir="${bundle.locale.dir}" role="note">${bundle.ui["quickExit.needsScript"]}</p>\n`,
    );
  }
}
