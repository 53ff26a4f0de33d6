import { atRiskGroups, isOpenGroup } from "@lantern/sdk";
import { describe, expect, it } from "vitest";
import { ar, en, fr, mountInShadow, runWidgetContract, textOf } from "../../test/contract.js";

runWidgetContract("at-risk");

describe("at-risk", () => {
  it("opens the seed's groups with why, after the intro, and lists the rest one line each", () => {
    const { root, unmount } = mountInShadow("at-risk");
    try {
      expect(textOf(root.querySelector(".lantern-intro") as Element)).toBe(en.ui["atRisk.intro"]);
      const open = atRiskGroups(en).filter((group) => isOpenGroup(group));
      const items = [...root.querySelectorAll(".lantern-groups > li")];
      expect(
        items.map((li) => [
          textOf(li.querySelector("h3") as Element),
          textOf(li.querySelector("p") as Element),
        ]),
      ).toEqual(open.map((group) => [group.name, group.why]));
      expect(open.map((group) => group.name)).toEqual([
        "Migrant workers",
        "New immigrants",
        "Indigenous women and youth",
        "Young people, including youth in foster care",
      ]);
      const more = [...root.querySelectorAll(".lantern-more > li .lantern-more-name")].map(textOf);
      expect(more).toContain("Women and girls");
      expect(more).toContain("People working in remote areas");
      expect(more.length + items.length).toBe(atRiskGroups(en).length);
      expect(textOf(root)).not.toContain("mental health");
      expect(root.querySelector(".lantern-cta")).not.toBeNull();
      expect(textOf(root.querySelector("footer") as Element)).toContain("Last verified: November 28, 2026");
    } finally {
      unmount();
    }
  });

  it("names the seed's groups in French too", () => {
    const { root, unmount } = mountInShadow("at-risk", { bundle: fr });
    try {
      const names = [...root.querySelectorAll(".lantern-groups h3")].map(textOf);
      expect(names).toEqual([
        "Travailleuses et travailleurs migrants",
        "Personnes nouvellement immigrées",
        "Femmes et jeunes autochtones",
        "Jeunes, y compris les jeunes placés en famille d’accueil",
      ]);
    } finally {
      unmount();
    }
  });

  it("puts young people first for youth, keeps every group, and adds the medium one with its date", () => {
    const { root, unmount } = mountInShadow("at-risk", { attributes: { audience: "youth" } });
    try {
      const names = [...root.querySelectorAll(".lantern-groups h3")].map(textOf);
      expect(names[0]).toBe("Young people, including youth in foster care");
      for (const group of atRiskGroups(en)) expect(textOf(root)).toContain(group.name);
      const medium = root.querySelector(".lantern-verified-checkBeforeUse");
      expect(textOf(medium?.closest("li") as Element)).toContain("mental health or addiction");
    } finally {
      unmount();
    }
  });

  it("puts migrant workers first for hotel staff", () => {
    const { root, unmount } = mountInShadow("at-risk", { attributes: { audience: "hospitality" } });
    try {
      expect(textOf(root.querySelector(".lantern-groups h3") as Element)).toBe("Migrant workers");
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
