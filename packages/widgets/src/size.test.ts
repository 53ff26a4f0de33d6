// @vitest-environment node
/**
 * The report dialog stays out of every content widget's first render: bundled as the embed bundles a widget chunk
 * (the widget's entry and `mountComponent`, split into chunks), the dialog's code and CSS are only in the chunk
 * reached through `import()`. The "help in your language" lines, which only the dialog and the help directory show,
 * stay out of the other widgets' first renders too. And the dialog, with one locale's contacts and steps, keeps
 * within its 12 KB budget.
 * Deterministic: esbuild and brotli give the same bytes for the same sources.
 */
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import helpLines from "@lantern/sdk/content/lines";
import { describe, expect, it } from "vitest";
import { brotliSize, FRAMEWORK, firstRender } from "../scripts/first-render.mjs";
import { WIDGET_NAMES } from "./core/config.js";

/** Strings only the dialog's module has: its CSS class, the modal call, its title key, the contact list's CSS. */
const DIALOG_MARKERS = ["lantern-dialog", "showModal", "reportButton.dialogTitle", "lantern-channels"];
/** Strings only the lines bring: the English line they all translate (ASCII, so not escaped by esbuild). */
const LINES_MARKER = helpLines.english;

/** The report dialog's budget (brotli): its lazily loaded code and CSS plus one locale's contacts and steps. */
const DIALOG_BUDGET = 12 * 1024;

describe("first render without the report dialog", () => {
  it("warning-signs + mountComponent: the dialog is only in the lazily imported chunk", async () => {
    for (const external of [FRAMEWORK, []]) {
      const { first, lazy } = await firstRender({ external });
      // Booleans, not toContain: a failure would otherwise print the whole bundle.
      for (const marker of DIALOG_MARKERS) {
        expect(first.code.includes(marker), `first render has ${marker}`).toBe(false);
        expect(lazy.code.includes(marker), `lazy chunk has ${marker}`).toBe(true);
      }
      // One lazy chunk: the dialog's module, which the launcher imports with import().
      expect(lazy.files.map((file) => file.path)).toEqual([expect.stringMatching(/^report-dialog-\w+\.js$/)]);
      expect(/import\("(\.\.?\/)+report-dialog-\w+\.js"\)/.test(first.code), "import() of the dialog").toBe(
        true,
      );
      expect(first.brotli).toBeGreaterThan(0);
    }
  });

  it("every other content widget leaves the dialog out of its first render too", async () => {
    for (const widget of WIDGET_NAMES.filter((name) => name !== "warning-signs")) {
      const { first, lazy } = await firstRender({
        entries: [`src/${widget}/index.ts`, "src/core/mount-component.tsx"],
      });
      expect(first.code.includes("lantern-dialog"), `${widget} first render`).toBe(false);
      expect(first.code.includes("showModal"), `${widget} first render`).toBe(false);
      expect(lazy.code.includes("lantern-dialog"), `${widget} lazy chunk`).toBe(true);
    }
  });

  it("carries the help-in-your-language lines only in the dialog and the help directory", async () => {
    expect(LINES_MARKER).toContain("{number}");
    for (const widget of WIDGET_NAMES) {
      const { first, lazy } = await firstRender({
        entries: [`src/${widget}/index.ts`, "src/core/mount-component.tsx"],
      });
      // The directory's `languages` variant shows them at first render; the dialog, wherever it opens, shows them.
      expect(first.code.includes(LINES_MARKER), `${widget} first render`).toBe(widget === "help-directory");
      expect(first.code.includes(LINES_MARKER) || lazy.code.includes(LINES_MARKER), `${widget} dialog`).toBe(
        true,
      );
    }
  });

  it("keeps the dialog (code, CSS, one locale's contacts and steps) within 12 KB brotli", async () => {
    const { lazy } = await firstRender();
    for (const bundle of [en, fr, ar]) {
      const content = brotliSize(JSON.stringify({ contacts: bundle.contacts, steps: bundle.steps }));
      expect(lazy.brotli + content, bundle.locale.code).toBeLessThanOrEqual(DIALOG_BUDGET);
    }
  });
});
