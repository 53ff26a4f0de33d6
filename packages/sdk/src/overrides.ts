/**
 * Partner overrides: a partner's own contacts (a local police non-emergency line, a shelter's crisis line),
 * supplied in a `<script type="application/json" data-lantern-config>` block or passed by a developer.
 *
 * Each contact is validated on its own: an invalid one is rejected with a message naming the field and the fix,
 * and every valid one is still used. Lantern's own contacts are never hidden or outranked.
 *
 * @module
 */
import * as z from "zod/mini";
import type { Contact } from "./bundle.js";
import { channelHref } from "./channels.js";
import { describeIssues, formatPath } from "./issues.js";
import { plainText } from "./plain-text.js";
import {
  AUDIENCES,
  EMAIL_PATTERN,
  FALLBACK_LOCALE,
  ID_PATTERN,
  LOCALE_PATTERN,
  MAX_PARTNER_CONTACTS,
  PARTNER_ROLES,
  REGION_PATTERN,
  SHORT_CODE_PATTERN,
  URL_PATTERN,
} from "./vocabulary.js";

/** A partner may give one text, or one per language: `{ "en": "Town hall", "fr": "Hôtel de ville" }`. */
function localized(max: number) {
  return z.union([plainText(max), z.record(z.string().check(z.regex(LOCALE_PATTERN)), plainText(max))]);
}

/**
 * Phone numbers as partners write them: `905-555-0100`, `(905) 555-0100`, `+1 905 555 0100`, with 3 to 15 digits
 * (E.164's longest), and never 911, which Lantern always shows first. Exported as data so a server that saves a
 * configuration (the WordPress plugin's PHP) applies this same rule without restating it.
 */
export const PARTNER_PHONE_RULE = {
  pattern: /^\+?[\d(][\d ().-]{1,22}\d$/,
  minDigits: 3,
  maxDigits: 15,
  emergency: "911",
} as const;

const partnerChannel = z
  .strictObject({
    kind: z.enum(["phone", "sms", "chat", "web-form", "email"]),
    value: z.string(),
    display: z.optional(plainText(60)),
    body: z.optional(plainText(30)),
  })
  .check(
    z.superRefine((channel, ctx) => {
      const problem = partnerChannelProblem(channel.kind, channel.value);
      if (problem)
        ctx.issues.push({ code: "custom", message: problem, path: ["value"], input: channel.value });
    }),
  );

function partnerChannelProblem(kind: string, value: string): string | undefined {
  if (kind === "phone") {
    const digits = value.replace(/\D/g, "");
    const rule = PARTNER_PHONE_RULE;
    if (!rule.pattern.test(value) || digits.length < rule.minDigits || digits.length > rule.maxDigits) {
      return `"${value}" is not a phone number: write digits with spaces or hyphens, like 905-555-0100`;
    }
    if (digits === rule.emergency) return "911 is always shown first by Lantern: remove this channel";
    return undefined;
  }
  if (kind === "sms")
    return SHORT_CODE_PATTERN.test(value)
      ? undefined
      : `"${value}" is not a text short code: write digits only, like 686868`;
  if (kind === "email")
    return EMAIL_PATTERN.test(value)
      ? undefined
      : `"${value}" is not an email address: write it like help@example.org`;
  return URL_PATTERN.test(value) && value.startsWith("https://")
    ? undefined
    : `"${value}" is not a secure web address: start it with https://`;
}

/** The JSON shape of one partner contact. */
export const partnerContactSchema = z.strictObject({
  id: z.optional(
    z
      .string()
      .check(z.regex(ID_PATTERN, { error: "use lower-case words joined by hyphens, like town-police" })),
  ),
  name: localized(120),
  use: z.optional(localized(400)),
  hours: z.optional(localized(200)),
  open247: z.optional(z.boolean()),
  role: z.optional(z.enum(PARTNER_ROLES)),
  region: z.optional(
    z.string().check(z.regex(REGION_PATTERN, { error: "use an ISO 3166-2 code such as CA-ON" })),
  ),
  audiences: z.optional(z.array(z.enum(AUDIENCES))),
  channels: z
    .array(partnerChannel)
    .check(
      z.minLength(1, { error: "add at least one way to reach it: phone, sms, chat, web-form or email" }),
      z.maxLength(6, { error: "list at most 6 channels per contact" }),
    ),
});

/**
 * The JSON shape of a partner's configuration block, exported as JSON Schema for partners' tooling. `theme` holds
 * `--lantern-*` custom properties, which the widgets check against their safety limits.
 */
export const partnerConfigSchema = z.strictObject({
  contacts: z.optional(z.array(partnerContactSchema)),
  theme: z.optional(z.record(z.string().check(z.regex(/^--lantern-[a-z-]+$/)), z.string())),
});

export type PartnerContactInput = z.input<typeof partnerContactSchema>;

export { MAX_PARTNER_CONTACTS } from "./vocabulary.js";

/** One rejected part of a partner configuration. */
export interface OverrideProblem {
  /** Where it is: `contacts.1.channels.0.value`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface PartnerContactsResult {
  /** The valid contacts, ready for `contacts(bundle, { partner })`. */
  contacts: Contact[];
  /** One entry per rejected field; empty when everything was valid. */
  problems: OverrideProblem[];
}

function pick(value: string | Record<string, string> | undefined, locale: string): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return value[locale] ?? value[FALLBACK_LOCALE] ?? Object.values(value)[0] ?? "";
}

/**
 * Validate a partner's contacts and turn the valid ones into {@link Contact}s in `locale`.
 *
 * @param input The `contacts` array from the partner's JSON, as parsed: any value is accepted and checked.
 * @param locale The language to pick from localized fields (`{ "en": …, "fr": … }`), falling back to English.
 * @example
 * const { contacts, problems } = parsePartnerContacts(config.contacts, "fr");
 * for (const p of problems) console.warn(`Lantern: ${p.path}: ${p.message}`);
 */
export function parsePartnerContacts(
  input: unknown,
  locale: string = FALLBACK_LOCALE,
): PartnerContactsResult {
  const problems: OverrideProblem[] = [];
  const contacts: Contact[] = [];
  if (input === undefined || input === null) return { contacts, problems };
  if (!Array.isArray(input)) {
    return {
      contacts,
      problems: [
        { path: "contacts", message: 'must be a list: "contacts": [{ "name": …, "channels": […] }]' },
      ],
    };
  }
  if (input.length > MAX_PARTNER_CONTACTS) {
    problems.push({
      path: "contacts",
      message: `has ${input.length} entries; only the first ${MAX_PARTNER_CONTACTS} are shown: keep the list to the lines people need most`,
    });
  }
  const seen = new Set<string>();
  input.slice(0, MAX_PARTNER_CONTACTS).forEach((entry: unknown, index) => {
    const result = z.safeParse(partnerContactSchema, entry, { reportInput: true });
    if (!result.success) {
      for (const issue of describeIssues(partnerContactSchema, result.error.issues, entry)) {
        problems.push({ path: formatPath(["contacts", index, ...issue.path]), message: issue.message });
      }
      return;
    }
    const data = result.data;
    const id = data.id ?? `partner-${index + 1}`;
    if (seen.has(id)) {
      problems.push({
        path: `contacts.${index}.id`,
        message: `"${id}" is used twice: give each contact its own id`,
      });
      return;
    }
    seen.add(id);
    const kinds = new Map<string, number>();
    contacts.push({
      id,
      origin: "partner",
      name: pick(data.name, locale),
      region: data.region ?? "CA",
      role: data.role ?? "support",
      audiences: data.audiences ?? [],
      open247: data.open247 ?? false,
      use: pick(data.use, locale),
      hours: pick(data.hours, locale),
      channels: data.channels.map((channel) => {
        const count = (kinds.get(channel.kind) ?? 0) + 1;
        kinds.set(channel.kind, count);
        return {
          id: count === 1 ? channel.kind : `${channel.kind}-${count}`,
          kind: channel.kind,
          value: channel.value,
          display: channel.display ?? channel.value,
          href: channelHref(channel.kind, channel.value, channel.body),
          ...(channel.body === undefined ? {} : { body: channel.body }),
        };
      }),
      sources: [],
      lastVerified: null,
      confidence: "partner",
    });
  });
  return { contacts, problems };
}

/**
 * Validate a whole partner configuration block (already parsed from JSON). Contacts are checked one by one as in
 * {@link parsePartnerContacts}; any other top-level field is reported so a typo such as `contact` is not lost.
 */
export function parsePartnerConfig(input: unknown, locale: string = FALLBACK_LOCALE): PartnerContactsResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      contacts: [],
      problems: [{ path: "(config)", message: 'must be a JSON object, like { "contacts": [ … ] }' }],
    };
  }
  const record = input as Record<string, unknown>;
  const result = parsePartnerContacts(record.contacts, locale);
  for (const key of Object.keys(record)) {
    if (key !== "contacts" && key !== "theme") {
      result.problems.unshift({
        path: key,
        message: `unknown field: ${key.toLowerCase().startsWith("contact") ? 'did you mean "contacts"?' : 'Lantern reads "contacts" and "theme"'}`,
      });
    }
  }
  return result;
}
