import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contacts } from "../src/queries.js";
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
// Validation and the build read this copy; the shared original is beside the project on editors' machines and in CI.
const VENDORED = join(CONTENT_ROOT, "canonical-contacts.json");
const canonical: CanonicalList = JSON.parse(readFileSync(VENDORED, "utf8"));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("the project's content/", () => {
  it("validates with no errors, and warns only about the draft locale's gaps", () => {
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    const drafts = [ar].map((bundle) => `content/locales/${bundle.locale.code}/`);
    // Beside those, only French texts added or changed since its last review, which stay drafts until a fluent
    // reviewer signs them off (the draft notice's own French line among them, written by a non-fluent author).
    const others = problems
      .filter((problem) => !drafts.some((dir) => problem.file.startsWith(dir)))
      .map((problem) => `${problem.file} ${problem.path}: ${problem.message.split(":")[0]}`);
    expect(others).toContain("content/locales/fr/ui.yaml ui.draft.notice: draft");
    for (const line of others) expect(line).toMatch(/^content\/locales\/fr\/\S+ \S+: draft$/);
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

  it("keeps medium-confidence contacts, channels and notes out of the default list", () => {
    const medium = canonical.contacts.filter((c) => c.confidence === "medium").map((c) => c.id);
    expect(medium.length).toBeGreaterThan(0);
    for (const bundle of [en, fr]) {
      for (const contact of bundle.contacts.filter((c) => medium.includes(c.id))) {
        expect(contact.confidence).toBe("medium");
      }
      const shown = contacts(bundle, { region: "CA-ON" });
      expect(shown.map((c) => c.id)).not.toEqual(expect.arrayContaining(medium));
      expect(shown.find((c) => c.id === "crime-stoppers")?.channels.map((ch) => ch.kind)).toEqual(["phone"]);
      expect(shown.find((c) => c.id === "hope-for-wellness")?.channels[0]?.note).toBeUndefined();
      // Opted in, they come back, marked so a widget can say they may be out of date.
      const all = contacts(bundle, { region: "CA-ON", includeMedium: true });
      expect(all.find((c) => c.id === "crime-stoppers")?.channels[1]).toMatchObject({
        kind: "web-form",
        confidence: "medium",
      });
      expect(all.find((c) => c.id === "hope-for-wellness")?.channels[0]).toMatchObject({
        noteConfidence: "medium",
      });
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

  it("uses the official French names of the contact points, typeset", () => {
    for (const source of canonical.contacts as (CanonicalList["contacts"][number] & { name_fr?: string })[]) {
      if (source.name_fr) {
        expect(fr.contacts.find((c) => c.id === source.id)?.name).toBe(source.name_fr.replaceAll("'", "’"));
      }
    }
  });

  it("names the Canadian Human Trafficking Hotline in French wherever « ligne d'urgence » could be read as 911", () => {
    const texts = [
      ...Object.entries(fr.ui)
        .filter(([key]) => /^(common|fallback|warningSigns|reportButton)\./.test(key))
        .map(([, t]) => t),
      ...fr.contacts.flatMap((c) => [c.use, ...c.channels.map((ch) => ch.note ?? "")]),
      ...fr.steps.map((s) => s.text),
      ...fr.groups.map((g) => g.why),
    ];
    const bare = texts.filter((t) => /la ligne d’urgence(?! canadienne)/i.test(t));
    // Under the hotline's own heading (its web form's note) the short form is unambiguous.
    expect(bare).toEqual(["Faites un signalement avec le formulaire du site Web de la ligne d’urgence."]);
  });

  it("typesets French punctuation and apostrophes at build time", () => {
    expect(fr.ui["mythsFacts.heading"]).toBe("Mythe ou fait\u202f?");
    expect(fr.ui["common.lastVerified"]).toBe("Dernière vérification\u00a0: {date}");
    expect(fr.statistics[0]?.text).toContain("(62\u00a0%)");
    expect(en.contacts.find((c) => c.id === "assaulted-womens-helpline")?.name).toBe(
      "Assaulted Women’s Helpline",
    );
    const straight = [en, fr].flatMap((b) => Object.values(b.ui).filter((t) => /\p{L}'\p{L}/u.test(t)));
    expect(straight).toEqual([]);
  });

  it("says that one sign alone proves nothing, wherever signs are listed", () => {
    expect(en.ui["warningSigns.intro"]).toMatch(/one sign alone/i);
    expect(fr.ui["warningSigns.intro"]).toMatch(/un seul signe/i);
  });

  it.skipIf(!existsSync(SHARED))(
    "keeps content/canonical-contacts.json an exact copy of the shared canonical list (../shared, present in CI)",
    () => {
      expect(readFileSync(VENDORED, "utf8")).toBe(readFileSync(SHARED, "utf8"));
    },
  );
});
