/**
 * Compiles a validated content tree into one {@link ContentBundle} per locale. A locale's missing words are
 * filled from English key by key, and each filled key is listed in `fallback` so widgets can mark it `lang="en"`.
 */
import type { Contact, ContentBundle, Taxonomy } from "../bundle.js";
import { channelHref } from "../channels.js";
import type { UiKey } from "../generated/ui-keys.js";
import { typeset } from "../typography.js";
import { AUDIENCES, CHANNEL_KINDS, CONTACT_ROLES, FALLBACK_LOCALE, SIGN_CATEGORIES } from "../vocabulary.js";
import type { Content } from "./load.js";
import { countStates, reviewStates } from "./strings.js";

type Words = Record<string, unknown>;
type LocaleFiles = NonNullable<ReturnType<Content["locales"]["get"]>>;

/** Compile the bundle for `code`, which must be a locale of `content`. */
export function compileBundle(content: Content, code: string): ContentBundle {
  const ownFiles = content.locales.get(code);
  const englishFiles = content.locales.get(FALLBACK_LOCALE);
  if (!ownFiles || !englishFiles) throw new RangeError(`No locale "${code}" in this content tree.`);
  const own: LocaleFiles = ownFiles;
  const english: LocaleFiles = englishFiles;
  const fallback: string[] = [];

  /** Every string in `value` typeset for `locale` (see `typeset`): the build, not the editor, sets typography. */
  const set = <T>(value: T, locale: string): T =>
    (typeof value === "string"
      ? typeset(value, locale)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, set(child, locale)]))
        : value) as T;

  /** The words for `id` in `group` of `file`, from this locale or, failing that, from English. */
  function words<T extends Words>(file: keyof LocaleFiles, group: string, id: string): T {
    const pick = (files: LocaleFiles) =>
      (files[file] as Record<string, Record<string, T>> | undefined)?.[group]?.[id];
    const mine = pick(own);
    if (mine) return set(mine, code);
    fallback.push(`${group}.${id}`);
    // Validation guarantees English has every id, so this is always defined.
    return set(pick(english) as T, FALLBACK_LOCALE);
  }
  const provenance = (fact: { sources: string[]; lastVerified: string; confidence: "high" | "medium" }) => ({
    sources: fact.sources,
    lastVerified: fact.lastVerified,
    confidence: fact.confidence,
  });

  const ui = {} as Record<UiKey, string>;
  const englishUi = english["ui.yaml"]?.ui ?? {};
  for (const [group, strings] of Object.entries(englishUi)) {
    for (const [key, value] of Object.entries(strings)) {
      const mine = own["ui.yaml"]?.ui[group]?.[key];
      if (mine === undefined) fallback.push(`ui.${group}.${key}`);
      (ui as Record<string, string>)[`${group}.${key}`] =
        mine === undefined ? typeset(value, FALLBACK_LOCALE) : typeset(mine, code);
    }
  }

  function names<K extends string>(group: keyof Taxonomy, keys: readonly K[]): Record<K, string> {
    const result = {} as Record<K, string>;
    for (const key of keys) {
      const mine = (own["taxonomy.yaml"]?.[group] as Record<string, string> | undefined)?.[key];
      if (mine === undefined) fallback.push(`taxonomy.${group}.${key}`);
      const englishName = (english["taxonomy.yaml"]?.[group] as Record<string, string> | undefined)?.[key];
      result[key] =
        mine !== undefined
          ? typeset(mine, code)
          : englishName !== undefined
            ? typeset(englishName, FALLBACK_LOCALE)
            : key;
    }
    return result;
  }
  const regionCodes = Object.keys(content.facts["regions.yaml"].regions);
  const taxonomy: Taxonomy = {
    audiences: names("audiences", AUDIENCES),
    categories: names("categories", SIGN_CATEGORIES),
    channels: names("channels", CHANNEL_KINDS),
    roles: names("roles", CONTACT_ROLES),
    regions: names("regions", regionCodes),
  };

  const contacts: Contact[] = Object.entries(content.facts["contacts.yaml"].contacts).map(([id, fact]) => {
    const text = words<{ name: string; use: string; hours?: string; channels?: Record<string, string> }>(
      "contacts.yaml",
      "contacts",
      id,
    );
    return {
      id,
      origin: "lantern",
      name: text.name,
      region: fact.region,
      role: fact.role,
      audiences: fact.audiences,
      open247: fact.open247,
      use: text.use,
      hours: text.hours ?? "",
      channels: fact.channels.map((channel) => {
        const channelId = channel.id ?? channel.kind;
        const note = text.channels?.[channelId];
        // Written only where it differs from the contact's, so a bundle carries it for the few channels concerned.
        const mediumChannel = fact.confidence === "high" && channel.confidence === "medium";
        const mediumNote =
          fact.confidence === "high" && !mediumChannel && channel.noteConfidence === "medium";
        return {
          id: channelId,
          kind: channel.kind,
          value: channel.value,
          display: channel.display ?? channel.value,
          href: channelHref(channel.kind, channel.value, channel.body),
          ...(channel.body === undefined ? {} : { body: channel.body }),
          ...(note === undefined ? {} : { note }),
          ...(mediumChannel ? { confidence: "medium" as const } : {}),
          ...(mediumNote && note !== undefined ? { noteConfidence: "medium" as const } : {}),
        };
      }),
      ...provenance(fact),
    };
  });

  const facts = content.facts;
  const meta = own["locale.yaml"].locale;
  const allFacts = [
    facts["regions.yaml"].regions,
    facts["contacts.yaml"].contacts,
    facts["signs.yaml"].signs,
    facts["at-risk.yaml"].groups,
    facts["myths.yaml"].myths,
    facts["statistics.yaml"].statistics,
    facts["definitions.yaml"].definitions,
    facts["steps.yaml"].steps,
  ].flatMap((group) => Object.values(group) as { lastVerified: string }[]);
  const dateFormat = new Intl.DateTimeFormat(meta.code, { dateStyle: "long", timeZone: "UTC" });
  const dates = Object.fromEntries(
    [...new Set(allFacts.map((fact) => fact.lastVerified))].sort().map((date) => {
      const [year, month, day] = date.split("-").map(Number) as [number, number, number];
      return [date, dateFormat.format(Date.UTC(year, month - 1, day))];
    }),
  );
  return {
    format: 1,
    locale: { code: meta.code, name: meta.name, dir: meta.dir, status: meta.status },
    fallback,
    review: countStates(reviewStates(content, code)),
    ...(meta.status === "draft"
      ? {
          draftNotice: {
            text: (ui as Record<string, string>)["draft.notice"] ?? "",
            en: typeset(english["ui.yaml"]?.ui.draft?.notice ?? "", FALLBACK_LOCALE),
          },
        }
      : {}),
    ui,
    dates,
    taxonomy,
    regions: Object.entries(facts["regions.yaml"].regions).map(([regionCode, fact]) => ({
      code: regionCode,
      parent: fact.parent,
      name: taxonomy.regions[regionCode] ?? regionCode,
      ...provenance(fact),
    })),
    contacts,
    signs: Object.entries(facts["signs.yaml"].signs).map(([id, fact]) => ({
      id,
      category: fact.category,
      audiences: fact.audiences,
      text: words<{ text: string }>("signs.yaml", "signs", id).text,
      ...provenance(fact),
    })),
    groups: Object.entries(facts["at-risk.yaml"].groups).map(([id, fact]) => {
      const text = words<{ name: string; why?: string }>("at-risk.yaml", "groups", id);
      return {
        id,
        name: text.name,
        why: text.why ?? "",
        seed: fact.seed === true,
        audiences: fact.audiences,
        leadFor: fact.leadFor ?? [],
        ...provenance(fact),
      };
    }),
    myths: Object.entries(facts["myths.yaml"].myths).map(([id, fact]) => {
      const text = words<{ myth: string; fact: string }>("myths.yaml", "myths", id);
      return {
        id,
        myth: text.myth,
        fact: text.fact,
        audiences: fact.audiences,
        leadFor: fact.leadFor ?? [],
        ...provenance(fact),
      };
    }),
    statistics: Object.entries(facts["statistics.yaml"].statistics).map(([id, fact]) => ({
      id,
      value: fact.value,
      unit: fact.unit,
      period: fact.period,
      policeReported: fact.policeReported,
      text: words<{ text: string }>("statistics.yaml", "statistics", id).text,
      ...provenance(fact),
    })),
    definitions: Object.entries(facts["definitions.yaml"].definitions).map(([id, fact]) => {
      const text = words<{ term: string; text: string }>("definitions.yaml", "definitions", id);
      return {
        id,
        term: text.term,
        text: text.text,
        ...(fact.law ? { law: fact.law } : {}),
        ...provenance(fact),
      };
    }),
    steps: Object.entries(facts["steps.yaml"].steps).map(([id, fact]) => ({
      id,
      text: words<{ text: string }>("steps.yaml", "steps", id).text,
      ...provenance(fact),
    })),
  };
}

/** The UI keys English defines, sorted: the source of the `UiKey` type. */
export function uiKeys(content: Content): string[] {
  const ui = content.locales.get(FALLBACK_LOCALE)?.["ui.yaml"]?.ui ?? {};
  return Object.entries(ui)
    .flatMap(([group, strings]) => Object.keys(strings).map((key) => `${group}.${key}`))
    .sort();
}

/** The TypeScript module that declares `UiKey`, generated from English `ui.yaml`. */
export function uiKeysModule(keys: readonly string[]): string {
  return `// Generated by \`lantern-content build\` from content/locales/en/ui.yaml. Do not edit: edit the YAML.

/** Every UI string key, from English, the complete locale. */
export const UI_KEYS = [
${keys.map((key) => `  "${key}",`).join("\n")}
] as const;

/** A UI string key such as \`reportButton.label\`. */
export type UiKey = (typeof UI_KEYS)[number];
`;
}
