import { atRiskGroups } from "@lantern/sdk";
import { describe, expect, it } from "vitest";
import { ar, en, mountInShadow, runWidgetContract, textOf } from "../../test/contract.js";

runWidgetContract("at-risk");

describe("at-risk", () => {
  it("names each group with why traffickers target it, after the intro", () => {
    const { root, unmount } = mountInShadow("at-risk");
    try {
      expect(textOf(root.querySelector(".lantern-intro") as Element)).toBe(en.ui["atRisk.intro"]);
      const items = [...root.querySelectorAll(".lantern-groups > li")];
      expect(
        items.map((li) => [
          textOf(li.querySelector("h3") as Element),
          textOf(li.querySelector("p") as Element),
        ]),
      ).toEqual(atRiskGroups(en).map((group) => [group.name, group.why]));
      expect(root.querySelector(".lantern-cta")).not.toBeNull();
      expect(textOf(root.querySelector("footer") as Element)).toContain("Last verified: November 28, 2026");
    } finally {
      unmount();
    }
  });

  it("marks groups the ar draft lacks as English, left to right", () => {
    const { root, unmount } = mountInShadow("at-risk", { bundle: ar });
    try {
      expect(textOf(root.querySelector(".lantern-intro") as Element)).toBe(ar.ui["atRisk.intro"]);
      const name = root.querySelector(".lantern-groups h3") as HTMLElement;
      expect(ar.fallback).toContain(`groups.${atRiskGroups(ar)[0]?.id}`);
      expect(name.lang).toBe("en");
      expect(name.dir).toBe("ltr");
    } finally {
      unmount();
    }
  });
});
