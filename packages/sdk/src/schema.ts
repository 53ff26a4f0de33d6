/**
 * zod schemas for every content file and for partner overrides. They are written with `zod/mini` so the same
 * schemas validate `content/` at build time and a partner's configuration in a browser, without classic zod's
 * size or its `new Function` probe, which a strict Content-Security-Policy reports.
 *
 * Messages name the fix: an editor reading `sources: add at least one https:// URL` knows what to type.
 */
import * as z from "zod/mini";
import { plainText } from "./plain-text.js";
import {
  AUDIENCES,
  CHANNEL_KINDS,
  CONFIDENCE_LEVELS,
  CONTACT_ROLES,
  CONTENT_PHONE_PATTERN,
  DATE_PATTERN,
  EMAIL_PATTERN,
  ID_PATTERN,
  LOCALE_PATTERN,
  LOCALE_STATUSES,
  REGION_PATTERN,
  SHORT_CODE_PATTERN,
  SIGN_CATEGORIES,
  STAT_UNITS,
  URL_PATTERN,
} from "./vocabulary.js";

const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, { error: "ids are lower-case words joined by hyphens, like speaks-for-them" }));
const regionSchema = z
  .string()
  .check(z.regex(REGION_PATTERN, { error: "use an ISO 3166-2 code such as CA or CA-ON" }));

const urlSchema = z
  .string()
  .check(z.regex(URL_PATTERN, { error: "must be a full web address starting with https://" }));
const dateSchema = z.string().check(
  z.regex(DATE_PATTERN, { error: "write the date as YYYY-MM-DD, for example 2026-11-28" }),
  z.refine((value) => !DATE_PATTERN.test(value) || !Number.isNaN(Date.parse(value)), {
    error: "is not a real calendar date",
  }),
);

/** Every fact records where it comes from and when someone last checked it. */
const provenanceShape = {
  sources: z
    .array(urlSchema)
    .check(z.minLength(1, { error: "add at least one https:// URL of a page that states this fact" })),
  lastVerified: dateSchema,
  confidence: z.enum(CONFIDENCE_LEVELS),
};

/** The value of a channel must suit its kind; the message says what a right one looks like. */
function channelValueProblem(kind: string, value: string, phonePattern: RegExp): string | undefined {
  switch (kind) {
    case "phone":
      return phonePattern.test(value)
        ? undefined
        : `"${value}" is not a phone number: write it like 911 or 1-833-900-1010`;
    case "sms":
      return SHORT_CODE_PATTERN.test(value)
        ? undefined
        : `"${value}" is not a text short code: write digits only, like 686868`;
    case "email":
      return EMAIL_PATTERN.test(value)
        ? undefined
        : `"${value}" is not an email address: write it like name@example.org`;
    default:
      return URL_PATTERN.test(value) ? undefined : `"${value}" is not a web address: start it with https://`;
  }
}

function channelSchema(phonePattern: RegExp) {
  return z
    .strictObject({
      kind: z.enum(CHANNEL_KINDS),
      value: z.string(),
      display: z.optional(plainText(60)),
      id: z.optional(idSchema),
      body: z.optional(plainText(30)),
      /** `medium` when only a secondary or dated source gives this channel, though the contact is `high`. */
      confidence: z.optional(z.enum(CONFIDENCE_LEVELS)),
      /** `medium` when the channel is sure but what its note says (languages, hours) rests on a dated source. */
      noteConfidence: z.optional(z.enum(CONFIDENCE_LEVELS)),
    })
    .check(
      z.superRefine((channel, ctx) => {
        const problem = channelValueProblem(channel.kind, channel.value, phonePattern);
        if (problem)
          ctx.issues.push({ code: "custom", message: problem, path: ["value"], input: channel.value });
      }),
    );
}

const idRecord = <T extends z.core.SomeType>(value: T) => z.record(idSchema, value);

// ---------------------------------------------------------------------------------------------------------------
// content/facts/*.yaml: language-neutral facts, written once.

export const regionsFile = z.strictObject({
  regions: z.record(regionSchema, z.strictObject({ parent: z.nullable(regionSchema), ...provenanceShape })),
});

export const contactsFile = z.strictObject({
  contacts: idRecord(
    z.strictObject({
      region: regionSchema,
      role: z.enum(CONTACT_ROLES),
      audiences: z.array(z.enum(AUDIENCES)),
      open247: z.boolean(),
      channels: z
        .array(channelSchema(CONTENT_PHONE_PATTERN))
        .check(z.minLength(1, { error: "add at least one channel (phone, sms, chat, web-form or email)" })),
      ...provenanceShape,
    }),
  ),
});

export const signsFile = z.strictObject({
  signs: idRecord(
    z.strictObject({
      category: z.enum(SIGN_CATEGORIES),
      audiences: z.array(z.enum(AUDIENCES)),
      ...provenanceShape,
    }),
  ),
});

/** The contacts a text speaks of ("the hotline can help by phone"), so its promises are checked against theirs. */
const aboutContacts = z.optional(z.array(idSchema));

/**
 * Who a group or myth is for, as on signs: `[]` is everyone, a list adds it for those readers only; and `leadFor`,
 * the readers it comes first for. An audience reorders or adds; it never takes an everyone's entry away.
 */
const audienceShape = {
  audiences: z.array(z.enum(AUDIENCES)),
  leadFor: z.optional(z.array(z.enum(AUDIENCES))),
};

export const atRiskFile = z.strictObject({
  groups: idRecord(
    z.strictObject({
      /** One of the seed campaign's groups: shown first, with why, and to every audience. */
      seed: z.optional(z.boolean()),
      ...audienceShape,
      contacts: aboutContacts,
      ...provenanceShape,
    }),
  ),
});

export const mythsFile = z.strictObject({
  myths: idRecord(z.strictObject({ ...audienceShape, ...provenanceShape })),
});

const year = z
  .int()
  .check(
    z.gte(1900, { error: "write a four-digit year" }),
    z.lte(2100, { error: "write a four-digit year" }),
  );
export const statisticsFile = z.strictObject({
  statistics: idRecord(
    z.strictObject({
      value: z.number(),
      unit: z.enum(STAT_UNITS),
      period: z.strictObject({ from: year, to: year }),
      policeReported: z.boolean(),
      ...provenanceShape,
    }),
  ),
});

export const definitionsFile = z.strictObject({
  definitions: idRecord(z.strictObject({ law: z.optional(plainText(80)), ...provenanceShape })),
});

export const stepsFile = z.strictObject({
  steps: idRecord(z.strictObject({ contacts: aboutContacts, ...provenanceShape })),
});

/** Every file under `content/facts/`, by name. */
export const factFiles = {
  "regions.yaml": regionsFile,
  "contacts.yaml": contactsFile,
  "signs.yaml": signsFile,
  "at-risk.yaml": atRiskFile,
  "myths.yaml": mythsFile,
  "statistics.yaml": statisticsFile,
  "definitions.yaml": definitionsFile,
  "steps.yaml": stepsFile,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// content/locales/<lang>/*.yaml: the words, keyed by the ids above.

const text = plainText(600);

export const localeFile = z.strictObject({
  locale: z.strictObject({
    code: z
      .string()
      .check(z.regex(LOCALE_PATTERN, { error: "use a two-letter language code such as en or fr" })),
    name: plainText(40),
    dir: z.enum(["ltr", "rtl"]),
    status: z.enum(LOCALE_STATUSES),
  }),
});

export const localeContactsFile = z.strictObject({
  contacts: idRecord(
    z.strictObject({
      name: plainText(120),
      use: text,
      hours: z.optional(plainText(200)),
      channels: z.optional(idRecord(plainText(300))),
    }),
  ),
});

export const localeSignsFile = z.strictObject({ signs: idRecord(z.strictObject({ text })) });
export const localeAtRiskFile = z.strictObject({
  // `why` is optional: groups after the seed's are shown one line each, by name.
  groups: idRecord(z.strictObject({ name: plainText(120), why: z.optional(text) })),
});
export const localeMythsFile = z.strictObject({
  myths: idRecord(z.strictObject({ myth: text, fact: text })),
});
export const localeStatisticsFile = z.strictObject({ statistics: idRecord(z.strictObject({ text })) });
export const localeDefinitionsFile = z.strictObject({
  definitions: idRecord(z.strictObject({ term: plainText(120), text })),
});
export const localeStepsFile = z.strictObject({ steps: idRecord(z.strictObject({ text })) });

const name = plainText(120);
export const localeTaxonomyFile = z.strictObject({
  audiences: z.partialRecord(z.enum(AUDIENCES), name),
  categories: z.partialRecord(z.enum(SIGN_CATEGORIES), name),
  channels: z.partialRecord(z.enum(CHANNEL_KINDS), name),
  roles: z.partialRecord(z.enum(CONTACT_ROLES), name),
  regions: z.record(regionSchema, name),
});

const uiKeySchema = z
  .string()
  .check(z.regex(/^[a-z][a-zA-Z0-9]*$/, { error: "UI keys are camelCase words, like reportCta" }));
export const localeUiFile = z.strictObject({ ui: z.record(uiKeySchema, z.record(uiKeySchema, text)) });

/** A short hash of a text (see `textHash` in the SDK's node side): 10 lower-case hex digits. */
const hashSchema = z
  .string()
  .check(
    z.regex(/^[0-9a-f]{10}$/, { error: "a text hash is 10 hex digits: let lantern-content review write it" }),
  );

/**
 * `reviews.yaml`: who signed off which translated strings, each pinned to hashes of the English text it was
 * reviewed against and of the translation itself, so that a change to either turns the string back into a draft.
 */
export const localeReviewsFile = z.strictObject({
  reviews: z.array(
    z.strictObject({
      /** The reviewer, or for a carried-over record, what it carries over. */
      by: plainText(200),
      date: dateSchema,
      note: z.optional(plainText(600)),
      /** Key (`signs.speaks-for-them.text`) → `{ en: <hash of English>, text: <hash of the translation> }`. */
      strings: z.record(z.string(), z.strictObject({ en: hashSchema, text: hashSchema })),
    }),
  ),
});

/** A language tag for a "help in your language" line: a language, and a script where one language has two (`zh-Hant`). */
const lineLanguageSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/, {
    error: "use a language code such as es, or a language and script such as zh-Hans",
  }),
);

/**
 * `lines/lines.yaml`: the "help in your language" lines. One English line, and one line per language saying that and
 * nothing more, each routing to a contact's phone, whose number the renderer puts in for `{number}`.
 */
export const helpLinesFile = z.strictObject({
  /** The contact whose number `{number}` is, and the kind of its channel: a line promises only what it says. */
  contact: idSchema,
  channel: z.literal("phone", { error: "the lines route to phone interpreters: use channel: phone" }),
  ...provenanceShape,
  english: z.strictObject({ text: plainText(300), draft: plainText(60) }),
  lines: z.record(
    lineLanguageSchema,
    z.strictObject({
      /** The language's own name, in its own script: `Español`, `ਪੰਜਾਬੀ`. */
      name: plainText(40),
      dir: z.enum(["ltr", "rtl"]),
      text: plainText(300),
      /** The draft mark's words in this language, shown beside the English `draft` until a reviewer signs off. */
      draft: plainText(60),
    }),
  ),
});

/** What `lines/` holds, by name: the lines, and their review records (kept as a locale's are, keyed by language). */
export const lineFiles = {
  "lines.yaml": helpLinesFile,
  "reviews.yaml": localeReviewsFile,
} as const;

export type HelpLinesFile = z.infer<typeof helpLinesFile>;

/** Every file a locale folder may hold, by name. Only `locale.yaml` is required; the rest fall back to English. */
export const localeFiles = {
  "locale.yaml": localeFile,
  "contacts.yaml": localeContactsFile,
  "signs.yaml": localeSignsFile,
  "at-risk.yaml": localeAtRiskFile,
  "myths.yaml": localeMythsFile,
  "statistics.yaml": localeStatisticsFile,
  "definitions.yaml": localeDefinitionsFile,
  "steps.yaml": localeStepsFile,
  "taxonomy.yaml": localeTaxonomyFile,
  "ui.yaml": localeUiFile,
  "reviews.yaml": localeReviewsFile,
} as const;

export type FactFileName = keyof typeof factFiles;
export type LocaleFileName = keyof typeof localeFiles;
export type ContactsFile = z.infer<typeof contactsFile>;
export type ContactFact = ContactsFile["contacts"][string];
export type ChannelFact = ContactFact["channels"][number];
