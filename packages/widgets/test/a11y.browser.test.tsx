/**
 * Every widget, in every state worth checking, through axe-core in Chromium with WCAG 2.0, 2.1 and 2.2 A and AA
 * rules: zero violations, and no rule disabled.
 */
import axe from "axe-core";
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Fallback, type MountOptions, WIDGET_NAMES, type WidgetName } from "../src/index.js";
import { ar, click, en, fr, mountInShadow, mountQuickExitInShadow, openReport, settle } from "./contract.js";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** axe's violations inside `context`, one readable line each, so a failure says what and where. */
async function violations(context: Element): Promise<string[]> {
  // Audit the settled state: mid fade-in, the dialog's text is pale and axe would measure that.
  await Promise.all((context.shadowRoot ?? document).getAnimations().map((animation) => animation.finished));
  const results = await axe.run(context, {
    runOnly: { type: "tag", values: WCAG_TAGS },
    resultTypes: ["violations"],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${node.target.join(" > ")}: ${node.failureSummary}`,
    ),
  );
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
});

function mount(name: WidgetName, options: Partial<MountOptions> = {}) {
  const mounted = mountInShadow(name, options);
  cleanup.push(mounted.unmount);
  return mounted;
}

const DARK_THEME = {
  "--lantern-color-text": "#f5f5f5",
  "--lantern-color-background": "#121212",
  "--lantern-color-accent": "#8ab4f8",
  "--lantern-color-accent-text": "#121212",
  "--lantern-color-focus": "#ffb74d",
};

describe("axe-core, WCAG 2.2 AA", () => {
  it("sees inside the widgets' shadow roots (a deliberate violation is found)", async () => {
    const { host, shadow } = mount("at-risk");
    const button = document.createElement("button");
    shadow.querySelector(".lantern")?.append(button);
    expect((await violations(host)).some((line) => line.startsWith("button-name"))).toBe(true);
  });

  for (const name of WIDGET_NAMES) {
    for (const bundle of [en, fr, ar]) {
      it(`${name} in ${bundle.locale.code}`, async () => {
        const { host } = mount(name, { bundle, attributes: { region: "CA-ON" } });
        expect(await violations(host)).toEqual([]);
      });
    }

    it(`${name} with its report dialog open`, async () => {
      const { host, shadow } = mount(name, { attributes: { region: "CA-ON", audience: "youth" } });
      await openReport(shadow);
      expect(shadow.querySelector("dialog")?.open).toBe(true);
      // Sources expanded too, so their links are checked.
      for (const details of shadow.querySelectorAll("details")) details.open = true;
      await settle();
      expect(await violations(host)).toEqual([]);
    });

    it(`${name} in a partner's dark theme`, async () => {
      const { host, shadow, problems } = mount(name, { theme: DARK_THEME });
      expect(problems).toEqual([]);
      await openReport(shadow);
      expect(await violations(host)).toEqual([]);
    });
  }

  it("the report dialog with its quick-exit button, in French and in Arabic", async () => {
    for (const bundle of [fr, ar]) {
      const { host, shadow } = mount("report-button", { bundle, exitUrl: "https://example.org/" });
      const dialog = await openReport(shadow);
      expect(dialog.querySelector(".lantern-dialog-exit")).not.toBeNull();
      expect(await violations(host)).toEqual([]);
      await click(dialog.querySelector(".lantern-close"));
    }
  });

  it("the fallback shown in place of a dialog that could not load", async () => {
    const { host, shadow, problems } = mount("at-risk", {
      bundle: { ...fr, contacts: [], steps: [] },
      loadDialogContent: () => Promise.reject(new Error("offline")),
    });
    await click(shadow.querySelector(".lantern-cta"));
    await vi.waitFor(() => expect(shadow.querySelector(".lantern-report-fallback")).not.toBeNull());
    expect(problems.map((problem) => problem.field)).toEqual(["report-dialog"]);
    expect(await violations(host)).toEqual([]);
  });

  it("warning-signs compact, for youth, with medium-confidence dates, collapsed and expanded", async () => {
    const { host, shadow } = mount("warning-signs", {
      attributes: { variant: "compact", audience: "youth" },
    });
    expect(await violations(host)).toEqual([]);
    await click(shadow.querySelector(".lantern-toggle"));
    await click(shadow.querySelector(".lantern-disclosure-button"));
    expect(await violations(host)).toEqual([]);
  });

  it("myths-facts with every myth open", async () => {
    const { host, shadow } = mount("myths-facts", { bundle: fr });
    for (const details of shadow.querySelectorAll("details")) details.open = true;
    expect(await violations(host)).toEqual([]);
  });

  it("help-directory for workers in Ontario, the medium-confidence lines marked", async () => {
    const { host } = mount("help-directory", { attributes: { region: "CA-ON", audience: "workers" } });
    expect(await violations(host)).toEqual([]);
  });

  it("help-directory languages (help in your language), in English, French and Arabic", async () => {
    for (const bundle of [en, fr, ar]) {
      const { host } = mount("help-directory", { bundle, attributes: { variant: "languages" } });
      expect(await violations(host), bundle.locale.code).toEqual([]);
    }
  });

  it("the report dialog with help in your language open, in English and in Arabic", async () => {
    for (const bundle of [en, ar]) {
      const { host, shadow } = mount("report-button", { bundle });
      const dialog = await openReport(shadow);
      await click(dialog.querySelector(".lantern-section-languages summary"));
      expect(dialog.querySelector(".lantern-help-line")?.checkVisibility()).toBe(true);
      expect(await violations(host), bundle.locale.code).toEqual([]);
      await click(dialog.querySelector(".lantern-close"));
    }
  });

  it("quick exit, in French and in Arabic", async () => {
    for (const [lang, dir] of [
      ["fr", "ltr"],
      ["ar", "rtl"],
    ] as const) {
      const { host, unmount } = mountQuickExitInShadow(lang === "fr" ? fr : ar, { lang, dir });
      cleanup.push(unmount);
      expect(await violations(host)).toEqual([]);
    }
  });

  it("the fallback", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    render(<Fallback bundle={fr} />, shadow);
    cleanup.push(() => {
      render(null, shadow);
      host.remove();
    });
    expect(await violations(host)).toEqual([]);
  });
});
