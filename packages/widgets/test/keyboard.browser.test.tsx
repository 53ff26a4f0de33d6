/**
 * Keyboard use with a real keyboard (Playwright, through vitest/browser's userEvent): the report dialog's focus
 * handling, and every disclosure and filter operated without a mouse.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { type MountOptions, WIDGET_NAMES, type WidgetName } from "../src/index.js";
import { en, mountInShadow, textOf } from "./contract.js";

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

/** The focused element inside `shadow` (the document only knows the host). */
const focused = (shadow: ShadowRoot) => shadow.activeElement;

async function openWithKeyboard(shadow: ShadowRoot) {
  const trigger = shadow.querySelector<HTMLButtonElement>(".lantern-cta") as HTMLButtonElement;
  trigger.focus();
  await userEvent.keyboard("{Enter}");
  // The dialog loads on first activation, so it is looked up once it is there and open.
  const dialog = await vi.waitFor(
    () => {
      const element = shadow.querySelector("dialog");
      expect(element?.open).toBe(true);
      return element as HTMLDialogElement;
    },
    { timeout: 5000 },
  );
  return { trigger, dialog };
}

describe("report dialog, by keyboard", () => {
  for (const name of WIDGET_NAMES) {
    it(`${name}: focus moves in, Tab and Shift+Tab cycle inside, Escape closes and focus returns`, async () => {
      const { shadow, host } = mount(name, { attributes: { region: "CA-ON" } });
      const { trigger, dialog } = await openWithKeyboard(shadow);

      // Focus starts on the dialog's title, so a screen reader reads from the top.
      expect(focused(shadow)).toBe(dialog.querySelector("h2"));
      expect(document.activeElement).toBe(host);

      const tabbable = [...dialog.querySelectorAll<HTMLElement>("a[href], button, summary")].filter(
        (element) => element.checkVisibility(),
      );
      const first = tabbable[0] as HTMLElement;
      const last = tabbable.at(-1) as HTMLElement;
      expect(first.classList.contains("lantern-close")).toBe(true);

      await userEvent.keyboard("{Tab}");
      expect(focused(shadow)).toBe(first);
      // Once round the whole dialog and back to the start: focus never leaves it.
      for (let i = 1; i < tabbable.length; i++) {
        await userEvent.keyboard("{Tab}");
        expect(dialog.contains(focused(shadow))).toBe(true);
      }
      expect(focused(shadow)).toBe(last);
      await userEvent.keyboard("{Tab}");
      expect(focused(shadow)).toBe(first);
      await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
      expect(focused(shadow)).toBe(last);

      await userEvent.keyboard("{Escape}");
      await vi.waitFor(() => expect(dialog.open).toBe(false));
      expect(focused(shadow)).toBe(trigger);
    });
  }

  it("closes with the Close button by keyboard and returns focus", async () => {
    const { shadow } = mount("report-button");
    const { trigger, dialog } = await openWithKeyboard(shadow);
    await userEvent.keyboard("{Tab}");
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    expect(focused(shadow)).toBe(trigger);
  });

  it("Shift+Tab from the title wraps to the end", async () => {
    const { shadow } = mount("report-button");
    const { dialog } = await openWithKeyboard(shadow);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(dialog.contains(focused(shadow))).toBe(true);
    expect(focused(shadow)?.tagName).toBe("SUMMARY");
  });

  it("with an exitUrl, Tab goes from the title to Quick exit, then Close", async () => {
    const { shadow } = mount("warning-signs", { exitUrl: "https://example.org/" });
    const { dialog } = await openWithKeyboard(shadow);
    await userEvent.keyboard("{Tab}");
    expect(focused(shadow)).toBe(dialog.querySelector(".lantern-dialog-exit"));
    expect(textOf(focused(shadow) as Element)).toBe(en.ui["quickExit.label"]);
    await userEvent.keyboard("{Tab}");
    expect(focused(shadow)).toBe(dialog.querySelector(".lantern-close"));
    // Not pressed here: it would leave the test page.
  });

  it("keeps focus on the button while the dialog loads, marked busy", async () => {
    let release = () => {};
    const content = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { shadow } = mount("report-button", {
      bundle: { ...en, contacts: [], steps: [] },
      loadDialogContent: () => content.then(() => ({ contacts: en.contacts, steps: en.steps })),
    });
    const trigger = shadow.querySelector<HTMLButtonElement>(".lantern-cta") as HTMLButtonElement;
    trigger.focus();
    await userEvent.keyboard(" ");
    await vi.waitFor(() => expect(trigger.getAttribute("aria-busy")).toBe("true"));
    expect(focused(shadow)).toBe(trigger);
    release();
    const dialog = await vi.waitFor(() => {
      const element = shadow.querySelector("dialog");
      expect(element?.open).toBe(true);
      return element as HTMLDialogElement;
    });
    expect(trigger.hasAttribute("aria-busy")).toBe(false);
    expect(focused(shadow)).toBe(dialog.querySelector("h2"));
  });

  it("makes the page behind inert while open", async () => {
    const outside = document.createElement("button");
    outside.textContent = "page button";
    document.body.prepend(outside);
    cleanup.push(() => outside.remove());
    const { shadow } = mount("report-button");
    await openWithKeyboard(shadow);
    outside.focus();
    expect(document.activeElement).not.toBe(outside);
  });
});

describe("disclosures and filters, by keyboard", () => {
  it("warning-signs: Enter and Space collapse and expand a category; Show all works by keyboard", async () => {
    const { shadow } = mount("warning-signs", { attributes: { variant: "compact" } });
    const button = shadow.querySelector<HTMLButtonElement>(".lantern-disclosure-button") as HTMLButtonElement;
    const panel = shadow.getElementById(button.getAttribute("aria-controls") as string) as HTMLElement;
    button.focus();
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(button.getAttribute("aria-expanded")).toBe("false"));
    expect(panel.checkVisibility()).toBe(false);
    await userEvent.keyboard(" ");
    await vi.waitFor(() => expect(button.getAttribute("aria-expanded")).toBe("true"));
    expect(panel.checkVisibility()).toBe(true);

    const toggle = shadow.querySelector<HTMLButtonElement>(".lantern-toggle") as HTMLButtonElement;
    const before = shadow.querySelectorAll(".lantern-signs li").length;
    toggle.focus();
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() =>
      expect(shadow.querySelectorAll(".lantern-signs li").length).toBeGreaterThan(before),
    );
    // The toggle keeps focus, now offering "Show fewer".
    expect(focused(shadow)).toBe(toggle);
  });

  it("myths-facts: a myth expands to show its fact, by keyboard and by click", async () => {
    const { shadow } = mount("myths-facts");
    const [first, second] = [...shadow.querySelectorAll<HTMLDetailsElement>("details.lantern-myth")] as [
      HTMLDetailsElement,
      HTMLDetailsElement,
    ];
    const fact = first.querySelector(".lantern-fact") as HTMLElement;
    expect(fact.checkVisibility()).toBe(false);
    (first.querySelector("summary") as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(first.open).toBe(true));
    expect(fact.checkVisibility()).toBe(true);
    await userEvent.click(second.querySelector("summary") as HTMLElement);
    await vi.waitFor(() => expect(second.open).toBe(true));
  });

  it("help-directory: choosing a region with the keyboard updates the list and its count", async () => {
    const { shadow } = mount("help-directory");
    const status = shadow.querySelector("[role='status']") as HTMLElement;
    const before = textOf(status);
    const select = shadow.querySelector("select") as HTMLSelectElement;
    await userEvent.selectOptions(select, "CA-ON");
    await vi.waitFor(() => expect(textOf(status)).not.toBe(before));
    expect(shadow.querySelector("[data-contact='femaide']")).not.toBeNull();
  });
});
