/**
 * The host pages the browser measures. Every scenario is the same partner page (a header, an article of plain
 * text, a footer, a little CSS) with only the thing being measured added, so a difference between two scenarios
 * is the cost of that thing and nothing else.
 */

/** The quick exit's default target, answered locally with `page.route` so nothing leaves the machine. */
export const EXIT_URL = "https://weather.gc.ca/";

/** What the exit URL answers with: a neutral page, like the real one but local. */
export const EXIT_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><p>Weather</p></body></html>';

const PARAGRAPHS = [
  "Our community centre runs drop-in hours every weekday, with staff who can help with forms, housing questions and referrals to local services.",
  "This spring we are adding evening sessions for newcomers, in English and French, on rights at work, tenancy and how to find a family doctor.",
  "Volunteers are welcome: we train everyone who joins, and most shifts are two hours. Ask at the front desk or write to the address below.",
  "The food bank is open on Tuesdays and Fridays. Bring a piece of identification if you have one; if you do not, come anyway.",
  "Youth programs restart in September with homework help, sports and a weekly group led by counsellors from the school board.",
  "We do not share your information with anyone without your consent, except where the law requires it to keep someone safe.",
];

/**
 * @typedef {object} PageParts
 * @property {string} [head] extra markup in <head> (the embed's script tag, a stylesheet)
 * @property {string} [bodyClass]
 * @property {string} [top] first thing in <body> (an exit button)
 * @property {string} [header] inside the page header (a search box)
 * @property {string} [article] inside the article, after its second paragraph (a help widget)
 * @property {string} [tail] last thing in <body> (scripts a peer wants at the end)
 */

/**
 * @param {PageParts} [parts]
 * @returns {string}
 */
export function hostPage({ head = "", bodyClass = "", top = "", header = "", article = "", tail = "" } = {}) {
  const [first, second, ...rest] = PARAGRAPHS.map((text) => `<p>${text}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverside Community Centre</title>
<style>
body{margin:0;font:18px/1.6 Georgia,serif;color:#1a1a1a;background:#fafafa}
header,footer{background:#24395c;color:#fff;padding:1rem 2rem}
header a{color:#fff;margin-inline-end:1rem}
main{max-width:44rem;margin:0 auto;padding:1rem 2rem}
h1{font-size:2rem;line-height:1.2}
</style>
${head}
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ""}>
${top}
<header><nav><a href="#programs">Programs</a><a href="#visit">Visit</a><a href="#contact">Contact</a></nav>${header}</header>
<main>
<h1>Riverside Community Centre</h1>
<article>
${first}
${second}
${article}
${rest.join("\n")}
</article>
</main>
<footer><p id="contact">12 River Road · 555-0100 · Open Monday to Friday, 9 to 5</p></footer>
${tail}
</body>
</html>
`;
}

/**
 * A widget's shadow root frozen by `freezeWidget` (measure-runtime.mjs).
 * @typedef {{ tag: string, css: string, html: string }} FrozenWidget
 */

/**
 * The widget's CSS in a `<style>` element. Lantern adopts its stylesheets, so its `:host>*{all:initial;display:block}`
 * meets no `<style>` element; here it would, and would lay out and paint the CSS as text (it did until 2026-12:
 * 4,000 px of it under the warning signs, which made both references slower than the card). The last rule hides it
 * again: what an author putting this card into a page as HTML would have to write.
 * @param {string} css
 */
const styleElement = (css) => `<style>${css}:host>style{display:none}</style>`;

/**
 * The widget as static HTML: its element with a declarative shadow root holding the same CSS and nodes. No script:
 * what showing this card costs the page (style, layout, paint), however it is delivered.
 * @param {FrozenWidget} widget
 */
export function staticWidget({ tag, css, html }) {
  return `<${tag}><template shadowrootmode="open">${styleElement(css)}${html}</template></${tag}>`;
}

/**
 * The cheapest script that shows the same widget: one classic script with its HTML, written into a shadow root with
 * `innerHTML`, once the element is parsed. No loader, no second request, no DOM built node by node, nothing for a
 * hostile page or a strict CSP: the floor of script time for showing this card by script, on this machine.
 * @param {FrozenWidget} widget
 */
export function widgetScript({ tag, css, html }) {
  const markup = JSON.stringify(`${styleElement(css)}${html}`);
  return `(() => {
  const show = () => { document.querySelector(${JSON.stringify(tag)}).attachShadow({ mode: "open" }).innerHTML = ${markup}; };
  if (document.querySelector(${JSON.stringify(tag)})) show();
  else document.addEventListener("DOMContentLoaded", show);
})();
`;
}
