import { describe, expect, it } from "vitest";
import {
  atRiskGroups,
  contact,
  contacts,
  isFallback,
  isOpenGroup,
  myths,
  provenance,
  regionChain,
  signs,
  signsByCategory,
  statistics,
  steps,
  text,
} from "../src/index.js";
import { ar, en, fr } from "./real-content.js";

describe("text()", () => {
  it("returns the locale's string and fills placeholders", () => {
    expect(text(en, "common.call", { number: "911" })).toBe("Call 911");
    expect(text(fr, "reportButton.label")).not.toBe(text(en, "reportButton.label"));
  });

  it("leaves unknown placeholders visible rather than inventing a value", () => {
    expect(text(en, "common.call", {})).toBe("Call {number}");
  });

  it("falls back to English key by key for a draft locale, and says which keys did", () => {
    const missing = ar.fallback.find((key) => key.startsWith("myths."));
    expect(missing).toBeDefined();
    const id = (missing as string).slice("myths.".length);
    expect(ar.myths.find((m) => m.id === id)?.myth).toBe(en.myths.find((m) => m.id === id)?.myth);
    expect(isFallback(ar, missing as string)).toBe(true);
    expect(isFallback(fr, missing as string)).toBe(false);
  });
});

describe("signs()", () => {
  it("by default shows only high-confidence signs meant for everyone", () => {
    const list = signs(en);
    expect(list.length).toBeGreaterThan(10);
    expect(list.every((s) => s.confidence === "high" && s.audiences.length === 0)).toBe(true);
  });

  it("adds an audience's own signs when that audience is chosen and medium facts are allowed", () => {
    const general = signs(en, { includeMedium: true });
    const hotel = signs(en, { audience: "hospitality", includeMedium: true });
    const hotelOnly = hotel.filter((s) => !general.includes(s));
    expect(hotelOnly.length).toBeGreaterThan(0);
    expect(hotelOnly.every((s) => s.audiences.includes("hospitality"))).toBe(true);
    expect(
      signs(en, { audience: "healthcare", includeMedium: true }).some((s) =>
        s.audiences.includes("hospitality"),
      ),
    ).toBe(false);
  });

  it("filters by category, and groups in the fixed category order", () => {
    expect(signs(en, { category: "labour" }).every((s) => s.category === "labour")).toBe(true);
    const groups = signsByCategory(fr);
    expect(groups.map((g) => g.category)).toEqual(
      ["control", "documents", "physical", "behaviour", "recruitment", "labour"].filter((c) =>
        groups.some((g) => g.category === c),
      ),
    );
    expect(groups[0]?.name).toBe(fr.taxonomy.categories[groups[0]?.category ?? "control"]);
  });
});

describe("contacts()", () => {
  it("puts 911 first and the national hotline second", () => {
    const list = contacts(en);
    expect(list[0]?.id).toBe("emergency-911");
    expect(list[1]?.id).toBe("ca-human-trafficking-hotline");
  });

  it("always includes national contacts: a province only adds", () => {
    const national = contacts(en, { includeMedium: true }).map((c) => c.id);
    const ontario = contacts(en, { region: "CA-ON", includeMedium: true }).map((c) => c.id);
    expect(ontario).toEqual(expect.arrayContaining(national));
    expect(ontario.length).toBeGreaterThan(national.length);
    expect(
      contacts(en, { region: "CA-ON", includeMedium: true }).filter((c) => c.region === "CA-BC"),
    ).toEqual([]);
    expect(contacts(en, { region: "CA-BC" }).some((c) => c.id === "bc-octip")).toBe(true);
  });

  it("keeps medium-confidence contacts out unless asked", () => {
    expect(contacts(en, { region: "CA-ON" }).every((c) => c.confidence === "high")).toBe(true);
    expect(
      contacts(en, { region: "CA-ON", includeMedium: true }).some((c) => c.confidence === "medium"),
    ).toBe(true);
  });

  it("shows audience lines only to their audience", () => {
    expect(contacts(en).some((c) => c.id === "kids-help-phone")).toBe(false);
    expect(contacts(en, { audience: "youth" }).some((c) => c.id === "kids-help-phone")).toBe(true);
  });

  it("orders by urgency, then national before regional", () => {
    const list = contacts(en, { region: "CA-ON", audience: "workers", includeMedium: true });
    const roles = list.map((c) => ["emergency", "hotline", "tips", "support", "information"].indexOf(c.role));
    expect(roles).toEqual([...roles].sort((a, b) => a - b));
  });

  it("adds partner contacts after Lantern's within their role, never above 911", () => {
    const partner = {
      ...(en.contacts.find((c) => c.id === "crime-stoppers") as (typeof en.contacts)[number]),
      id: "town-line",
      origin: "partner" as const,
      role: "tips" as const,
    };
    const list = contacts(en, { partner: [partner] });
    expect(list[0]?.id).toBe("emergency-911");
    expect(list.findIndex((c) => c.id === "town-line")).toBe(
      list.findIndex((c) => c.id === "crime-stoppers") + 1,
    );
  });

  it("rejects an unknown region with the list of known codes", () => {
    expect(() => contacts(en, { region: "CA-XX" })).toThrow(
      /Unknown region "CA-XX"\. Use an ISO 3166-2 code: CA, .*CA-ON/,
    );
    expect(regionChain(en, "CA-ON")).toEqual(["CA-ON", "CA"]);
  });

  it("gives phone channels international tel: links and keeps the canonical value", () => {
    const hotline = en.contacts.find((c) => c.id === "ca-human-trafficking-hotline");
    expect(hotline?.channels[0]).toMatchObject({
      kind: "phone",
      value: "1-833-900-1010",
      href: "tel:+18339001010",
    });
    const kids = en.contacts.find((c) => c.id === "kids-help-phone");
    expect(kids?.channels.find((ch) => ch.kind === "sms")?.href).toMatch(/^sms:686868/);
    expect(en.contacts[0]?.channels[0]?.href).toBe("tel:911");
  });
});

describe("the other lists", () => {
  it("returns groups, myths, statistics and steps, high confidence by default", () => {
    for (const list of [atRiskGroups(en), myths(en), statistics(en), steps(en)]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((item) => item.confidence === "high")).toBe(true);
    }
    expect(myths(en, { includeMedium: true }).length).toBeGreaterThan(myths(en).length);
  });

  it("summarizes provenance: distinct sources and the oldest date", () => {
    const summary = provenance([
      { sources: ["https://a.example", "https://b.example"], lastVerified: "2026-11-28" },
      { sources: ["https://a.example"], lastVerified: "2025-01-02" },
    ]);
    expect(summary).toEqual({
      sources: ["https://a.example", "https://b.example"],
      lastVerified: "2025-01-02",
    });
    expect(provenance([])).toEqual({ sources: [], lastVerified: null });
  });
});

describe("dates", () => {
  it("writes every lastVerified date out in the bundle's language at build time", () => {
    expect(en.dates["2026-11-28"]).toBe("November 28, 2026");
    expect(fr.dates["2026-11-28"]).toBe("28 novembre 2026");
    const used = new Set([...en.signs, ...en.contacts, ...en.myths].map((fact) => fact.lastVerified));
    for (const date of used) expect(en.dates[date as string]).toBeDefined();
  });
});

describe("medium channels and notes", () => {
  it("stay out of contact() and contacts() unless includeMedium, and the bundle keeps them marked", () => {
    const tips = en.contacts.find((c) => c.id === "crime-stoppers");
    expect(tips?.channels.find((ch) => ch.kind === "web-form")?.confidence).toBe("medium");
    expect(contact(en, "crime-stoppers")?.channels.map((ch) => ch.kind)).toEqual(["phone"]);
    expect(contact(en, "crime-stoppers", { includeMedium: true })?.channels.map((ch) => ch.kind)).toEqual([
      "phone",
      "web-form",
    ]);
    const wellness = contact(fr, "hope-for-wellness");
    expect(wellness?.channels[0]).not.toHaveProperty("note");
    expect(wellness?.channels[0]).not.toHaveProperty("noteConfidence");
    expect(contact(fr, "hope-for-wellness", { includeMedium: true })?.channels[0]?.note).toMatch(/cri/);
    // The bundle itself is untouched: queries copy what they change.
    expect(tips?.channels).toHaveLength(2);
  });
});

describe("who is most at risk: the campaign's groups, whole", () => {
  // The seed campaign's groups that an official page names (Public Safety Canada, whta): high, in every default.
  const SEED = ["migrant-workers", "newcomers", "indigenous-women-youth", "at-risk-youth"];
  // The rest of Public Safety Canada's list, in plain words.
  const REST = [
    "women-and-girls",
    "racialized-communities",
    "disabilities",
    "survivors-of-abuse",
    "money-struggles",
    "isolated",
    "remote-areas",
    "language",
    "unaware-of-rights",
  ];

  it("shows every group by default, the seed's first, each high: one back at medium fails here", () => {
    for (const bundle of [en, fr]) {
      expect(atRiskGroups(bundle).map((group) => group.id)).toEqual([...SEED, ...REST]);
    }
  });

  it("keeps mental health and addiction medium, attributed to the police campaign and dated", () => {
    const group = atRiskGroups(en, { includeMedium: true }).find((g) => g.id === "mental-health-addiction");
    expect(group?.confidence).toBe("medium");
    expect(group?.why).toMatch(/^In 2017, police in Ontario named/);
    expect(group?.sources.some((url) => url.includes("whta"))).toBe(false);
  });

  it("opens the seed's groups and shows the rest one line each", () => {
    expect(
      atRiskGroups(en)
        .filter((group) => isOpenGroup(group))
        .map((group) => group.id),
    ).toEqual(SEED);
    for (const group of atRiskGroups(en)) {
      if (isOpenGroup(group)) expect(group.why).not.toBe("");
    }
  });

  const firstFor = {
    hospitality: "migrant-workers",
    workers: "migrant-workers",
    youth: "at-risk-youth",
    educators: "at-risk-youth",
    parents: "at-risk-youth",
    healthcare: "disabilities",
    general: "migrant-workers",
  } as const;
  for (const [audience, first] of Object.entries(firstFor) as [keyof typeof firstFor, string][]) {
    it(`audience ${audience}: ${first} first, and no group dropped`, () => {
      const ids = atRiskGroups(en, { audience }).map((group) => group.id);
      expect(ids[0]).toBe(first);
      expect([...ids].sort()).toEqual([...SEED, ...REST].sort());
    });
  }

  it("youth read young people, then women and girls, open; then the other seed groups", () => {
    const list = atRiskGroups(en, { audience: "youth" });
    expect(list.slice(0, 3).map((group) => group.id)).toEqual([
      "at-risk-youth",
      "women-and-girls",
      "migrant-workers",
    ]);
    expect(list.filter((group) => isOpenGroup(group, "youth")).map((group) => group.id)).toEqual([
      "at-risk-youth",
      "women-and-girls",
      ...SEED.filter((id) => id !== "at-risk-youth"),
    ]);
  });
});

describe("myths for an audience: reordered, never fewer", () => {
  const DEFAULT = myths(en).map((myth) => myth.id);

  it("leads with victims not asking for help, and keeps the OPP's word out of defaults", () => {
    expect(DEFAULT[0]).toBe("victims-ask-for-help");
    expect(DEFAULT).not.toContain("traffickers-stand-out");
    const opp = myths(en, { includeMedium: true }).find((myth) => myth.id === "traffickers-stand-out");
    expect(opp?.fact).toMatch(/^In 2017, police in Ontario said/);
  });

  it.each(["general", "youth", "parents", "educators", "hospitality", "healthcare", "workers"] as const)(
    "audience %s sees every default myth",
    (audience) => {
      expect([...myths(en, { audience }).map((myth) => myth.id)].sort()).toEqual([...DEFAULT].sort());
    },
  );

  it("hotel staff read the smuggling and violence myths first", () => {
    expect(
      myths(en, { audience: "hospitality" })
        .slice(0, 2)
        .map((myth) => myth.id),
    ).toEqual(["only-smuggling", "always-violence"]);
  });
});
