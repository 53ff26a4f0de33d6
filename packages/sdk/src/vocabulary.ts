/**
 * The closed vocabularies of Lantern content. They live apart from the zod schemas so that the browser entry can
 * check a partner's `audience="…"` or `region="…"` attribute without shipping a validation library.
 */

/** Who is reading: a widget shows the signs and contacts meant for this audience. */
export const AUDIENCES = [
  "general",
  "youth",
  "parents",
  "educators",
  "hospitality",
  "healthcare",
  "workers",
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How warning signs are grouped, in display order. */
export const SIGN_CATEGORIES = [
  "control",
  "documents",
  "physical",
  "behaviour",
  "recruitment",
  "labour",
] as const;
export type SignCategory = (typeof SIGN_CATEGORIES)[number];

/** Ways to reach a contact point. */
export const CHANNEL_KINDS = ["phone", "sms", "chat", "web-form", "email"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a contact point is for. The order is the display order: 911 always comes first. */
export const CONTACT_ROLES = ["emergency", "hotline", "tips", "support", "information"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Roles a partner may give its own contacts: a partner line never outranks 911 or the national hotline. */
export const PARTNER_ROLES = ["tips", "support", "information"] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** `high`: an official page states it. `medium`: secondary or dated; never shown in a default configuration. */
export const CONFIDENCE_LEVELS = ["high", "medium"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** `reviewed` locales are used by default; a `draft` locale only when a partner opts in. */
export const LOCALE_STATUSES = ["reviewed", "draft"] as const;
export type LocaleStatus = (typeof LOCALE_STATUSES)[number];

export const STAT_UNITS = ["percent", "rate-per-100k"] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

/** The locale every other falls back to, key by key. */
export const FALLBACK_LOCALE = "en";

/** kebab-case ids: `speaks-for-them`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 3166-2 codes for Canada and its subdivisions: `CA`, `CA-ON`. */
export const REGION_PATTERN = /^CA(?:-[A-Z]{2})?$/;
/** BCP 47 primary language subtags Lantern uses: `en`, `fr`, `ar`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}$/;
/** Content phone numbers: a short emergency number (`911`) or a North American number (`1-833-900-1010`). */
export const CONTENT_PHONE_PATTERN = /^(?:\d{3}|(?:1-)?\d{3}-\d{3}-\d{4})$/;
/** Text-message short codes: `686868`. */
export const SHORT_CODE_PATTERN = /^\d{5,6}$/;
export const URL_PATTERN = /^https?:\/\/[^\s<>"]+$/;
export const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Markup in what should be plain text: a tag opener, a comment, a processing instruction. */
export const MARKUP_PATTERN = /<[a-zA-Z!/?]/;

/** True when `value` is one of `list`: a type guard for the vocabularies above. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

/** At most this many partner contacts are used, so a runaway config cannot flood the dialog. */
export const MAX_PARTNER_CONTACTS = 20;
