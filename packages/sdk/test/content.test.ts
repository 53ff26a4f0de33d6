import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ar, CONTENT_ROOT, content, en, fr, problems } from "./real-content.js";

interface CanonicalList {
  contacts: {
    id: string;
    channels: { kind: string; value: string; display?: string }[];
    confidence: string;
    scope: string;
  }[];
  do_not_ship: { value: string }[];
}
const SHARED = join(CONTENT_ROOT, "../../shared/facts/contacts.json");
const VENDORED = new URL("./canonical-contacts.json", import.meta.url);
const canonical: CanonicalList = JSON.parse(readFileSync(VENDORED, "utf8"));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("the project's content/", () => {
  it("validates with no errors and no warnings", () => {
    expect(problems).toEqual([]);
  });

  it("has English and French complete and reviewed, and Arabic as a right-to-left draft", () => {
    expect(en.fallback).toEqual([]);
    expect(fr.fallback).toEqual([]);
    expect(fr.locale).toMatchObject({ code: "fr", status: "reviewed", dir: "ltr" });
    expect(ar.locale).toMatchObject({ code: "ar", status: "draft", dir: "rtl" });
    expect(ar.fallback.length).toBeGreaterThan(0);
  });

  it("lists exactly the canonical contacts, in order, with identical channels", () => {
    const ours = Object.entries(content.facts["contacts.yaml"].contacts);
    expect(ours.map(([id]) => id)).toEqual(canonical.contacts.map((c) => c.id));
    for (const [id, fact] of ours) {
      const source = canonical.contacts.find((c) => c.id === id);
      expect(fact.channels.map((ch) => [ch.kind, ch.value, ch.display])).toEqual(
        source?.channels.map((ch) => [ch.kind, ch.value, ch.display]),
      );
      expect(fact.confidence).toBe(source?.confidence);
      expect(fact.region).toBe(source?.scope);
    }
  });

  it("contains no phone number, short code or URL outside the canonical list, and nothing marked do-not-ship", () => {
    const allowed = new Set(
      canonical.contacts.flatMap((c) => c.channels.map((ch) => ch.value.replace(/\D/g, ""))),
    );
    const banned = canonical.do_not_ship.map((d) => d.value.replace(/\D/g, ""));
    const phone = /(?<![\w-])(?:1-)?\d{3}-\d{3}-\d{4}(?![\w-])/g;
    const found: string[] = [];
    for (const file of files(CONTENT_ROOT).filter((f) => f.endsWith(".yaml"))) {
      for (const match of readFileSync(file, "utf8").matchAll(phone)) {
        const digits = match[0].replace(/\D/g, "");
        if (!allowed.has(digits) || banned.includes(digits)) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("keeps medium-confidence contacts out of the default list", () => {
    const medium = canonical.contacts.filter((c) => c.confidence === "medium").map((c) => c.id);
    expect(medium.length).toBeGreaterThan(0);
    for (const bundle of [en, fr]) {
      for (const contact of bundle.contacts.filter((c) => medium.includes(c.id))) {
        expect(contact.confidence).toBe("medium");
      }
    }
  });

  it("says police-reported and names the period in every police statistic, in both languages", () => {
    for (const stat of en.statistics.filter((s) => s.policeReported)) {
      expect(stat.text).toMatch(/police-reported/i);
      expect(stat.text).toContain(String(stat.period.to));
    }
    for (const stat of fr.statistics.filter((s) => s.policeReported)) {
      expect(stat.text).toMatch(/déclarée?s? par la police/i);
      expect(stat.text).toContain(String(stat.period.to));
    }
  });

  it("uses the official French names of the contact points", () => {
    for (const source of canonical.contacts as (CanonicalList["contacts"][number] & { name_fr?: string })[]) {
      if (source.name_fr) expect(fr.contacts.find((c) => c.id === source.id)?.name).toBe(source.name_fr);
    }
  });

  it("says that one sign alone proves nothing, wherever signs are listed", () => {
    expect(en.ui["warningSigns.intro"]).toMatch(/one sign alone/i);
    expect(fr.ui["warningSigns.intro"]).toMatch(/un seul signe/i);
  });

  it.skipIf(!existsSync(SHARED))(
    "vendors an exact copy of the shared canonical list (../shared, present in CI)",
    () => {
      expect(readFileSync(VENDORED, "utf8")).toBe(readFileSync(SHARED, "utf8"));
    },
  );
});
