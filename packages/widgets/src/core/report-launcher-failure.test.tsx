/**
 * The report dialog's code failing to load (a blocked or missing chunk): the widget reports it and shows 911 and
 * the hotline in place of the dialog, and the next press tries again. In its own file, because the module mock
 * below must fail before anything has loaded the dialog.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { click, fr, type Mounted, mountInShadow, openReport, textOf } from "../../test/contract.js";

const dialogModule = vi.hoisted(() => ({ fail: true, imports: 0 }));
vi.mock("./report-dialog.js", async (importOriginal) => {
  dialogModule.imports++;
  if (dialogModule.fail) throw new Error("Failed to fetch dynamically imported module");
  return importOriginal();
});

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe("report dialog that cannot load", () => {
  it("shows the fallback with 911 and the hotline inside the widget, and reports how to fix it", async () => {
    mounted = mountInShadow("warning-signs", { bundle: fr });
    const button = mounted.shadow.querySelector(".lantern-cta") as HTMLButtonElement;
    await click(button);
    const shadow = mounted.shadow;
    const fallback = await vi.waitFor(() => {
      const element = shadow.querySelector(".lantern-report-fallback");
      expect(element).not.toBeNull();
      return element as Element;
    });
    // Inside the widget, right after the button that was pressed, announced without moving focus.
    expect(fallback.parentElement?.querySelector(".lantern-cta")).toBe(button);
    expect(mounted.root.contains(fallback)).toBe(true);
    expect(fallback.getAttribute("role")).toBe("alert");
    expect(textOf(fallback)).toContain(fr.ui["fallback.heading"]);
    expect([...fallback.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "tel:911",
      "tel:+18339001010",
    ]);
    expect(shadow.querySelector("dialog")).toBeNull();
    expect(button.hasAttribute("aria-busy")).toBe(false);
    // The widget itself is still there: only the dialog is replaced.
    expect(textOf(mounted.root)).toContain(fr.ui["warningSigns.heading"]);
    // The reason in parentheses is the engine's (here Vitest's wrapper around the failing module); the fix is ours.
    expect(mounted.problems).toEqual([
      {
        field: "report-dialog",
        message: expect.stringMatching(
          /^the report dialog's code could not load \(.+\), so the widget shows how to reach 911 and the hotline instead: check that the page can load Lantern's scripts \(network, Content-Security-Policy script-src, a complete self-hosted copy\)$/s,
        ),
      },
    ]);
    expect(mounted.events).toEqual([]);
  });

  it("tries again on the next press, and opens the dialog once the code loads", async () => {
    mounted = mountInShadow("report-button");
    await click(mounted.shadow.querySelector(".lantern-cta"));
    const shadow = mounted.shadow;
    await vi.waitFor(() => expect(shadow.querySelector(".lantern-report-fallback")).not.toBeNull());
    const before = dialogModule.imports;
    dialogModule.fail = false;
    const dialog = await openReport(shadow);
    expect(dialogModule.imports).toBe(before + 1);
    expect(dialog.querySelector("a")?.getAttribute("href")).toBe("tel:911");
    expect(shadow.querySelector(".lantern-report-fallback")).toBeNull();
    expect(mounted.events.map((event) => event.type)).toEqual(["lantern:open"]);
  });
});
