/**
 * Byte budgets (brotli, each file compressed on its own as a CDN sends it). Deterministic: they measure the built
 * files, never a timing. The figures are the limits set for partners' pages; raise one only with a reason.
 */
import { describe, expect, it } from "vitest";
import { brotli, dynamicImports, read, staticClosure, total } from "./files.js";

const KB = 1024;

describe("byte budgets", () => {
  // 2 KB until the elements learned to follow attribute changes (about 60 B) and the loader carried each widget's
  // reserve (about 13 B): 2,068 B. The bilingual 911/hotline fallback and the messages that name each fix are most
  // of the rest; the bench's 1.5 KB target is still missed and reported there.
  it("loader (embed.js) ≤ 2.1 KB", () => {
    expect(brotli("embed.js")).toBeLessThanOrEqual(2.1 * KB);
  });

  // 2.5 KB until the quick exit became one sticky row with its history note behind a toggle, Shift progress for
  // screen readers, the scroll padding that keeps focus visible, and leaving the top page from a frame; its own CSS
  // replaced the widgets' base to pay for part of that (3,592 → 3,109 B). Still below GOV.UK's exit-this-page
  // (3,665 B, measured by pnpm bench).
  it("quick exit ≤ 3.2 KB, standing alone: no runtime, no content", () => {
    expect(brotli("quick-exit.js")).toBeLessThanOrEqual(3.2 * KB);
    expect([...staticClosure("quick-exit.js")]).toEqual(["quick-exit.js"]);
  });

  // 18 KB until every file began with V8's compile hint (`//# allFunctionsCalledOnLoad`, about 25 B in each of the
  // five files): it moved compilation off the main thread and cut Lantern's script time on the bench's phone profile
  // by a quarter to a half, worth more to a partner's page than 100 bytes.
  it("warning-signs first render (loader + chunk + runtime + one locale's content) ≤ 18.1 KB", () => {
    const files = new Set([
      "embed.js",
      ...staticClosure("widgets/warning-signs.js"),
      "content/en/warning-signs.js",
    ]);
    expect(total(files)).toBeLessThanOrEqual(18.1 * KB);
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
