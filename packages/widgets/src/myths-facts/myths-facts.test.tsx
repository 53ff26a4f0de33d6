import { myths, statistics } from "@lantern/sdk";
import { describe, expect, it } from "vitest";
import { ar, click, en, fr, mountInShadow, runWidgetContract, spaced, textOf } from "../../test/contract.js";

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
        myths(fr).map((myth) => spaced(`${fr.ui["mythsFacts.fact"]} ${myth.fact}`)),
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

  it("shows what police-reported data shows: Ontario's share with its period, and the under-reporting caveat", () => {
    const { root, unmount } = mountInShadow("myths-facts");
    try {
      const stats = root.querySelector(".lantern-stats") as Element;
      expect(textOf(stats.querySelector("h3") as Element)).toBe(en.ui["statistics.heading"]);
      const items = [...stats.querySelectorAll("li")].map(textOf);
      expect(items).toEqual(statistics(en).map((stat) => spaced(stat.text)));
      expect(items[0]).toMatch(/62%.*police-reported.*Ontario.*2010.2021/);
      expect(textOf(stats)).toContain(en.ui["statistics.caveat"]);
    } finally {
      unmount();
    }
  });

  it("leads with victims not asking for help, and an audience reorders without dropping a myth", () => {
    const general = mountInShadow("myths-facts");
    const hotel = mountInShadow("myths-facts", { attributes: { audience: "hospitality" } });
    try {
      const ids = (root: Element) =>
        [...root.querySelectorAll("summary span:not(.lantern-label)")].map(textOf);
      expect(ids(general.root)[0]).toBe("Victims will ask for help.");
      expect(ids(hotel.root)[0]).toBe("Human trafficking means smuggling people across borders.");
      for (const myth of ids(general.root)) expect(ids(hotel.root)).toContain(myth);
      // An audience opts in to medium myths, each with its date.
      expect(textOf(hotel.root)).toContain("respected members of their community");
      expect(hotel.root.querySelector(".lantern-fact .lantern-verified-checkBeforeUse")).not.toBeNull();
    } finally {
      general.unmount();
      hotel.unmount();
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
