// @vitest-environment node
/**
 * The package as a consumer sees it: the entry imports in plain Node (no DOM touched, nothing defined), every
 * component renders on the server, and a bundler can drop what a page does not use.
 */
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { cssInline } from "../scripts/css-inline.mjs";
import { esbuild } from "../scripts/esbuild.mjs";
import * as widgets from "./index.js";

const { AtRisk, HelpDirectory, MythsFacts, ReportButton, WarningSigns } = widgets;

describe("@lantern/widgets entry", () => {
  it("imports without a DOM: there is none in this environment", () => {
    expect(typeof document).toBe("undefined");
    expect(typeof customElements).toBe("undefined");
    expect(typeof widgets.mountWidget).toBe("function");
  });

  it("exports the public contract the embed builds against", () => {
    expect(widgets.WIDGET_NAMES).toEqual([
      "warning-signs",
      "report-button",
      "at-risk",
      "myths-facts",
      "help-directory",
    ]);
    expect(Object.isFrozen(widgets.WIDGET_NAMES)).toBe(true);
    expect(widgets.DEFAULT_EXIT_URL).toBe("https://weather.gc.ca/");
    for (const name of widgets.WIDGET_NAMES) {
      expect(widgets.widgetStyles[name]).toContain(":host");
      expect(typeof widgets.WIDGET_COMPONENTS[name]).toBe("function");
    }
    expect(widgets.quickExitStyles).toContain(".lantern-quick-exit-button");
    expect(typeof widgets.mountQuickExit).toBe("function");
    for (const component of [WarningSigns, ReportButton, AtRisk, MythsFacts, HelpDirectory]) {
      expect(typeof component).toBe("function");
    }
  });

  it("gives each widget its own CSS on top of the shared base, written for a shadow root", () => {
    const styles = widgets.widgetStyles;
    expect(styles["myths-facts"]).toContain(".lantern-myth");
    expect(styles["warning-signs"]).not.toContain(".lantern-myth");
    for (const css of [...Object.values(styles), widgets.quickExitStyles]) {
      // Every rule is scoped to the widget (or its host): nothing can style the partner's page.
      expect(css).not.toMatch(/(^|})\s*(html|body|\*|a|button|h[1-6]|p|ul|li)\s*[{,]/);
      expect(css).toContain("@media print");
    }
    for (const css of Object.values(styles)) expect(css).toContain("prefers-reduced-motion");
    // The quick exit has its own small sheet and nothing that moves, so no reduced-motion rule to need.
    expect(widgets.quickExitStyles).not.toMatch(/animation|transition/);
    // The dialog's own sheet, adopted next to a widget's first-render styles, is scoped too.
    expect(widgets.dialogStyles).not.toMatch(/(^|})\s*(html|body|\*|a|button|h[1-6]|p|ul|li)\s*[{,]/);
    expect(widgets.dialogStyles).not.toContain(":host");
  });

  it("keeps the report dialog's CSS out of each widget's first-render styles, and in widgetStyles", () => {
    const perWidget = {
      "warning-signs": widgets.warningSignsStyles,
      "report-button": widgets.reportButtonStyles,
      "at-risk": widgets.atRiskStyles,
      "myths-facts": widgets.mythsFactsStyles,
      "help-directory": widgets.helpDirectoryStyles,
    } as const;
    expect(widgets.dialogStyles).toContain(".lantern-dialog");
    for (const name of widgets.WIDGET_NAMES) {
      expect(perWidget[name]).not.toContain(".lantern-dialog");
      expect(perWidget[name]).toContain(".lantern-cta-primary");
      expect(widgets.widgetStyles[name]).toBe(perWidget[name] + widgets.dialogStyles);
    }
    // The directory lists contacts at first render, so its own styles carry theirs.
    expect(widgets.helpDirectoryStyles).toContain(".lantern-channel");
    expect(widgets.warningSignsStyles).not.toContain(".lantern-channel");
  });

  it("renders every widget to HTML in Node, in en, fr and ar", () => {
    for (const bundle of [en, fr, ar]) {
      const html = renderToString(
        <WarningSigns bundle={bundle} config={{ audience: "youth", variant: "compact" }} />,
      );
      expect(html).toContain(`lang="${bundle.locale.code}" dir="${bundle.locale.dir}"`);
      expect(html).toContain(bundle.ui["warningSigns.heading"]);
      expect(renderToString(<ReportButton bundle={bundle} />)).toContain(bundle.ui["reportButton.label"]);
      expect(renderToString(<AtRisk bundle={bundle} />)).toContain(bundle.ui["atRisk.heading"]);
      expect(renderToString(<MythsFacts bundle={bundle} />)).toContain(bundle.ui["mythsFacts.heading"]);
      expect(renderToString(<HelpDirectory bundle={bundle} config={{ region: "CA-ON" }} />)).toContain(
        bundle.ui["helpDirectory.heading"],
      );
    }
  });

  it("lets a bundler drop unused widgets: quick exit alone pulls in no Preact and no dialog", async () => {
    const result = await esbuild.build({
      stdin: {
        contents: 'export { mountQuickExit } from "./src/index.ts";',
        resolveDir: new URL("..", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      jsx: "automatic",
      jsxImportSource: "preact",
      external: ["preact", "preact/*", "@preact/signals"],
      plugins: [cssInline()],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).toContain("lantern-quick-exit");
    expect(code).not.toMatch(/from\s*"preact/);
    expect(code).not.toContain("lantern-dialog");
    expect(code).not.toContain("@lantern/sdk");
  });
});
