import { myths } from "@lantern/sdk";
import { describe, expect, it } from "vitest";
import { ar, click, en, fr, mountInShadow, runWidgetContract, textOf } from "../../test/contract.js";

runWidgetContract("myths-facts");

describe("myths-facts", () => {
  it("shows each myth, labelled Myth, with its fact, labelled Fact, collapsed until opened", async () => {
    const { root, unmount } = mountInShadow("myths-facts", { bundle: fr });
    try {
      const items = [...root.querySelectorAll<HTMLDetailsElement>("details.lantern-myth")];
      expect(items.map((details) => textOf(details.querySelector("summary") as Element))).toEqual(
        myths(fr).map((myth) => `${fr.ui["mythsFacts.myth"]} ${myth.myth}`),
      );
      expect(items.map((details) => textOf(details.querySelector(".lantern-fact") as Element))).toEqual(
        myths(fr).map((myth) => `${fr.ui["mythsFacts.fact"]} ${myth.fact}`),
      );
      const first = items[0] as HTMLDetailsElement;
      expect(first.open).toBe(false);
      await click(first.querySelector("summary"));
      expect(first.open).toBe(true);
    } finally {
      unmount();
    }
  });

  it("leaves medium-confidence myths out", () => {
    const { root, unmount } = mountInShadow("myths-facts");
    try {
      const medium = en.myths.filter((myth) => myth.confidence === "medium");
      expect(medium.length).toBeGreaterThan(0);
      for (const myth of medium) expect(textOf(root)).not.toContain(myth.myth);
    } finally {
      unmount();
    }
  });

  it("marks myths the ar draft lacks as English and keeps its own labels", () => {
    const { root, unmount } = mountInShadow("myths-facts", { bundle: ar });
    try {
      const summary = root.querySelector("summary") as Element;
      expect(summary.querySelector(".lantern-label")?.getAttribute("lang")).toBeNull();
      expect(summary.querySelector("span[lang='en']")?.textContent).toBe(myths(ar)[0]?.myth);
    } finally {
      unmount();
    }
  });
});
