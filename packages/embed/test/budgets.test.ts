/**
 * Byte budgets (brotli, each file compressed on its own as a CDN sends it). Deterministic: they measure the built
 * files, never a timing. The figures are the limits set for partners' pages; raise one only with a reason.
 */
import { describe, expect, it } from "vitest";
import { brotli, dynamicImports, read, staticClosure, total } from "./files.js";

const KB = 1024;

describe("byte budgets", () => {
  // 2 KB until the elements learned to follow attribute changes (about 60 B) and the loader carried each widget's
  // reserve (about 13 B): 2,068 B, then 2,085 B. Loading a widget's content and the partner's configuration moved
  // into the chunks that use them, and the language messages with them (chunks/language.ts): 2,004 B with the choice
  // of the first paint. The bilingual 911/hotline fallback and the messages that name each fix are most of the rest;
  // this budget is a guard: the bench's byte target is the whole first render against the same card as static
  // HTML. 2 KB until the loader became the root of the chain of trust (issue 28): it checks every file against the
  // build's hashes before importing it, and carries the SHA-256 hashes of what it imports at once (ten first paints,
  // the quick exit, integrity.js): 2,772 B, of which about 500 B are the hashes themselves, which do not compress.
  it("loader (embed.js) ≤ 2.75 KB", () => {
    expect(brotli("embed.js")).toBeLessThanOrEqual(2.75 * KB);
  });

  // The list of every other module's hash, and what each imports: fetched only by widgets with settings, or when a
  // first paint wakes, never before a first paint shows.
  it("integrity.js ≤ 1.5 KB", () => {
    expect(brotli("integrity.js")).toBeLessThanOrEqual(1.5 * KB);
  });

  // 2.5 KB until the quick exit became one sticky row with its history note behind a toggle, Shift progress for
  // screen readers, the scroll padding that keeps focus visible, and leaving the top page from a frame; its own CSS
  // replaced the widgets' base to pay for part of that (3,592 → 3,109 B). Still below GOV.UK's exit-this-page
  // (3,665 B, measured by pnpm bench). 3.2 KB until the message saying why the language differs from the page's moved
  // from the loader, which every page pays, into the chunks (about 90 B here, more than that off the loader).
  // 3.3 KB until one quick exit came to speak for the whole page (issue 28): the first in document order owns Shift×3
  // and the exit address, and a later one with another exit-url says so: 3,349 → 3,597 B, still below GOV.UK's.
  it("quick exit ≤ 3.55 KB, standing alone: no runtime, no content", () => {
    expect(brotli("quick-exit.js")).toBeLessThanOrEqual(3.55 * KB);
    expect([...staticClosure("quick-exit.js")]).toEqual(["quick-exit.js"]);
  });

  // The first paint of a widget without settings: the loader, then one file with the runtime that builds the
  // markup, the CSS and the markup itself, with no Preact and no content file (chunks/first.ts).
  // 6.25 KB until the loader carried the first paints' hashes (see the loader's budget); 7 KB until the first paint
  // learned to give way to the full widget on the day its contacts pass the freshness limit (about 45 B). 7.1 KB
  // until the first paint stopped carrying the report dialog's CSS, which the dialog adopts itself when it opens
  // (as the woken widget's chunk always did): 7,442 B with the help-in-your-language lines' CSS, then 6,689 B.
  it("warning-signs first paint (loader + first/en/warning-signs.js, standing alone) ≤ 6.6 KB", () => {
    expect([...staticClosure("first/en/warning-signs.js")]).toEqual(["first/en/warning-signs.js"]);
    expect(dynamicImports(["first/en/warning-signs.js"])).toEqual([]);
    expect(total(["embed.js", "first/en/warning-signs.js"])).toBeLessThanOrEqual(6.6 * KB);
  });

  // What the first press loads, and what an element with settings loads at once: the chunk, the runtime and one
  // locale's content. 18 KB until every file began with V8's compile hint (`//# allFunctionsCalledOnLoad`, about
  // 25 B in each of five files): it moved compilation off the main thread and cut Lantern's script time on the
  // bench's phone profile by a quarter to a half, worth more to a partner's page than 100 bytes. 18.1 KB until the
  // chunk loaded its content and the partner's configuration itself and said why the language differs (about
  // 290 B, of which 170 B left the loader that every page pays). 18.25 KB until contacts were checked against the
  // freshness policy on the visitor's clock (about 190 B in the shared runtime, where the contact list lives): a
  // bundle nobody re-released must still mark a contact past the limit, so the check runs in the browser; the
  // hotline's limits (it shares information when the law requires it) went next to "you never have to give your
  // name" in the contact every part carries (about 80 B): a frightened teenager must not read that line as total
  // secrecy; and every widget learned to mark a draft translation (the note, its style and each bundle's review
  // counts: about 170 B). 18.8 KB until the chain of trust: the loader's hashes, and integrity.js for every file it
  // imports here.
  it("warning-signs rendered by Preact (loader + integrity.js + chunk + runtime + one locale's content) ≤ 20.8 KB", () => {
    const files = new Set([
      "embed.js",
      "integrity.js",
      ...staticClosure("widgets/warning-signs.js"),
      "content/en/warning-signs.js",
    ]);
    expect(total(files)).toBeLessThanOrEqual(20.8 * KB);
  });

  it("report dialog (its code and content, loaded when opened) ≤ 12 KB", () => {
    const firstRender = staticClosure("widgets/report-button.js");
    const later = dynamicImports(firstRender).flatMap((file) => [...staticClosure(file)]);
    const dialog = new Set(later.filter((file) => !firstRender.has(file)));
    expect(dialog.size).toBeGreaterThan(0);
    expect(total([...dialog, "content/en/dialog.js"])).toBeLessThanOrEqual(12 * KB);
  });

  it("keeps the dialog out of every widget's first render", () => {
    for (const widget of ["warning-signs", "report-button", "at-risk", "myths-facts"]) {
      const code = [...staticClosure(`widgets/${widget}.js`)].map((file) => read(file).toString()).join("\n");
      expect(code.includes("lantern-dialog-header"), widget).toBe(false);
    }
  });
});
