/**
 * The static HTML partners paste where no script may run carries the campaign's message by default: the seed's
 * at-risk groups in English and French, and the police-reported figures with the under-reporting note.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(
  readFileSync(new URL("../dist/cdn/v1/manifest.json", import.meta.url), "utf8"),
) as { version: string };
const page = (lang: string, widget: string) =>
  readFileSync(
    new URL(`../dist/cdn/${manifest.version}/static/${lang}/${widget}.html`, import.meta.url),
    "utf8",
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "’")
    .replace(/\s+/g, " ");

describe("static HTML with default settings", () => {
  it("names the seed's at-risk groups, in English and French", () => {
    const seed = {
      en: [
        "Migrant workers",
        "New immigrants",
        "Indigenous women and youth",
        "Young people, including youth in foster care",
      ],
      fr: [
        "Travailleuses et travailleurs migrants",
        "Personnes nouvellement immigrées",
        "Femmes et jeunes autochtones",
        "Jeunes, y compris les jeunes placés en famille d’accueil",
      ],
    };
    for (const [lang, names] of Object.entries(seed)) {
      const text = page(lang, "at-risk");
      for (const name of names) expect(text, lang).toContain(name);
    }
  });

  it("shows Ontario's share of police-reported incidents with its period and the under-reporting note", () => {
    const text = page("en", "myths-facts");
    expect(text).toMatch(/62%[^.]*police-reported[^.]*Ontario \(2010–2021\)/);
    expect(text).toContain("badly under-reported");
  });
});
