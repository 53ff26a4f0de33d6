/**
 * Every kit × reviewed language × paper, rendered to PDF in Debian's Chromium (one browser, pages in parallel)
 * and read back with poppler's pdfinfo, pdftotext and pdftoppm, as a partner's printer and a person's eyes would
 * meet it. The layout is measured in the same page Chromium prints from.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentBundle } from "@lantern/sdk";
import lines from "@lantern/sdk/content/lines";
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAPERS, type Paper, type RenderedKit, renderKit } from "../src/index.js";
import { type BatchJob, batchJobs, inParallel } from "../src/node/batch.js";
import { BUNDLES, REVIEWED_LANGS } from "../src/node/bundles.js";
import { openPrinter, type Printer } from "../src/node/pdf.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The canonical contact list, vendored in content/ and checked against ../shared by the SDK's tests. */
const canonical = JSON.parse(readFileSync(join(ROOT, "content/canonical-contacts.json"), "utf8")) as {
  contacts: { channels: { kind: string; value: string; display?: string }[] }[];
  do_not_ship: { value: string }[];
};
const CANONICAL_NUMBERS = new Set(
  canonical.contacts.flatMap((c) =>
    c.channels.filter((ch) => ch.kind === "phone" || ch.kind === "sms").flatMap((ch) => [ch.value]),
  ),
);
const HOTLINE_SITE = canonical.contacts
  .flatMap((c) => c.channels)
  .find((ch) => ch.kind === "web-form" && ch.value.includes("humantraffickinghotline"))?.value;

/** CSS pixels per millimetre: Chromium lays out at 96 px to the inch. */
const MM = 96 / 25.4;

interface Measured {
  pages: { width: number; height: number }[];
  /** Elements whose box leaves their card or the page's printable area, as "selector: how far". */
  overflow: string[];
  /** Smallest font size (pt) of any element holding text, and the smallest outside `.lp-fine`. */
  minFont: number;
  minBodyFont: number;
  /** Lowest contrast ratio of any text colour against white paper. */
  minContrast: number;
  cards: { width: number; height: number }[];
  /** The QR code's box on the first page, in CSS pixels from the page's corner. */
  qr: Box | undefined;
  /** The "help in your language" strip's box, in CSS pixels from the corner of its page (0-based `page`). */
  strip: (Box & { page: number }) | undefined;
}

type Box = { x: number; y: number; width: number; height: number };

/** Measure the laid-out kit in print media: the boxes Chromium is about to print. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const overflow: string[] = [];
    let minFont = Number.POSITIVE_INFINITY;
    let minBodyFont = Number.POSITIVE_INFINITY;
    let minContrast = Number.POSITIVE_INFINITY;
    // Office printers cannot print the outer 5 mm or so of a sheet: nothing but crop marks may sit there.
    const SAFE = (5 * 96) / 25.4;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const pages = [...document.querySelectorAll(".lp-page")];
    for (const pageBox of pages) {
      const box = pageBox.getBoundingClientRect();
      for (const el of pageBox.querySelectorAll("*")) {
        const card = el.closest(".lp-card");
        const outer = card
          ? card.getBoundingClientRect()
          : new DOMRect(box.left + SAFE, box.top + SAFE, box.width - 2 * SAFE, box.height - 2 * SAFE);
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const out = Math.max(
          outer.left - r.left,
          outer.top - r.top,
          r.right - outer.right,
          r.bottom - outer.bottom,
        );
        // Half a pixel of tolerance for sub-pixel rounding.
        if (out > 0.5 && !el.closest(".lp-marks")) overflow.push(`${describe(el)}: ${out.toFixed(1)}px`);
        if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow !== "visible")
          overflow.push(
            `${describe(el)}: content ${el.scrollHeight - el.clientHeight}px taller than its box`,
          );
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!hasText) continue;
        const style = getComputedStyle(el);
        const size = Number.parseFloat(style.fontSize) * 0.75;
        minFont = Math.min(minFont, size);
        if (!el.closest(".lp-fine")) minBodyFont = Math.min(minBodyFont, size);
        const rgb = (style.color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        minContrast = Math.min(minContrast, 1.05 / (luminance(rgb) + 0.05));
      }
    }
    return {
      pages: pages.map((p) => ({
        width: p.getBoundingClientRect().width,
        height: p.getBoundingClientRect().height,
      })),
      overflow,
      minFont,
      minBodyFont,
      minContrast,
      qr: (() => {
        const svg = document.querySelector(".lp-qr svg")?.getBoundingClientRect();
        const first = pages[0]?.getBoundingClientRect();
        return svg && first
          ? { x: svg.x - first.x, y: svg.y - first.y, width: svg.width, height: svg.height }
          : undefined;
      })(),
      strip: (() => {
        const strip = document.querySelector(".lp-lines");
        const page = strip?.closest(".lp-page");
        if (!strip || !page) return undefined;
        const box = strip.getBoundingClientRect();
        const corner = page.getBoundingClientRect();
        return {
          page: pages.indexOf(page),
          x: box.x - corner.x,
          y: box.y - corner.y,
          width: box.width,
          height: box.height,
        };
      })(),
      cards: [...document.querySelectorAll(".lp-card")].map((c) => ({
        width: c.getBoundingClientRect().width,
        height: c.getBoundingClientRect().height,
      })),
    };
  });
}

interface Printed {
  job: BatchJob;
  kit: RenderedKit;
  measured: Measured;
  /** The PDF and what poppler reads in it; absent for kits only laid out (see JOBS). */
  pdf?: { bytes: Buffer; file: string; info: Record<string, string>; pageText: string[] };
}

let printer: Printer;
let dir: string;
const printed = new Map<string, Printed>();

async function print(job: BatchJob & { pdf: boolean }): Promise<Printed> {
  const kit = renderKit(BUNDLES[job.lang] as ContentBundle, job.input);
  if (!job.pdf) {
    const page = await printer.browser.newPage();
    await page.setContent(kit.html);
    await page.emulateMedia({ media: "print" });
    const measured = await measure(page);
    await page.close();
    return { job, kit, measured };
  }
  let measured: Measured | undefined;
  const bytes = Buffer.from(
    await printer.pdf(kit.html, async (page) => {
      measured = await measure(page);
    }),
  );
  const file = join(dir, job.file);
  writeFileSync(file, bytes);
  const info = Object.fromEntries(
    execFileSync("pdfinfo", [file], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  );
  const pageText = Array.from({ length: Number(info.Pages) }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }),
  );
  return { job, kit, measured: measured as Measured, pdf: { bytes, file, info, pageText } };
}

const partner = {
  name: { en: "Township of Maple Creek", fr: "Canton de Maple Creek" },
  contacts: [
    {
      name: { en: "Maple Creek Police (non-emergency)", fr: "Police de Maple Creek (non urgent)" },
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
};

/**
 * The print day of every job: the day the widget and kit stories pin (STORY_TODAY), so the kits do not change on
 * the day the content passes the freshness limit. The jobs past it say so in their `today`.
 */
const PRINT_DAY = "2026-12-06";
/** A print day long past the freshness limit of any content shipped so far: every Lantern contact is stale. */
const FAR = "2030-01-01";

/**
 * Every kit × reviewed language × paper is laid out and measured (cheap); PDFs are printed for each kit on each
 * paper in each language, with the general poster standing for the other audiences and the discreet card on
 * Letter, plus the partner, Arabic and stale cases. Printing all 32 would double the suite's time to test the same
 * Chromium path again.
 */
const JOBS = [
  ...batchJobs({ today: PRINT_DAY }).map((job) => ({
    ...job,
    pdf: /^(card-(en|fr)-|card-discreet-\w+-letter|poster-general-|sheet-)/.test(job.file),
  })),
  // The Arabic draft, right to left, behind allowDraft.
  ...batchJobs({ allowDraft: true, today: PRINT_DAY }, ["ar"])
    .filter((job) => /^(poster-general-ar-a4|card-ar-letter|sheet-ar-letter)/.test(job.file))
    .map((job) => ({ ...job, pdf: true })),
  // A partner's own line and name on the card and the poster.
  ...batchJobs({ region: "CA-ON", partner, today: PRINT_DAY })
    .filter((job) => /^(card-en|poster-general-(en|fr))-letter/.test(job.file))
    .map((job) => ({ ...job, file: `partner-${job.file}`, pdf: true })),
  // Past the freshness limit, every French kit (the longest language, so the notes take the most room) is laid
  // out, and one poster printed.
  ...batchJobs({ today: FAR }, ["fr"]).map((job) => ({
    ...job,
    file: `stale-${job.file}`,
    pdf: job.file === "poster-general-fr-letter.pdf",
  })),
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lantern-print-"));
  // The fonts Lantern pins, so line breaks and page images do not depend on what the machine has installed.
  printer = await openPrinter({ fonts: "pinned" });
  const results = await inParallel(JOBS, 3, print);
  for (const result of results) printed.set(result.job.file, result);
});

afterAll(async () => {
  await printer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const all = () => [...printed.values()];
type WithPdf = Printed & { pdf: NonNullable<Printed["pdf"]> };
/** The printed ones, with their PDF. */
const pdfs = () => all().filter((p): p is WithPdf => p.pdf !== undefined);
const text = (p: WithPdf) => p.pdf.pageText.join("\n");
/** Words as a reader meets them: URLs and addresses removed, whitespace collapsed. */
const words = (value: string) =>
  value
    // The sources close each kit: URLs, which wrap at any character, so they are cut off whole.
    .split(/\bSources\b/)[0]
    ?.replace(/\S*[/@]\S*/g, " ")
    .replace(/\s+/g, " ") ?? "";

describe("every kit as a PDF", () => {
  it("prints every kit in every reviewed language on both papers", () => {
    expect(REVIEWED_LANGS).toEqual(["en", "fr"]);
    expect(all().filter((p) => !/^(partner|stale)-/.test(p.job.file) && p.job.lang !== "ar")).toHaveLength(
      32,
    );
  });

  it("is tagged, titled and in its language, with its headings in the structure and the outline", () => {
    for (const p of pdfs()) {
      expect(p.pdf.info.Tagged, p.job.file).toBe("yes");
      expect(p.pdf.info.Title, p.job.file).toBe(p.kit.title);
      const bytes = p.pdf.bytes.toString("latin1");
      expect(bytes, p.job.file).toContain(`/Lang (${p.job.lang})`);
      expect(bytes, p.job.file).toContain("/StructTreeRoot");
      expect(bytes, p.job.file).toContain("/Outlines");
      // One H1 in the structure: a card's copies are aria-hidden, so a screen reader meets one card, not ten.
      expect(bytes.match(/\/S \/H1\b/g), p.job.file).toHaveLength(1);
      if (p.kit.options.kit !== "card") {
        const h2 = p.kit.html.match(/<h2\b/g)?.length ?? 0;
        expect(h2, p.job.file).toBeGreaterThan(0);
        expect(bytes.match(/\/S \/H2\b/g), p.job.file).toHaveLength(h2);
      }
    }
  });

  it("has the kit's page count and the paper's size", () => {
    const expected = { card: 2, poster: 1, sheet: 2 };
    for (const p of pdfs()) {
      const paper = p.job.input.paper as Paper;
      expect(Number(p.pdf.info.Pages), p.job.file).toBe(expected[p.kit.options.kit]);
      const [width, height] = (p.pdf.info["Page size"] ?? "").split(/\s+x\s+|\s+/).map(Number) as [
        number,
        number,
      ];
      expect(width, p.job.file).toBeCloseTo((PAPERS[paper].width * 72) / 25.4, 0);
      expect(height, p.job.file).toBeCloseTo((PAPERS[paper].height * 72) / 25.4, 0);
    }
  });

  it("lays nothing outside its page's printable area or its card", () => {
    expect(all().flatMap((p) => p.measured.overflow.map((line) => `${p.job.file}: ${line}`))).toEqual([]);
    for (const p of all()) {
      for (const box of p.measured.pages) {
        expect(box.width / MM, p.job.file).toBeCloseTo(PAPERS[p.kit.options.paper].width, 0);
        expect(box.height / MM, p.job.file).toBeCloseTo(PAPERS[p.kit.options.paper].height, 0);
      }
    }
  });

  it("puts 8 cards on Letter and 10 on A4, each 85 × 55 mm, fronts and backs", () => {
    for (const p of pdfs().filter((p) => p.kit.options.kit === "card")) {
      const count = p.kit.options.paper === "letter" ? 8 : 10;
      expect(p.measured.cards, p.job.file).toHaveLength(count * 2);
      for (const card of p.measured.cards) {
        expect(card.width / MM).toBeCloseTo(85, 1);
        expect(card.height / MM).toBeCloseTo(55, 1);
      }
      // Every card on the front sheet carries the hotline's number as text, not as a picture.
      expect(p.pdf.pageText[0]?.split("1-833-900-1010").length, p.job.file).toBe(count + 1);
    }
  });

  it("keeps type at least 9 pt on the card, 14 pt in a poster's body, and dark enough for a photocopy", () => {
    for (const p of all()) {
      expect(p.measured.minFont, p.job.file).toBeGreaterThanOrEqual(p.kit.options.kit === "sheet" ? 8 : 9);
      if (p.kit.options.kit === "poster")
        expect(p.measured.minBodyFont, p.job.file).toBeGreaterThanOrEqual(14);
      // 7:1 (WCAG AAA) on white: black-and-white printing keeps luminance, so this survives it.
      expect(p.measured.minContrast, p.job.file).toBeGreaterThanOrEqual(7);
    }
  });
});

describe("facts on paper", () => {
  const PHONE = /(?<![\d-])(?:1-)?\d{3}-\d{3}-\d{4}(?![\d-])|(?<![\d-])(?:911|\d{6})(?![\d-])/g;

  it("prints only numbers from the canonical list (or the partner's own), never a do-not-ship one", () => {
    for (const p of pdfs()) {
      const found = text(p).match(PHONE) ?? [];
      expect(found.length, p.job.file).toBeGreaterThan(0);
      const partner = p.job.file.startsWith("partner-") ? ["905-555-0100"] : [];
      for (const number of found)
        expect([...CANONICAL_NUMBERS, ...partner], `${p.job.file}: ${number}`).toContain(number);
      for (const { value } of canonical.do_not_ship) expect(text(p), p.job.file).not.toContain(value);
      expect(text(p), p.job.file).toContain("911");
      expect(text(p), p.job.file).toContain("1-833-900-1010");
    }
  });

  it("prints French kits in French, with no English sentence", () => {
    const english = /\b(the|and|you|your|with|call|help|signs|anyone|someone|hotline|trafficking)\b/i;
    for (const p of pdfs().filter((p) => p.job.lang === "fr")) {
      const match = words(text(p)).match(english);
      expect(
        match?.[0],
        `${p.job.file}: …${match ? words(text(p)).slice(Math.max(0, (match.index ?? 0) - 40), (match.index ?? 0) + 40) : ""}…`,
      ).toBeUndefined();
    }
    // Control: the same check finds English in the English kits.
    for (const p of pdfs().filter((p) => p.job.lang === "en")) expect(words(text(p))).toMatch(english);
  });

  it("never says trafficking on the discreet card, nor in its title", () => {
    const word = /traffick|trafiqu|traite/i;
    const discreet = pdfs().filter((p) => p.job.file.startsWith("card-discreet-"));
    expect(discreet).toHaveLength(2);
    for (const p of discreet) {
      expect(p.pdf.pageText[0], p.job.file).not.toMatch(word);
      expect(p.pdf.pageText[1], p.job.file).not.toMatch(word);
      expect(p.pdf.info.Title, p.job.file).not.toMatch(word);
    }
    // Control: the ordinary card names the hotline, and the check sees it.
    for (const p of pdfs().filter((p) => /^card-(en|fr)-/.test(p.job.file)))
      expect(p.pdf.pageText[0]).toMatch(word);
  });

  it("puts 911 first on every card face, before the hotline's name and number", () => {
    const cards = pdfs().filter((p) => p.kit.options.kit === "card");
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const p of cards) {
      for (const [side, page] of p.pdf.pageText.entries()) {
        const first = page.indexOf("911");
        expect(first, `${p.job.file} page ${side + 1}`).toBeGreaterThanOrEqual(0);
        // Nothing of the hotline before it: its number, or its name on the ordinary card's front.
        const hotline = [
          page.indexOf("1-833-900-1010"),
          page.search(/Human Trafficking Hotline|Ligne d.urgence/),
        ].filter((at) => at >= 0);
        for (const at of hotline) expect(first, `${p.job.file} page ${side + 1}`).toBeLessThan(at);
      }
    }
  });

  it("leaves the email address off the discreet card: its domain spells the centre's acronym", () => {
    const discreet = pdfs().filter((p) => p.job.file.startsWith("card-discreet-"));
    expect(discreet).toHaveLength(2);
    for (const p of discreet) {
      expect(text(p), p.job.file).not.toMatch(/@|ccteht/i);
      expect(text(p), p.job.file).toContain("1-833-900-1010");
    }
    // Control: the ordinary card prints it, and the check sees it.
    expect(text(printed.get("card-en-letter.pdf") as WithPdf)).toContain("hotline@ccteht.ca");
  });

  it("prints 911 and the hotline together on the information sheet's first page", () => {
    // English and French on Letter and A4, and the Arabic draft.
    const sheets = pdfs().filter((p) => p.kit.options.kit === "sheet");
    expect(sheets.map((p) => p.job.lang).sort()).toEqual(["ar", "en", "en", "fr", "fr"]);
    for (const p of sheets) {
      expect(p.pdf.pageText[0], p.job.file).toContain("911");
      expect(p.pdf.pageText[0], p.job.file).toContain("1-833-900-1010");
    }
  });

  it("names the seed's groups, the rest of the list and Ontario's police-reported share on the default sheet", () => {
    const expected = {
      en: [
        "Migrant workers",
        "New immigrants",
        "Indigenous women and youth",
        "Young people, including youth in foster care",
        "Women and girls",
        "People working in remote areas",
        "62%",
        "2010–2021",
      ],
      fr: [
        "Travailleuses et travailleurs migrants",
        "Personnes nouvellement immigrées",
        "Femmes et jeunes autochtones",
        "Jeunes, y compris les jeunes placés en famille d’accueil",
        "Femmes et filles",
        "62 %",
        "2010–2021",
      ],
    } as const;
    for (const p of pdfs().filter((p) => p.kit.options.kit === "sheet" && p.job.lang !== "ar")) {
      // A line may break after the dash of a period (2010–⏎2021): joined again without the space.
      const flat = text(p).replace(/\s+/g, " ").replace(/– /g, "–");
      for (const phrase of expected[p.job.lang as "en" | "fr"]) expect(flat, p.job.file).toContain(phrase);
    }
  });

  it("prints the partner's name and line beside Lantern's, never instead", () => {
    for (const p of pdfs().filter((p) => p.job.file.startsWith("partner-"))) {
      expect(text(p), p.job.file).toContain("905-555-0100");
      expect(text(p), p.job.file).toContain(
        p.job.lang === "fr" ? "Canton de Maple Creek" : "Township of Maple Creek",
      );
      expect(text(p), p.job.file).toContain("1-833-900-1010");
    }
  });

  it("sets the Arabic draft right to left", () => {
    const ar = all().filter((p) => p.job.lang === "ar");
    expect(ar.length).toBeGreaterThan(0);
    for (const p of ar) {
      expect(p.kit.html).toContain('<html lang="ar" dir="rtl">');
      expect(p.measured.overflow, p.job.file).toEqual([]);
    }
  });

  it("marks the Arabic draft as a draft on every page and every card face, in Arabic and in English", () => {
    const ar = all().filter((p) => p.job.lang === "ar" && p.pdf);
    expect(ar.map((p) => p.job.file.replace(/-(a4|letter).*/, "")).sort()).toEqual(
      expect.arrayContaining(["card-ar", "poster-general-ar", "sheet-ar"]),
    );
    // The first sentence of the page's mark, all a card has room for, in each language: the Arabic after its
    // "ترجمة مسودة:", which the language strip's own Arabic mark also spells.
    const notice = BUNDLES.ar?.draftNotice ?? { text: "", en: "" };
    const first = (value: string) => value.split(/(?<=[.۔])\s/)[0] ?? "";
    const englishMark = first(notice.en).replace(/[^A-Za-z]+/g, "");
    const arabicMark = (first(notice.text).split(":")[1] ?? "").replace(/[\s.]+/g, "");
    expect(englishMark).toMatch(/^Drafttranslationafluentreviewer/);
    expect(arabicMark.length).toBeGreaterThan(10);
    for (const p of ar) {
      for (const [index, text] of (p.pdf?.pageText ?? []).entries()) {
        // pdftotext breaks lines where the PDF does, and may split an Arabic word where its glyphs join: compared
        // with white space, full stops (which reordering moves) and the bidirectional marks it adds taken out.
        const flat = text.replace(/[\s\u202a-\u202e.]+/g, "");
        // Where the English line wraps inside the right-to-left box, pdftotext interleaves its pieces with the
        // Arabic: each language is compared with the other script taken out.
        expect(
          flat.replace(/[^A-Za-z]+/g, ""),
          `${p.job.file} page ${index + 1} shows the draft unmarked`,
        ).toContain(englishMark);
        expect(flat.replace(/[^\u0600-\u06ff]+/g, ""), `${p.job.file} page ${index + 1}`).toContain(
          arabicMark,
        );
      }
    }
    // Every card face, not only the first: each of the sheet's cards carries the mark.
    const cards = ar.find((p) => p.job.file.startsWith("card-ar"));
    const perFace = cards?.kit.html.split('<div class="lp-card"').slice(1) ?? [];
    expect(perFace.length).toBeGreaterThan(0);
    for (const face of perFace) expect(face).toMatch(/^[^>]*>\s*<p class="lp-draft"/);
  });
});

describe("freshness on paper", () => {
  it("prints a contact past the freshness limit with its date and the may-be-out-of-date note", () => {
    const fr = BUNDLES.fr as ContentBundle;
    const hotline = fr.contacts.find((c) => c.id === "ca-human-trafficking-hotline");
    const note = fr.ui["freshness.staleContact"]
      .replace("{date}", fr.dates[hotline?.lastVerified ?? ""] ?? "?")
      .replace(/\s+/g, " ");
    // pdftotext breaks lines where the PDF does: compared with white space collapsed.
    const flat = (file: string) => text(printed.get(file) as WithPdf).replace(/\s+/g, " ");
    expect(flat("stale-poster-general-fr-letter.pdf")).toContain(note);
    // Control: the same poster on the pinned day has none.
    expect(flat("poster-general-fr-letter.pdf")).not.toContain(note.slice(0, 30));
  });
});

describe("help in your language, on paper", () => {
  /** The strip's text as poppler reads it from its box alone, so the hotline's number elsewhere is not counted. */
  function stripText(p: WithPdf): string {
    const box = p.measured.strip;
    if (!box) return "";
    const pt = (px: number) => String(Math.round((px * 72) / 96));
    const page = String(box.page + 1);
    return execFileSync(
      "pdftotext",
      [
        ...[
          "-f",
          page,
          "-l",
          page,
          "-x",
          pt(box.x),
          "-y",
          pt(box.y),
          "-W",
          pt(box.width),
          "-H",
          pt(box.height),
        ],
      ].concat([p.pdf.file, "-"]),
      { encoding: "utf8" },
    );
  }
  /** Compared without white space and the bidirectional marks pdftotext adds, which break right-to-left words. */
  const flat = (value: string) => value.replace(/[\s\u202a-\u202e]+/g, "");
  const withStrip = () => pdfs().filter((p) => p.kit.options.kit !== "card");

  it("prints every line with its language's own name, the hotline's number and, on a draft, its mark", () => {
    expect(withStrip().map((p) => p.job.file)).toEqual(
      expect.arrayContaining(["poster-general-fr-letter.pdf", "sheet-en-a4.pdf", "poster-general-ar-a4.pdf"]),
    );
    const drafts = lines.lines.filter((line) => line.draft);
    for (const p of withStrip()) {
      const found = flat(stripText(p));
      for (const line of lines.lines) {
        expect(found, `${p.job.file}: ${line.lang}`).toContain(flat(line.name));
        if (line.draft) expect(found, `${p.job.file}: ${line.lang}`).toContain(flat(line.draft.text));
      }
      // As many numbers and "Draft translation"s as lines: none lost its number, no draft its English mark.
      expect(found.split(lines.phone.display).length - 1, p.job.file).toBe(lines.lines.length);
      expect(found.split("Drafttranslation").length - 1, p.job.file).toBe(drafts.length);
    }
    // Control: the wallet card has no strip, and the check sees that.
    const card = printed.get("card-en-letter.pdf") as WithPdf;
    expect(card.measured.strip).toBeUndefined();
    expect(flat(text(card))).not.toContain(flat(lines.lines[0]?.name ?? "?"));
  });

  it("embeds a font for each script, so no line prints as empty boxes", () => {
    // The pinned fonts (@lantern/testing): Hindi comes from Noto Sans itself, which has Devanagari.
    const scripts = {
      ar: /\+NotoSansArabic-/,
      ur: /\+NotoNastaliqUrdu-/,
      pa: /\+NotoSansGurmukhi-/,
      hi: /\+NotoSans(Devanagari)?-/,
      th: /\+NotoSansThai-/,
      "zh-Hans": /\+NotoSansSC-/,
      "zh-Hant": /\+NotoSansTC-/,
      ko: /\+NotoSansKR-/,
    };
    expect(Object.keys(scripts).every((lang) => lines.lines.some((line) => line.lang === lang))).toBe(true);
    const fonts = (p: WithPdf) => execFileSync("pdffonts", [p.pdf.file], { encoding: "utf8" });
    for (const p of withStrip()) {
      const embedded = fonts(p);
      for (const [lang, font] of Object.entries(scripts))
        expect(embedded, `${p.job.file}: ${lang}`).toMatch(font);
    }
    // Control: an English card draws with Arimo alone.
    const card = fonts(printed.get("card-en-letter.pdf") as WithPdf);
    for (const font of Object.values(scripts)) expect(card).not.toMatch(font);
  });
});

describe("the poster's QR code", () => {
  function decode(p: WithPdf): string | undefined {
    const prefix = join(dir, `${p.job.file}-qr`);
    // Only the code's corner of the page, with a margin, at 150 dpi: jsqr then reads a small picture, not a page.
    const dpi = 150;
    const box = p.measured.qr ?? { x: 0, y: 0, width: 1e4, height: 1e4 };
    const crop = [box.x - 20, box.y - 20, box.width + 40, box.height + 40].map((px) =>
      String(Math.max(0, Math.round((px * dpi) / 96))),
    ) as [string, string, string, string];
    execFileSync("pdftoppm", [
      ...["-r", String(dpi), "-f", "1", "-l", "1", "-png", "-singlefile"],
      ...["-x", crop[0], "-y", crop[1], "-W", crop[2], "-H", crop[3]],
      p.pdf.file,
      prefix,
    ]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  }

  it("decodes to the hotline's site exactly as the canonical list gives it", () => {
    expect(HOTLINE_SITE).toBe("https://www.canadianhumantraffickinghotline.ca/");
    const posters = pdfs().filter((p) => /^poster-general-(en|fr)-/.test(p.job.file));
    expect(posters).toHaveLength(4);
    for (const p of posters) expect(decode(p), p.job.file).toBe(HOTLINE_SITE);
  });

  it("is the only code: a card decodes to nothing (the decoder can fail)", () => {
    const card = printed.get("card-en-letter.pdf") as WithPdf;
    expect(decode(card)).toBeUndefined();
  });
});
