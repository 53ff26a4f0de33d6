/**
 * What a partner can choose for a printed kit, and how each choice is checked. Every problem names the field and
 * the fix, and the kit still prints with a safe default in its place: a printed card must never lose 911 or the
 * hotline because one setting was wrong.
 */
import {
  type Audience,
  addMonths,
  type Contact,
  type ContentBundle,
  FALLBACK_LOCALE,
  isRegion,
  suggest,
  todayUtc,
} from "@lantern/sdk";
import { parsePartnerContacts } from "@lantern/sdk/overrides";

/** The kits: a wallet card (fronts and backs), a one-page poster, a two-page information sheet. */
export const KITS = ["card", "poster", "sheet"] as const;
export type Kit = (typeof KITS)[number];

/** Page sizes in millimetres. */
export const PAPERS = {
  letter: { width: 215.9, height: 279.4 },
  a4: { width: 210, height: 297 },
} as const;
export type Paper = keyof typeof PAPERS;

/**
 * Poster audiences as partners name them, each mapped to the SDK's audience vocabulary, whose signs and contacts
 * it selects. The SDK names are accepted too (`hospitality` for `hotel`).
 */
export const POSTER_AUDIENCES = {
  general: "general",
  youth: "youth",
  hotel: "hospitality",
  "health-care": "healthcare",
  labour: "workers",
} as const satisfies Record<string, Audience>;
export type PosterAudience = keyof typeof POSTER_AUDIENCES;

/** What a caller passes: anything may be missing or wrong, and each problem is reported. */
export interface PrintInput {
  kit?: string;
  paper?: string;
  /** Posters only: `general` (default), `youth`, `hotel`, `health-care` or `labour`. */
  audience?: string;
  /** Cards only: a face that never says "trafficking", for a person who may be searched. */
  discreet?: boolean;
  /** ISO 3166-2 code whose regional lines join the national ones (`CA-ON`); `CA` by default. */
  region?: string;
  /** Include facts of medium confidence, each then printed with its last-verified date. Off by default. */
  includeMedium?: boolean;
  /** Print a draft locale (Arabic): the same opt-in as the embed's `allow-draft` attribute. */
  allowDraft?: boolean;
  /**
   * `YYYY-MM-DD`: the day the kit is printed, on which each Lantern contact's `lastVerified` is judged by the
   * freshness policy (`@lantern/sdk`'s `freshness`). Today in UTC by default. Past the policy's failure limit a
   * contact prints with its date and "this may be out of date", as the widgets show it on the visitor's clock.
   */
  today?: string;
  /**
   * The partner's name and own contacts, in the shape of the embed's configuration block (`contacts`), checked by
   * `@lantern/sdk/overrides` exactly as the embed checks them.
   */
  partner?: { name?: unknown; contacts?: unknown };
}

/** The checked choices a kit renders. */
export interface PrintOptions {
  kit: Kit;
  paper: Paper;
  audience: PosterAudience;
  discreet: boolean;
  region: string;
  includeMedium: boolean;
  /** `YYYY-MM-DD`: the print day contacts' freshness is judged on. */
  today: string;
  partner: { name: string; contacts: Contact[] };
}

/** One rejected choice: `field` is `paper`, `partner.name` or `partner.contacts.0.channels.0.value`. */
export interface PrintProblem {
  field: string;
  message: string;
}

/** A draft locale (Arabic) prints only when the caller opts in, as the embed's `allow-draft` attribute asks. */
export class DraftLocaleError extends RangeError {
  constructor(code: string) {
    super(`lang: "${code}" is a draft: pass allowDraft (--allow-draft) to print it, or choose en or fr`);
    this.name = "DraftLocaleError";
  }
}

function choice<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: PrintProblem[],
): T {
  if (value === undefined || value === "") return fallback;
  const lower = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  problems.push({ field, message: `"${value}" is not known: ${suggest(value, allowed)}; using ${fallback}` });
  return fallback;
}

function posterAudience(value: string | undefined, problems: PrintProblem[]): PosterAudience {
  const sdkName = Object.entries(POSTER_AUDIENCES).find(([, audience]) => audience === value)?.[0];
  return choice(
    "audience",
    sdkName ?? value,
    Object.keys(POSTER_AUDIENCES) as PosterAudience[],
    "general",
    problems,
  );
}

/**
 * The print day: `value` when it is a real day written `YYYY-MM-DD`, else today (UTC) with a problem. A wrong day
 * would misjudge every contact's freshness, so it is refused rather than read as best it can be.
 */
function printDay(value: string | undefined, problems: PrintProblem[]): string {
  const today = todayUtc();
  if (value === undefined || value === "") return today;
  const day = value.trim();
  // Adding no months gives a real day back unchanged, and moves an impossible one (2027-02-30 → 2027-02-28).
  if (addMonths(day, 0) === day) return day;
  problems.push({
    field: "today",
    message: `"${value}" is not a day: write the print day as YYYY-MM-DD, such as ${today}; using ${today}`,
  });
  return today;
}

/** Words that name trafficking in English or French (« traite », not « traitement »; « trafiquant »). */
const TRAFFICKING_WORDS = /traffick|trafic|trafiqu|\btraite\b/i;

/** True when `text` names trafficking: what a discreet card must never print. */
export function namesTrafficking(text: string): boolean {
  return TRAFFICKING_WORDS.test(text);
}

const DISCREET_REFUSAL =
  "names trafficking, which a discreet card never prints (it is for a person whose things may be searched): use a neutral name, such as your organisation's, or print the standard card; left off this card";

/**
 * The partner's name goes through the check the embed applies to a contact's `name` (plain text, not empty, at
 * most 120 characters, one text or one per language), so a partner reads the same message in the configurator,
 * on the console and here. A placeholder channel makes the rest of that contact valid; only `name` is reported.
 */
function partnerName(value: unknown, locale: string, problems: PrintProblem[]): string {
  if (value === undefined || value === null || value === "") return "";
  const probe = parsePartnerContacts(
    [{ name: value, channels: [{ kind: "web-form", value: "https://example.org/" }] }],
    locale,
  );
  for (const problem of probe.problems) {
    problems.push({ field: problem.path.replace(/^contacts\.0\./, "partner."), message: problem.message });
  }
  return probe.contacts[0]?.name ?? "";
}

/**
 * Check what a caller asked for against a bundle: unknown values fall back to defaults, each with a problem that
 * names the field and the fix.
 * @throws DraftLocaleError when the bundle is a draft and `allowDraft` is not set.
 */
export function resolvePrintOptions(
  bundle: ContentBundle,
  input: PrintInput = {},
): { options: PrintOptions; problems: PrintProblem[] } {
  if (bundle.locale.status === "draft" && !input.allowDraft) throw new DraftLocaleError(bundle.locale.code);
  const problems: PrintProblem[] = [];
  const kit = choice("kit", input.kit, KITS, "card", problems);
  const paper = choice("paper", input.paper, Object.keys(PAPERS) as Paper[], "letter", problems);
  const audience = posterAudience(input.audience, problems);
  const today = printDay(input.today, problems);
  let region = input.region?.trim() || "CA";
  if (!isRegion(bundle, region)) {
    problems.push({
      field: "region",
      message: `"${region}" is not a region Lantern knows: ${suggest(
        region,
        bundle.regions.map((r) => r.code),
      )}; using CA`,
    });
    region = "CA";
  }
  const locale = bundle.locale.code || FALLBACK_LOCALE;
  const discreet = input.discreet === true;
  let name = partnerName(input.partner?.name, locale, problems);
  const parsed = parsePartnerContacts(input.partner?.contacts, locale);
  for (const problem of parsed.problems)
    problems.push({ field: `partner.${problem.path}`, message: problem.message });
  let partnerContacts = parsed.contacts;
  if (discreet) {
    // A discreet card is for a person whose things may be searched: a partner's name or line that says what it is
    // about would undo it, so it is refused with the reason and the card prints without it.
    if (namesTrafficking(name)) {
      problems.push({ field: "partner.name", message: DISCREET_REFUSAL });
      name = "";
    }
    partnerContacts = partnerContacts.filter((entry, index) => {
      const words = [
        entry.name,
        entry.use,
        ...entry.channels.flatMap((c) => [c.value, c.display, c.note ?? ""]),
      ];
      if (!words.some(namesTrafficking)) return true;
      problems.push({ field: `partner.contacts.${index}`, message: DISCREET_REFUSAL });
      return false;
    });
  }
  return {
    options: {
      kit,
      paper,
      audience,
      discreet,
      region,
      includeMedium: input.includeMedium === true,
      today,
      partner: { name, contacts: partnerContacts },
    },
    problems,
  };
}
