/**
 * Turns src/reserve.json (each widget's smallest first-render height per viewport width, measured by reserve.mjs)
 * into the CSS that keeps a partner's page from shifting when a widget appears.
 *
 * The rule a partner pastes must hold before embed.js has even arrived (the script is async), so it is plain CSS on
 * the element, not something the loader does:
 *
 *   lantern-myths-facts{display:block;font-size:medium;min-height:min(100vh,30em)}
 *   @media(max-width:48em){lantern-myths-facts{min-height:min(100vh,36.25em)}}
 *
 * - em with `font-size: medium`: widgets size themselves from the reader's default font, not the page's
 *   (`html { font-size: 18px }` must not change the reserve), and media queries in em use that same default font.
 * - A lower bound per viewport width: never more than the widget takes, so the page never shifts up (or keeps an
 *   empty gap) when it renders; min-height stays after render and so never shrinks under the widget.
 * - Capped at the viewport's height: content below a reserve that tall is out of view, and a shift out of view is no
 *   layout shift; the cap keeps a tall card from leaving a gap where the viewport is taller than the card.
 */

/** Reserve keys whose variant is not the default: the variant attribute picks the rule. */
const VARIANT = / (\w+)$/;

/** `12.5em` for 200 px at the default 16 px: exact, since 1/16 em is a whole px. */
const em = (px) => `${Number((px / 16).toFixed(4))}em`;

/**
 * Each widget's variants other than its default (`WIDGET_VARIANTS` in @lantern/widgets, whose test keeps this in
 * step): the default's rule excludes them, since each variant has its own height.
 */
export const OTHER_VARIANTS = { "warning-signs": ["compact"], "help-directory": ["languages"] };

/**
 * The selector a reserve applies to. `tag` for the custom element (`lantern-warning-signs`), or `placeholder` for
 * `<div data-lantern="warning-signs">`; the default variant excludes the others, so two variants on a page each keep
 * their own reserve.
 * @param {string} key a widget name, or `<widget> <variant>`
 * @param {{ placeholder?: boolean, lang?: string }} [options]
 */
export function reserveSelector(key, { placeholder = false, lang } = {}) {
  const [name, variant] = key.split(" ");
  const attribute = placeholder ? "data-variant" : "variant";
  const base = placeholder ? `[data-lantern="${name}"]` : `lantern-${name}`;
  const which = variant
    ? `[${attribute}="${variant}"]`
    : (OTHER_VARIANTS[name] ?? []).map((other) => `:not([${attribute}="${other}"])`).join("");
  return `${base}${which}${lang ? `:lang(${lang})` : ""}`;
}

/**
 * The rules for one selector: the widest viewport's reserve first, then one media query per narrower width where
 * the reserve grows.
 * @param {string} selector
 * @param {number[]} row heights in px for viewports up to each of `widths`, then wider
 * @param {number[]} widths viewport widths in px
 */
export function reserveRules(selector, row, widths) {
  const height = (px) => `min(100vh,${em(px)})`;
  let css = `${selector}{display:block;font-size:medium;min-height:${height(row[widths.length])}}`;
  for (let i = widths.length - 1; i >= 0; i--) {
    if (row[i] === row[i + 1]) continue;
    css += `@media(max-width:${em(widths[i])}){${selector}{min-height:${height(row[i])}}}`;
  }
  return css;
}

/** Element by element, the smallest of several rows: a reserve that holds for all of them. */
const smallest = (rows) => rows[0].map((_, i) => Math.min(...rows.map((row) => row[i])));

/**
 * Everything the build writes from one reserve.json.
 * @param {{ widths: number[], heights: Record<string, Record<string, Record<string, number[]>>> }} reserve
 *   heights by widget (or widget and variant), language and audience
 * @param {string[]} langs reviewed locales; the first is the one unknown languages fall back to
 */
export function reserveOutputs(reserve, langs) {
  const { widths, heights } = reserve;
  const [fallbackLang] = langs;
  /** Per widget (or widget and variant), language and audience: the rules the configurator writes beside the tag. */
  const snippets = {};
  /** Every widget, language and placeholder in one stylesheet, for partners to copy into their own CSS. */
  let all = "";
  for (const [key, byLang] of Object.entries(heights)) {
    snippets[key] = {};
    for (const lang of langs) {
      const byAudience = byLang[lang] ?? byLang[fallbackLang];
      snippets[key][lang] = Object.fromEntries(
        Object.entries(byAudience).map(([audience, row]) => [
          audience,
          reserveRules(reserveSelector(key), row, widths),
        ]),
      );
      // One stylesheet cannot know the audience an element will show: it reserves what every audience fills.
      const other = lang === fallbackLang ? undefined : lang;
      const selector = [
        reserveSelector(key, { lang: other }),
        reserveSelector(key, { placeholder: true, lang: other }),
      ].join(",");
      all += `${reserveRules(selector, smallest(Object.values(byAudience)), widths)}\n`;
    }
  }
  /**
   * The loader's own reserve in em, for pages that paste only the tag: one height per widget that holds at every
   * width, in every variant, language and audience (the widest viewport's smallest), since the loader has no room
   * for the whole table. No viewport cap: it never exceeds the widget anyway, and every byte of the loader counts.
   * The smallest on purpose: the script is async, so the page has usually painted before the loader runs, and a
   * taller reserve moves it further then. A full card's height for the default variant was tried (the bench's
   * layout-shift pages, plain snippet, 3 loads): 0.62 → 1.00 at 768×1024, 0.31 → 0.67 at 1280×900, no change at
   * phone widths.
   */
  /** @type {Record<string, number>} */
  const loader = {};
  for (const [key, byLang] of Object.entries(heights)) {
    const name = key.replace(VARIANT, "");
    const rows = Object.values(byLang).flatMap((byAudience) => Object.values(byAudience));
    loader[name] = Math.min(
      loader[name] ?? Number.POSITIVE_INFINITY,
      ...rows.map((row) => row[widths.length]),
    );
  }
  for (const name of Object.keys(loader)) loader[name] /= 16;
  return { snippets, css: all, loader };
}
