/**
 * The canonical contact list (`content/canonical-contacts.json`, a copy of the project's shared `facts/contacts.json`)
 * and the claims a text may make about a contact. Validation reads both, so a well-formed but wrong number, a medium
 * channel shown by default, or a promise ("anonymous", "toll-free", "interpreters") that the sources do not make
 * about that contact stops `validate` and `build`, not only the tests.
 */

export interface CanonicalChannel {
  kind: string;
  value: string;
  display?: string;
  notes?: string;
}

export interface CanonicalContact {
  id: string;
  name: string;
  name_fr?: string;
  scope: string;
  channels: CanonicalChannel[];
  hours?: string;
  use?: string;
  notes?: string;
  confidence: string;
}

export interface CanonicalList {
  contacts: CanonicalContact[];
  do_not_ship: { value: string; why: string }[];
}

/** Where the list lives inside a content tree. */
export const CANONICAL_FILE = "canonical-contacts.json";

/** The list's own words for "this part rests on a secondary or dated source". */
export const MEDIUM_NOTE = /medium confidence/i;

/** True when `value` has the shape of a canonical list; the loader reports the file otherwise. */
export function isCanonicalList(value: unknown): value is CanonicalList {
  const list = value as Partial<CanonicalList> | null;
  return (
    !!list &&
    Array.isArray(list.contacts) &&
    Array.isArray(list.do_not_ship) &&
    list.contacts.every(
      (contact) =>
        typeof contact?.id === "string" &&
        typeof contact.confidence === "string" &&
        Array.isArray(contact.channels) &&
        contact.channels.every(
          (channel) => typeof channel?.kind === "string" && typeof channel.value === "string",
        ),
    )
  );
}

/**
 * A promise a text can make about a contact, the words that make it in each language Lantern checks, and the words
 * the canonical list must use about that contact (or that channel) for the promise to stand.
 */
export interface Claim {
  id: string;
  words: Record<string, RegExp>;
  canonical: RegExp;
}

/**
 * Claims a person deciding whether it is safe to call would take as facts. Locales without patterns (drafts in
 * other scripts) are not checked: a reviewer checks them before the locale becomes `reviewed`.
 */
export const CLAIMS: readonly Claim[] = [
  { id: "anonymous", words: { en: /\banonym/i, fr: /anonym/i }, canonical: /anonymous/i },
  { id: "toll-free", words: { en: /toll[- ]free/i, fr: /sans frais/i }, canonical: /toll-free/i },
  { id: "interpreters", words: { en: /interpret/i, fr: /interpr[eè]t/i }, canonical: /interpret/i },
  { id: "languages", words: { en: /\blanguages?\b/i, fr: /\blangues?\b/i }, canonical: /languages/i },
  { id: "never", words: { en: /\bnever\b/i, fr: /\bjamais\b/i }, canonical: /\bnever\b/i },
  { id: "confidential", words: { en: /confidential/i, fr: /confidenti/i }, canonical: /confidential/i },
  // "toll-free" is its own promise: a free call is not a free service.
  { id: "free", words: { en: /(?<!toll[- ])\bfree\b/i, fr: /gratuit/i }, canonical: /(?<!toll-)\bfree\b/i },
  {
    id: "no caller ID",
    words: { en: /caller ID|trac(?:e|ing)\b/i, fr: /afficheur|retrac/i },
    canonical: /caller ID/i,
  },
  {
    id: "no name needed",
    words: { en: /\byour name\b|who you are/i, fr: /votre nom|qui vous êtes/i },
    canonical: /give their name|anonymous/i,
  },
  { id: "TTY", words: { en: /\bTTY\b/, fr: /\bATS\b/ }, canonical: /\bTTY\b/ },
];

/** The claims `text` makes, in `locale`. */
export function claimsIn(text: string, locale: string): Claim[] {
  return CLAIMS.filter((claim) => claim.words[locale]?.test(text));
}

/** What the canonical list says about a contact as a whole: its use, hours, notes and every channel's notes. */
export function contactWords(contact: CanonicalContact): string {
  return [contact.use, contact.hours, contact.notes, ...contact.channels.map((channel) => channel.notes)]
    .filter(Boolean)
    .join(" | ");
}

/**
 * What the canonical list says that a channel's note may rest on: the channel's own notes, and the contact's use,
 * hours and notes, but not another channel's notes (interpretation on the phone is not interpretation in the chat).
 */
export function channelWords(contact: CanonicalContact, channel: CanonicalChannel | undefined): string {
  return [contact.use, contact.hours, contact.notes, channel?.notes].filter(Boolean).join(" | ");
}

/**
 * UI strings that speak for one contact: the report dialog shows each under that contact's heading, so what they
 * promise must be what the canonical list says of that contact.
 */
export const UI_CONTACTS: Readonly<Record<string, string>> = {
  "fallback.hotline": "ca-human-trafficking-hotline",
  "reportButton.hotlineHeading": "ca-human-trafficking-hotline",
  "reportButton.hotlineDetails": "ca-human-trafficking-hotline",
  // Printed under the hotline's QR code, beside its name and number.
  "print.qrCaption": "ca-human-trafficking-hotline",
  "reportButton.anonymousHeading": "crime-stoppers",
  "reportButton.anonymousDetails": "crime-stoppers",
};
