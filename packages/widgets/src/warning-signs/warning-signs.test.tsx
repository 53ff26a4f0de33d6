import { signs } from "@lantern/sdk";
import { describe, expect, it } from "vitest";
import { ar, click, en, fr, mountInShadow, runWidgetContract, textOf } from "../../test/contract.js";
import { COMPACT_SIGN_COUNT } from "./warning-signs.js";

runWidgetContract("warning-signs");

const signTexts = (root: ParentNode) =>
  [...root.querySelectorAll(".lantern-signs li > span:first-child")].map(textOf);

describe("warning-signs", () => {
  it("groups signs by category in the SDK's order and says one sign alone proves nothing", () => {
    const { root, unmount } = mountInShadow("warning-signs");
    try {
      const headings = [...root.querySelectorAll("h3")]
        .filter((heading) => !heading.closest(".lantern-print-only"))
        .map(textOf);
      expect(headings).toEqual([
        "Control",
        "Documents and ID",
        "Physical signs",
        "Behaviour",
        "Recruitment and grooming",
        "Work and labour",
      ]);
      expect(textOf(root.querySelector(".lantern-intro") as Element)).toBe(en.ui["warningSigns.intro"]);
    } finally {
      unmount();
    }
  });

  it("shows only high-confidence signs for everyone by default", () => {
    const { root, unmount } = mountInShadow("warning-signs");
    try {
      const expected = signs(en).map((sign) => sign.text);
      expect(signTexts(root)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(10);
      // Medium-confidence and audience-specific signs stay out.
      expect(signTexts(root)).not.toContain(en.signs.find((s) => s.id === "ownership-tattoos")?.text);
      expect(signTexts(root)).not.toContain(en.signs.find((s) => s.id === "cash-no-card")?.text);
      expect(root.querySelector(".lantern-signs .lantern-verified")).toBeNull();
    } finally {
      unmount();
    }
  });

  it("adds an audience's signs, medium-confidence ones with their last-verified date", () => {
    const { root, unmount } = mountInShadow("warning-signs", { attributes: { audience: "hospitality" } });
    try {
      const items = [...root.querySelectorAll(".lantern-signs li")];
      const cash = items.find((li) => textOf(li).startsWith("A room is paid for in cash"));
      expect(cash).toBeDefined();
      expect(textOf(cash as Element)).toContain("Last verified: November 28, 2026");
      expect(cash?.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-28");
      // Another audience's signs do not appear.
      expect(signTexts(root)).not.toContain(en.signs.find((s) => s.id === "controlling-companion")?.text);
      // Every medium sign shown carries its date; no high one does.
      for (const li of items) {
        const sign = en.signs.find((s) => textOf(li).startsWith(s.text));
        expect(Boolean(li.querySelector(".lantern-verified"))).toBe(sign?.confidence === "medium");
      }
      expect(textOf(root.querySelector(".lantern-audience") as Element)).toBe(
        "Signs for Hotels and hospitality",
      );
    } finally {
      unmount();
    }
  });

  it("compact shows the first few signs and a Show all toggle that reveals the rest", async () => {
    const { root, unmount } = mountInShadow("warning-signs", { attributes: { variant: "compact" } });
    try {
      expect(signTexts(root)).toHaveLength(COMPACT_SIGN_COUNT);
      const toggle = root.querySelector<HTMLButtonElement>(".lantern-toggle");
      expect(toggle?.getAttribute("aria-expanded")).toBe("false");
      expect(textOf(toggle as Element)).toBe("Show all warning signs");
      expect(root.querySelector(`#${toggle?.getAttribute("aria-controls")}`)).not.toBeNull();
      await click(toggle);
      expect(signTexts(root)).toHaveLength(signs(en).length);
      expect(toggle?.getAttribute("aria-expanded")).toBe("true");
      expect(textOf(toggle as Element)).toBe("Show fewer");
      await click(toggle);
      expect(signTexts(root)).toHaveLength(COMPACT_SIGN_COUNT);
    } finally {
      unmount();
    }
  });

  it("collapses and expands a category with its heading button", async () => {
    const { root, unmount } = mountInShadow("warning-signs");
    try {
      const button = root.querySelector<HTMLButtonElement>("h3 button");
      const panel = root.querySelector(`#${button?.getAttribute("aria-controls")}`);
      expect(button?.getAttribute("aria-expanded")).toBe("true");
      expect(panel?.hasAttribute("hidden")).toBe(false);
      await click(button);
      expect(button?.getAttribute("aria-expanded")).toBe("false");
      expect(panel?.hasAttribute("hidden")).toBe(true);
      await click(button);
      expect(panel?.hasAttribute("hidden")).toBe(false);
    } finally {
      unmount();
    }
  });

  it("ends with a way to report and the sources with the oldest last-verified date", () => {
    const { root, unmount } = mountInShadow("warning-signs", { bundle: fr });
    try {
      expect(textOf(root.querySelector(".lantern-cta") as Element)).toBe(fr.ui["common.reportCta"]);
      const footer = root.querySelector("footer") as Element;
      expect(textOf(footer)).toContain("28 novembre 2026");
      const sources = [...footer.querySelectorAll("a")];
      expect(sources.length).toBe(new Set(signs(fr).flatMap((s) => s.sources)).size);
      for (const a of sources) {
        expect(a.target).toBe("_blank");
        expect(a.rel).toBe("noopener noreferrer");
        expect(textOf(a)).toContain(fr.ui["common.opensInNewTab"]);
      }
    } finally {
      unmount();
    }
  });

  it("shows Arabic signs and category names in the draft ar bundle", () => {
    const { root, unmount } = mountInShadow("warning-signs", { bundle: ar });
    try {
      expect(signTexts(root)[0]).toBe(ar.signs[0]?.text);
      expect(textOf(root.querySelector("h3") as Element)).toBe(ar.taxonomy.categories.control);
    } finally {
      unmount();
    }
  });
});
