import { PAPERS, type Paper } from "./options.js";

/**
 * The kits' print stylesheet. Every class is prefixed `lp-` so it can sit in a host page (the demo's preview,
 * Storybook) without touching that page's styles.
 *
 * Why these choices:
 * - Each page is a box of the paper's exact size with `overflow: hidden`, and `@page` has no margin: the layout is
 *   then the same on screen, in the browser's print and in Chromium's PDF, and a test can compare every box with
 *   its page box.
 * - Black on white only, with rules and weight instead of colour: a partner's office printer is often black and
 *   white, and a photocopy of a photocopy must still read.
 * - Sizes in pt and mm, the units of print: at least 9 pt on the card, 14 pt for a poster's body.
 * - Liberation Sans is metric-compatible with Arial, so a Windows or Mac browser lays the text out alike; DejaVu
 *   Sans covers Arabic on Debian.
 */
export const printStyles = `
.lp-doc {
  color: #000;
  background: #fff;
  font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif;
  line-height: 1.25;
  print-color-adjust: exact;
  -webkit-print-color-adjust: exact;
}
.lp-doc *, .lp-doc *::before, .lp-doc *::after { box-sizing: border-box; }
.lp-doc h1, .lp-doc h2, .lp-doc h3, .lp-doc p, .lp-doc ul, .lp-doc ol, .lp-doc dl, .lp-doc dd, .lp-doc figure { margin: 0; }
.lp-doc ul, .lp-doc ol { padding-inline-start: 1.2em; }
.lp-page {
  position: relative;
  overflow: hidden;
  background: #fff;
  break-after: page;
  page-break-after: always;
}
.lp-page:last-child { break-after: auto; page-break-after: auto; }
@media screen {
  .lp-page { margin: 0 auto 12px; box-shadow: 0 0 0 1px #767676; }
}
.lp-number { font-weight: 700; white-space: nowrap; }
.lp-url { overflow-wrap: anywhere; }
.lp-fine { font-size: 9pt; }
/* A draft's mark: framed, bold, and never smaller than the fine print. */
.lp-draft { border: 1pt dashed #000; padding: 1mm 2mm; font-weight: 700; font-size: 9pt; line-height: 1.2; }
.lp-card .lp-draft { padding: 0.5mm 1mm; }
.lp-poster .lp-draft { font-size: 14pt; }

/* Card sheet: cards abut, so one cut serves two cards; crop marks sit in the margin around the grid. */
.lp-cards { position: absolute; display: grid; grid-template-columns: repeat(2, 85mm); grid-auto-rows: 55mm; }
.lp-card {
  display: flex;
  flex-direction: column;
  gap: 1.4mm;
  padding: 3.5mm;
  overflow: hidden;
  font-size: 9pt;
  line-height: 1.2;
}
.lp-marks { position: absolute; inset: 0; width: 100%; height: 100%; }
.lp-card h1, .lp-card h2 { font-size: 10pt; line-height: 1.15; }
.lp-card .lp-hotline-number { font-size: 20pt; line-height: 1; }
.lp-card .lp-emergency { padding-bottom: 1.2mm; border-bottom: 0.75pt solid #000; font-weight: 700; }
.lp-card .lp-contact-name { font-weight: 700; }
.lp-card .lp-push { margin-top: auto; }

/*
 * Poster. The margins and gaps are tight (still clear of the 5 mm a printer cannot reach) and the title 26 pt: the
 * "help in your language" strip at the foot takes about 50 mm, and a French title must still fit on one line.
 */
.lp-poster { padding: 6mm 9mm; display: flex; flex-direction: column; gap: 1.5mm; font-size: 14pt; }
.lp-poster h1 { font-size: 26pt; line-height: 1.05; }
.lp-poster .lp-audience { font-size: 15pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
.lp-poster .lp-lead { font-size: 15pt; font-weight: 700; border-inline-start: 3mm solid #000; padding-inline-start: 4mm; }
.lp-poster .lp-signs { columns: 2; column-gap: 9mm; }
.lp-poster .lp-signs li { break-inside: avoid; margin-bottom: 1mm; }
.lp-poster .lp-report { border-top: 2.5pt solid #000; padding-top: 2mm; display: flex; flex-direction: column; gap: 1.5mm; }
.lp-poster h2 { font-size: 18pt; }
.lp-poster h3 { font-size: 14pt; }
.lp-poster .lp-emergency { font-size: 15pt; font-weight: 700; }
.lp-poster .lp-hotline { display: flex; gap: 6mm; align-items: flex-start; }
.lp-poster .lp-hotline-text { flex: 1; display: flex; flex-direction: column; gap: 1.5mm; }
.lp-poster .lp-hotline-name { font-size: 14pt; font-weight: 700; }
.lp-poster .lp-hotline-number { font-size: 34pt; line-height: 1; }
.lp-poster .lp-qr { flex: none; width: 38mm; text-align: center; line-height: 1.1; }
.lp-poster .lp-qr svg { display: block; width: 38mm; height: 38mm; }
.lp-poster .lp-partner { display: flex; flex-wrap: wrap; column-gap: 3mm; align-items: baseline; }
.lp-poster .lp-partner h3::after { content: ":"; }
.lp-doc:lang(fr) .lp-partner h3::after { content: "\\a0:"; }
.lp-poster .lp-contacts { list-style: none; padding: 0; }
.lp-poster .lp-footer { margin-top: auto; border-top: 0.75pt solid #000; padding-top: 1.5mm; }
.lp-poster .lp-footer > p { display: inline; }
.lp-poster .lp-footer > p + p::before { content: " · "; }
/* Sources run on as one paragraph: a column per URL would take a third of the page. */
.lp-poster .lp-footer ul { display: inline; padding: 0; }
.lp-poster .lp-footer li { display: inline; }
.lp-poster .lp-footer li + li::before { content: " · "; }


/* Information sheet: 8.5 pt and narrow margins, so the first page holds the language strip under the signs. */
.lp-sheet { padding: 6mm 10mm; font-size: 8.5pt; line-height: 1.15; }
.lp-sheet h1 { font-size: 17pt; line-height: 1.1; margin-bottom: 1.5mm; }
.lp-sheet h2 { font-size: 12.5pt; margin: 2mm 0 0.8mm; break-after: avoid; }
.lp-sheet h3 { font-size: 10pt; margin: 1.5mm 0 0.5mm; break-after: avoid; }
.lp-sheet .lp-columns { columns: 2; column-gap: 7mm; }
.lp-sheet dl > div, .lp-sheet li, .lp-sheet h3 + ul { break-inside: avoid; }
.lp-sheet .lp-emergency { font-weight: 700; font-size: 11pt; border: 1.5pt solid #000; padding: 1.5mm 2.5mm; margin: 2mm 0; }
.lp-sheet .lp-more { font-weight: 700; margin-top: 1mm; }
/* The at-risk groups after the seed's, run together so fourteen groups fit the second page. */
.lp-sheet .lp-inline { list-style: none; padding: 0; }
.lp-sheet .lp-inline li { display: inline; }
.lp-sheet .lp-inline li:not(:last-child)::after { content: " · "; }
.lp-sheet dt { font-weight: 700; }
.lp-sheet dd { margin-bottom: 1mm; }
.lp-sheet li { margin-bottom: 0.6mm; }
.lp-sheet .lp-contacts { list-style: none; padding: 0; }
.lp-sheet .lp-contacts li { margin-bottom: 1.2mm; }
/* One line per way to reach a contact, under its name. */
.lp-sheet .lp-contacts li > span { display: block; }
.lp-sheet .lp-sources { font-size: 8pt; list-style: none; padding: 0; }
.lp-sheet .lp-sources li { margin: 0; }
.lp-sheet .lp-meta { font-size: 9pt; }
/*
 * "Help in your language": every line in the kit's fine print, in three columns at the foot of the page (the poster's
 * above its sources, the sheet's first page under the signs). Each line keeps its script's own font (fontconfig
 * chooses by its lang). Its draft mark is bold and in brackets, not framed: a frame round inline text set this tight
 * would run over the lines above and below. Nastaliq, Urdu's script, climbs far above the line: its lines get the
 * leading they need.
 */
.lp-lines { columns: 3; column-gap: 4mm; line-height: 1.12; border-top: 0.75pt solid #000; padding-top: 1.2mm; }
.lp-doc .lp-lines h2 { font-size: inherit; line-height: inherit; margin: 0 0 0.5mm; }
.lp-lines ul { list-style: none; padding: 0; }
.lp-lines li { margin: 0 0 0.3mm; break-inside: avoid; }
.lp-lines li:lang(ur) { line-height: 1.7; }
.lp-line-name { font-weight: 700; }
.lp-line-draft { font-weight: 700; }
/* Each half of the mark on one line: "Draft translation" broken inside right-to-left text would read as two words. */
.lp-line-draft > span { white-space: nowrap; }
.lp-line-draft::before { content: "["; }
.lp-line-draft::after { content: "]"; }
.lp-poster .lp-lines { margin-top: auto; }
.lp-poster .lp-lines + .lp-footer { margin-top: 0; }
.lp-sheet .lp-lines { font-size: 8pt; margin-top: auto; }
/* The sheet's first page stacks its parts, so the strip sits at the foot whatever the signs leave. */
.lp-sheet-first { display: flex; flex-direction: column; }

/* "Myth:" and "Fact:" labels; French puts a space before the colon. */
.lp-label { font-weight: 700; }
.lp-label::after { content: ":"; }
.lp-doc:lang(fr) .lp-label::after { content: "\\a0:"; }
`;

/** `@page` for one paper: the exact size, no margin (each kit lays out its own). */
export function pageRule(paper: Paper): string {
  const { width, height } = PAPERS[paper];
  return `@page { size: ${width}mm ${height}mm; margin: 0; }\nhtml, body { margin: 0; padding: 0; }`;
}
