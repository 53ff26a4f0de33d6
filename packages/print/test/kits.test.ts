/**
 * The kits as HTML, in Node: what a partner chooses is checked with the embed's own messages, medium-confidence
 * facts stay out unless asked for, contacts past the freshness limit say so, drafts need the opt-in, and the
 * discreet card keeps its word.
 */
import {
  type ContentBundle,
  contacts,
  type HelpLine,
  type HelpLines,
  todayUtc,
  type UiKey,
} from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import lines from "@lantern/sdk/content/lines";
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import {
  cardsPerSheet,
  DraftLocaleError,
  KITS,
  POSTER_AUDIENCES,
  type PosterAudience,
  posterSigns,
  renderKit,
  resolvePrintOptions,
} from "../src/index.js";
import { HelpLinesStrip } from "../src/kits/help-lines.js";
import { batchJobs } from "../src/node/batch.js";

/** Visible text of a rendered document: tags and the stylesheet removed. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<title>[\s\S]*?<\/title>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/\s+/g, " ");

describe("choices", () => {
  it("reports an unknown kit, paper, audience or region with its fix, and still prints a safe default", () => {
    const { html, problems, options } = renderKit(en, {
      kit: "postr",
      paper: "A5",
      audience: "hotels",
      region: "CA-XX",
    });
    expect(problems).toEqual([
      { field: "kit", message: '"postr" is not known: did you mean "poster"?; using card' },
      { field: "paper", message: '"A5" is not known: did you mean "a4"?; using letter' },
      { field: "audience", message: '"hotels" is not known: did you mean "hotel"?; using general' },
      {
        field: "region",
        message: expect.stringMatching(/^"CA-XX" is not a region Lantern knows: .*; using CA$/),
      },
    ]);
    expect(options).toMatchObject({ kit: "card", paper: "letter", audience: "general", region: "CA" });
    expect(html).toContain("911");
    expect(html).toContain("1-833-900-1010");
  });

  it("refuses a print day that is not a real YYYY-MM-DD day, with the fix, and prints as of today", () => {
    for (const today of ["2027-13-01", "2027-02-30", "28/11/2027", "tomorrow"]) {
      const { problems, options } = renderKit(en, { kit: "poster", today });
      expect(options.today).toBe(todayUtc());
      expect(problems).toEqual([
        {
          field: "today",
          message: `"${today}" is not a day: write the print day as YYYY-MM-DD, such as ${options.today}; using ${options.today}`,
        },
      ]);
    }
    // Control: a real day, a leap day among them, is taken as given.
    expect(renderKit(en, { today: "2028-02-29" })).toMatchObject({
      problems: [],
      options: { today: "2028-02-29" },
    });
  });

  it("accepts the SDK's audience names too", () => {
    expect(resolvePrintOptions(en, { audience: "hospitality" }).options.audience).toBe("hotel");
    expect(resolvePrintOptions(en, { audience: "workers" }).options.audience).toBe("labour");
  });

  it("checks the partner's contacts exactly as the embed does: same paths, same messages", () => {
    const contacts = [
      { name: "Town police", channels: [{ kind: "phone", value: "call us" }] },
      { name: "<b>Shelter</b>", channels: [{ kind: "phone", value: "905-555-0199" }] },
      { name: "Victim services", channels: [{ kind: "phone", value: "905-555-0123" }] },
    ];
    const embed = parsePartnerConfig({ contacts }, "en").problems;
    expect(embed.length).toBe(2);
    const { problems, options, html } = renderKit(en, { kit: "poster", partner: { contacts } });
    expect(problems).toEqual(embed.map((p) => ({ field: `partner.${p.path}`, message: p.message })));
    expect(options.partner.contacts.map((c) => c.name)).toEqual(["Victim services"]);
    expect(html).toContain("905-555-0123");
    expect(html).not.toContain("call us");
  });

  it("checks the partner's name with the embed's check for a contact's name", () => {
    const embed = parsePartnerConfig(
      { contacts: [{ name: "<script>x</script>", channels: [] }] },
      "en",
    ).problems;
    const { problems } = renderKit(en, { partner: { name: "<script>x</script>" } });
    expect(problems).toEqual([
      { field: "partner.name", message: embed.find((p) => p.path === "contacts.0.name")?.message },
    ]);
    expect(problems[0]?.message).toMatch(/plain text/);
    // One name per language, as in the embed's configuration.
    const named = renderKit(fr, { kit: "sheet", partner: { name: { en: "Town of X", fr: "Ville de X" } } });
    expect(named.problems).toEqual([]);
    expect(visibleText(named.html)).toContain("Distribué par Ville de X");
  });

  it("escapes what a partner typed: text is text, never markup", () => {
    const { html } = renderKit(en, {
      partner: { contacts: [{ name: "A & B <i>", channels: [{ kind: "phone", value: "905-555-0100" }] }] },
    });
    expect(html).not.toContain("<i>");
  });
});

describe("content", () => {
  const all = (bundle: ContentBundle) =>
    batchJobs({}, [bundle.locale.code]).map((job) => renderKit(bundle, job.input).html);

  it("keeps medium-confidence facts out by default, and marks them with their date when asked for", () => {
    const medium = [
      ...en.signs.filter((s) => s.confidence === "medium").map((s) => s.text),
      ...en.steps.filter((s) => s.confidence === "medium").map((s) => s.text),
      ...en.myths.filter((s) => s.confidence === "medium").map((s) => s.fact),
      ...en.contacts.filter((c) => c.confidence === "medium").map((c) => c.name),
    ];
    expect(medium.length).toBeGreaterThan(5);
    const texts = all(en).map(visibleText);
    for (const fact of medium) for (const text of texts) expect(text).not.toContain(fact);

    const hotel = resolvePrintOptions(en, { kit: "poster", audience: "hotel", includeMedium: true }).options;
    const withMedium = posterSigns(en, hotel);
    expect(
      withMedium.some((sign) => sign.confidence === "medium" && sign.audiences.includes("hospitality")),
    ).toBe(true);
    const html = visibleText(renderKit(en, { kit: "poster", audience: "hotel", includeMedium: true }).html);
    const date = en.dates[withMedium.find((sign) => sign.confidence === "medium")?.lastVerified ?? ""];
    expect(html).toContain(en.ui["common.checkBeforeUse"].replace("{date}", date ?? "?"));
  });

  it("gives every poster audience its own signs, within the paper's budget", () => {
    for (const audience of Object.keys(POSTER_AUDIENCES) as PosterAudience[]) {
      for (const bundle of [en, fr]) {
        const { options } = resolvePrintOptions(bundle, { kit: "poster", audience, paper: "letter" });
        const shown = posterSigns(bundle, options);
        expect(shown.length, `${bundle.locale.code} ${audience}`).toBeGreaterThanOrEqual(5);
        expect(shown.every((sign) => sign.confidence === "high")).toBe(true);
      }
    }
    const youth = resolvePrintOptions(en, { kit: "poster", audience: "youth" }).options;
    const labour = resolvePrintOptions(en, { kit: "poster", audience: "labour" }).options;
    expect(posterSigns(en, youth)[0]?.category).toBe("recruitment");
    expect(posterSigns(en, labour)[0]?.category).toBe("labour");
  });

  it("gives a partner's lines their room on a poster, and the signs what is left", () => {
    const contacts = ["905-555-0100", "905-555-0101"].map((value, index) => ({
      name: `Maple Creek line ${index + 1}`,
      channels: [{ kind: "phone", value }],
    }));
    for (const bundle of [en, fr]) {
      const signsWith = (input: object) =>
        posterSigns(bundle, resolvePrintOptions(bundle, { kit: "poster", ...input }).options);
      const alone = signsWith({});
      const withLines = signsWith({ partner: { contacts } });
      expect(withLines.length, bundle.locale.code).toBeGreaterThan(0);
      expect(withLines.length, bundle.locale.code).toBeLessThan(alone.length);
      // The most telling signs stay: the first ones are the same.
      expect(withLines[0], bundle.locale.code).toEqual(alone[0]);
    }
  });

  it("never names trafficking on the discreet card, in English or French", () => {
    for (const bundle of [en, fr]) {
      const { html, title } = renderKit(bundle, { kit: "card", discreet: true });
      expect(visibleText(html)).not.toMatch(/traffick|trafiqu|traite/i);
      expect(title).not.toMatch(/traffick|traite/i);
      // Control: the ordinary card does.
      expect(visibleText(renderKit(bundle, { kit: "card" }).html)).toMatch(/traffick|traite/i);
    }
  });

  it("refuses a partner name or line that names trafficking on the discreet card, with the reason", () => {
    const partner = {
      name: { en: "Anti-Trafficking Task Force", fr: "Groupe de lutte contre la traite" },
      contacts: [
        { name: "Stop Trafficking Line", channels: [{ kind: "phone", value: "905-555-0101" }] },
        { name: "Maple Creek Police (non-emergency)", channels: [{ kind: "phone", value: "905-555-0100" }] },
      ],
    };
    for (const bundle of [en, fr]) {
      const { html, problems, options } = renderKit(bundle, { kit: "card", discreet: true, partner });
      expect(problems.map((p) => p.field)).toEqual(["partner.name", "partner.contacts.0"]);
      expect(problems[0]?.message).toMatch(/^names trafficking, which a discreet card never prints/);
      expect(options.partner.name).toBe("");
      const printedText = visibleText(html);
      expect(printedText).not.toMatch(/traffick|trafiqu|traite/i);
      // The neutral line stays: the rest still prints.
      expect(printedText).toContain("905-555-0100");
      // Control: the ordinary card prints them as given.
      const standard = renderKit(bundle, { kit: "card", partner });
      expect(standard.problems).toEqual([]);
      expect(visibleText(standard.html)).toContain("905-555-0101");
    }
  });

  it("cites sources and the last-verified date on the poster and the sheet", () => {
    for (const kit of ["poster", "sheet"]) {
      const text = visibleText(renderKit(en, { kit }).html);
      expect(text).toContain(en.ui["common.lastVerified"].replace("{date}", en.dates["2026-11-28"] ?? "?"));
      expect(text).toContain("https://canadianhumantraffickinghotline.ca/faq");
    }
  });
});

describe("freshness", () => {
  // Content verified on 2026-11-28 passes the 12-month failure limit on 2027-11-28, not the day before.
  const LIMIT = "2027-11-28";
  const BEFORE = "2027-11-27";
  const partner = {
    contacts: [
      { name: "Maple Creek Police (non-emergency)", channels: [{ kind: "phone", value: "905-555-0100" }] },
    ],
  };
  /** A dated note as a reader meets it (as `visibleText` spaces it), with the date written out in the language. */
  const note = (bundle: ContentBundle, key: UiKey) =>
    visibleText(bundle.ui[key].replace("{date}", bundle.dates["2026-11-28"] ?? "?"));
  const count = (text: string, part: string) => text.split(part).length - 1;
  /** The visible text of each entry of the sheet's contact list. */
  const sheetEntries = (html: string) =>
    (html.match(/<ul class="lp-contacts">([\s\S]*?)<\/ul>/)?.[1] ?? "")
      .split("<li>")
      .slice(1)
      .map(visibleText);

  it("prints every Lantern contact past the limit with its date and the may-be-out-of-date note, a partner's never", () => {
    for (const bundle of [en, fr]) {
      const stale = note(bundle, "freshness.staleContact");
      for (const kit of KITS) {
        expect(visibleText(renderKit(bundle, { kit, partner, today: BEFORE }).html), kit).not.toContain(
          stale,
        );
      }
      // The sheet lists every contact: each of Lantern's carries the note once, the partner's none.
      const entries = sheetEntries(renderKit(bundle, { kit: "sheet", partner, today: LIMIT }).html);
      const lantern = contacts(bundle, { region: "CA" });
      expect(entries).toHaveLength(lantern.length + 1);
      for (const entry of entries)
        expect(count(entry, stale), entry).toBe(entry.includes("Maple Creek") ? 0 : 1);
      // The poster's Lantern contact is the hotline: the note sits with its number, and only there.
      const poster = renderKit(bundle, { kit: "poster", partner, today: LIMIT }).html;
      const hotline = poster.match(/<div class="lp-hotline-text">([\s\S]*?)<\/div>/)?.[1] ?? "";
      expect(visibleText(hotline)).toContain(stale);
      expect(count(visibleText(poster), stale)).toBe(1);
      // Each card's back: the hotline's note takes the place of "Last verified", with the same date.
      const card = visibleText(renderKit(bundle, { kit: "card", partner, today: LIMIT }).html);
      expect(count(card, stale)).toBe(cardsPerSheet("letter"));
      // (French says "Dernière vérification : …" in both: it is looked for outside the stale notes.)
      expect(card.replaceAll(stale, "")).not.toContain(note(bundle, "common.lastVerified"));
    }
  });

  it("says a medium contact's note once: past the limit, the stale note takes its place", () => {
    const input = { kit: "sheet", region: "CA-ON", includeMedium: true };
    const medium = contacts(en, input).filter((entry) => entry.confidence === "medium");
    expect(medium.length).toBeGreaterThan(2);
    const fresh = sheetEntries(renderKit(en, { ...input, today: BEFORE }).html);
    const past = sheetEntries(renderKit(en, { ...input, today: LIMIT }).html);
    for (const { name } of medium) {
      const before = fresh.find((entry) => entry.includes(name)) ?? "";
      expect(count(before, note(en, "common.checkBeforeUse")), name).toBe(1);
      expect(before, name).not.toContain(note(en, "freshness.staleContact"));
      const after = past.find((entry) => entry.includes(name)) ?? "";
      expect(count(after, note(en, "freshness.staleContact")), name).toBe(1);
      expect(after, name).not.toContain(note(en, "common.checkBeforeUse"));
    }
  });

  it("gives the stale note's room on a poster from its signs' budget", () => {
    const { options } = resolvePrintOptions(fr, { kit: "poster", audience: "hotel", today: LIMIT });
    const stale = posterSigns(fr, options);
    const fresh = posterSigns(fr, { ...options, today: BEFORE });
    // The note costs signs, never the most telling ones; the fresh poster uses that room for signs (the control).
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(fresh.length);
    expect(stale[0]).toEqual(fresh[0]);
  });
});

describe("languages", () => {
  it("prints a draft only with allowDraft, right to left, marking English fallback text", () => {
    expect(() => renderKit(ar, { kit: "poster" })).toThrow(DraftLocaleError);
    expect(() => renderKit(ar, { kit: "poster" })).toThrow('lang: "ar" is a draft');
    for (const kit of KITS) {
      const { html } = renderKit(ar, { kit, allowDraft: true });
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toContain('lang="en" dir="ltr"');
    }
  });

  it("titles each kit in its language", () => {
    expect(renderKit(fr, { kit: "sheet" }).title).toBe(fr.ui["print.sheetTitle"]);
    expect(renderKit(en, { kit: "poster", audience: "labour" }).title).toBe(
      `${en.ui["warningSigns.heading"]} – ${en.taxonomy.audiences.workers}`,
    );
    expect(renderKit(en, { kit: "card" }).title).toBe("Canadian Human Trafficking Hotline");
  });
});

describe("help in your language", () => {
  /** The language strip of a rendered kit: its heading, then one chunk of HTML per line, from its `<li` on. */
  const strip = (html: string) => {
    const start = html.indexOf('<section class="lp-lines');
    const section = html.slice(start, html.indexOf("</section>", start));
    const [head = "", ...items] = section.split("<li ");
    return { head, items };
  };
  const kits = [
    ...[en, fr].flatMap((bundle) => [
      { bundle, input: { kit: "poster", audience: "labour", paper: "letter" } },
      { bundle, input: { kit: "poster", paper: "a4" } },
      { bundle, input: { kit: "sheet", paper: "letter" } },
    ]),
    // Right to left around it: every line still carries its own direction.
    { bundle: ar, input: { kit: "poster", allowDraft: true } },
    { bundle: ar, input: { kit: "sheet", allowDraft: true } },
  ];
  const hotline = en.contacts
    .find((contact) => contact.id === "ca-human-trafficking-hotline")
    ?.channels.find((channel) => channel.kind === "phone");

  it("prints every line on the posters and the sheet, under a heading in the kit's language", () => {
    expect(lines.lines.length).toBeGreaterThanOrEqual(11);
    for (const { bundle, input } of kits) {
      const { head, items } = strip(renderKit(bundle, input).html);
      const label = `${bundle.locale.code} ${input.kit}`;
      expect(head, label).toContain(`>${bundle.ui["helpLines.heading"]}</h2>`);
      expect(items, label).toHaveLength(lines.lines.length);
    }
    // Not on the wallet card: 85 × 55 mm has no room for eleven lines at 9 pt.
    expect(renderKit(en, { kit: "card" }).html).not.toContain('<section class="lp-lines');
  });

  it("gives each line its own lang and dir, its language's own name first", () => {
    for (const { bundle, input } of kits) {
      const { items } = strip(renderKit(bundle, input).html);
      for (const [index, line] of lines.lines.entries()) {
        expect(items[index], `${bundle.locale.code} ${input.kit} ${line.lang}`).toMatch(
          new RegExp(
            `^lang="${line.lang}" dir="${line.dir}"[^>]*><span class="lp-line-name">${line.name}</span>`,
          ),
        );
      }
    }
    expect(lines.lines.filter((line) => line.dir === "rtl").map((line) => line.lang)).toEqual(["ar", "ur"]);
  });

  it("sets the hotline's number and every other figure in a left-to-right isolate", () => {
    // The number comes from the canonical list through the SDK, the same as the kit's own hotline.
    expect(lines.phone.display).toBe(hotline?.display);
    for (const { bundle, input } of kits) {
      const { items } = strip(renderKit(bundle, input).html);
      for (const [index, line] of lines.lines.entries()) {
        const item = items[index] ?? "";
        const label = `${bundle.locale.code} ${input.kit} ${line.lang}`;
        expect(item, label).toContain(`<bdi dir="ltr" class="lp-number">${lines.phone.display}</bdi>`);
        for (const part of line.parts)
          if ("digits" in part) expect(item, label).toContain(`<bdi dir="ltr">${part.digits}</bdi>`);
        // Nothing that reads as a number is left outside an isolate.
        expect(item.replace(/<bdi dir="ltr"[^>]*>[^<]*<\/bdi>/g, ""), label).not.toMatch(/\d/);
      }
    }
  });

  it("marks every draft line as a draft, in its own language and in English", () => {
    const drafts = lines.lines.filter((line) => line.status === "draft");
    expect(drafts.length).toBeGreaterThan(0);
    for (const { bundle, input } of kits) {
      const { items } = strip(renderKit(bundle, input).html);
      for (const [index, line] of lines.lines.entries()) {
        if (!line.draft) continue;
        const label = `${bundle.locale.code} ${input.kit} ${line.lang}`;
        // The mark's own words take the line's lang and dir from its item; the English ones carry their own.
        expect(items[index], label).toContain(
          `<span class="lp-line-draft" data-lantern-draft="${line.lang}"><span>${line.draft.text}</span> · <span lang="en" dir="ltr">${line.draft.en}</span></span>`,
        );
      }
    }
    // Control: a line signed off by a fluent reviewer prints without a mark.
    const [first, ...rest] = lines.lines;
    const { draft: _, ...signedOff } = first as HelpLine;
    const reviewed: HelpLines = { ...lines, lines: [{ ...signedOff, status: "reviewed" }, ...rest] };
    const { items } = strip(renderToString(h(HelpLinesStrip, { bundle: en, helpLines: reviewed })));
    expect(items[0]).not.toContain("lp-line-draft");
    expect(items[1]).toContain("lp-line-draft");
  });
});
