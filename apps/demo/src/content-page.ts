/** The content report page for editors: the JSON that `lantern-content report --json` wrote at build time. */
import type { ContentBundle } from "@lantern/sdk";
import type { ContentReport } from "@lantern/sdk/node";

const report: ContentReport = await fetch("/data/content-report.json").then((response) => response.json());
const manifest: { version: string } = await fetch("/lantern/manifest.json").then((response) =>
  response.json(),
);
const english: ContentBundle = (await import(/* @vite-ignore */ `/lantern/${manifest.version}/content/en.js`))
  .default;

const root = document.getElementById("report") as HTMLElement;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
};
function table(
  caption: string,
  head: string[],
  rows: (string | Node)[][],
  rowClass?: (index: number) => string,
) {
  const body = rows.map((cells, index) => {
    const row = el(
      "tr",
      undefined,
      ...cells.map((cell) => (typeof cell === "string" ? el("td", cell) : el("td", undefined, cell))),
    );
    if (rowClass) row.className = rowClass(index);
    return row;
  });
  return el(
    "table",
    undefined,
    el("caption", caption),
    el("thead", undefined, el("tr", undefined, ...head.map((h) => el("th", h)))),
    el("tbody", undefined, ...body),
  );
}
const links = (urls: string[]) => {
  const span = el("span");
  urls.forEach((url, index) => {
    if (index) span.append(" ");
    const a = el("a", url);
    a.href = url;
    a.rel = "noopener noreferrer";
    span.append(a);
  });
  return span;
};

const c = report.counts;
root.replaceChildren(
  el(
    "p",
    `${c.contacts} contacts, ${c.signs} warning signs, ${c.groups} groups at risk, ${c.myths} myths, ${c.statistics} statistics, ${c.definitions} definitions, ${c.steps} steps. Last verified between ${report.verified.oldest} and ${report.verified.newest}. ${report.errors} errors, ${report.warnings} warnings.`,
  ),
  table(
    "Languages",
    ["Language", "Status", "Direction", "Complete", "Missing (shown in English)"],
    report.locales.map((l) => [
      `${l.name} (${l.code})`,
      l.status,
      l.dir,
      `${(l.completeness * 100).toFixed(1)}% (${l.translated}/${l.total})`,
      l.missing.join(", ") || "nothing",
    ]),
  ),
  // What is due, oldest first, each with the sources to check: an editor's six-monthly list (content/README.md).
  table(
    `Due for re-checking on ${report.due.today}, oldest first: due six months after the last check, stale (refused by validate and the release) at twelve`,
    ["Kind", "Id", "Last verified", "State", "Sources to check"],
    report.due.items.length
      ? report.due.items.map((item) => [
          item.kind,
          item.id,
          item.lastVerified,
          item.state === "stale" ? `stale since ${item.staleFrom}` : `due; stale from ${item.staleFrom}`,
          links(item.sources),
        ])
      : [["nothing", "", "", "every fact was checked in the last six months", ""]],
    (index) => (report.due.items[index]?.state === "stale" ? "stale" : ""),
  ),
  table(
    "Marked for review: medium confidence, kept out of default configurations",
    ["Kind", "Id", "Last verified", "Sources"],
    report.review.map((item) => [item.kind, item.id, item.lastVerified, links(item.sources)]),
  ),
  table(
    "Every fact, with its source",
    ["Kind", "Text", "Confidence", "Last verified", "Sources"],
    [
      ...english.contacts.map((x) => [
        "contact",
        x.name,
        x.confidence,
        x.lastVerified ?? "",
        links(x.sources),
      ]),
      ...english.signs.map((x) => ["sign", x.text, x.confidence, x.lastVerified, links(x.sources)]),
      ...english.groups.map((x) => ["group at risk", x.name, x.confidence, x.lastVerified, links(x.sources)]),
      ...english.myths.map((x) => ["myth", x.myth, x.confidence, x.lastVerified, links(x.sources)]),
      ...english.statistics.map((x) => ["statistic", x.text, x.confidence, x.lastVerified, links(x.sources)]),
      ...english.definitions.map((x) => [
        "definition",
        x.term,
        x.confidence,
        x.lastVerified,
        links(x.sources),
      ]),
      ...english.steps.map((x) => ["step", x.text, x.confidence, x.lastVerified, links(x.sources)]),
    ],
  ),
);
for (const row of root.querySelectorAll("tbody tr")) {
  if (row.children[2]?.textContent === "medium") row.className = "medium";
}
