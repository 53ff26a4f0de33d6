import type {
  AtRiskGroup,
  AudienceFit,
  Contact,
  ContentBundle,
  Definition,
  Myth,
  Provenance,
  Sign,
  Statistic,
  Step,
} from "./bundle.js";
import type { UiKey } from "./generated/ui-keys.js";
import { type Audience, CONTACT_ROLES, SIGN_CATEGORIES, type SignCategory } from "./vocabulary.js";

/** Options shared by every list query. */
export interface ListOptions {
  /**
   * Include facts of `medium` confidence (secondary or dated sources). Off by default: they never appear in a
   * default configuration, and a widget that opts in must show their "last verified" date.
   */
  includeMedium?: boolean;
}

export interface AudienceOptions extends ListOptions {
  /** Who is reading. Facts meant for everyone are always included; `general` (the default) adds nothing. */
  audience?: Audience;
}

function visible<T extends { confidence: string }>(items: readonly T[], options: ListOptions): T[] {
  return options.includeMedium ? [...items] : items.filter((item) => item.confidence !== "medium");
}

/**
 * The contact without its medium channels and medium notes, unless `includeMedium`: confidence belongs to each
 * channel and note, so a sure contact does not carry an unsure web form or a dated language note into a default
 * configuration.
 */
function sureParts(contact: Contact, options: ListOptions): Contact {
  if (options.includeMedium) return contact;
  if (
    !contact.channels.some(
      (channel) => channel.confidence === "medium" || channel.noteConfidence === "medium",
    )
  ) {
    return contact;
  }
  return {
    ...contact,
    channels: contact.channels
      .filter((channel) => channel.confidence !== "medium")
      .map((channel) => {
        if (channel.noteConfidence !== "medium") return channel;
        const { note: _note, noteConfidence: _noteConfidence, ...sure } = channel;
        return sure;
      }),
  };
}

function forAudience(audiences: readonly Audience[], audience: Audience | undefined): boolean {
  return audiences.length === 0 || (audience !== undefined && audiences.includes(audience));
}

/**
 * A UI string, with `{placeholders}` filled from `params`. Compiled bundles hold every key (missing translations
 * were filled with English at build time, see {@link isFallback}), so the key itself comes back only for a bundle
 * built by an older Lantern that lacks a newer key.
 */
export function text(bundle: ContentBundle, key: UiKey, params?: Record<string, string | number>): string {
  const template = (bundle.ui as Record<string, string | undefined>)[key];
  if (template === undefined) return key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * True when the text at `key` (`ui.common.close`, `signs.speaks-for-them`) is shown in English because the
 * bundle's locale lacks it. Widgets mark such text with `lang="en"` so screen readers pronounce it correctly.
 */
export function isFallback(bundle: ContentBundle, key: string): boolean {
  return bundle.fallback.includes(key);
}

/** Warning signs for an audience, optionally one category, in display order. */
export function signs(
  bundle: ContentBundle,
  options: AudienceOptions & { category?: SignCategory } = {},
): Sign[] {
  return visible(bundle.signs, options).filter(
    (sign) =>
      forAudience(sign.audiences, options.audience) &&
      (options.category === undefined || sign.category === options.category),
  );
}

export interface SignGroup {
  category: SignCategory;
  /** The category's name in the bundle's language. */
  name: string;
  signs: Sign[];
}

/** Warning signs grouped by category, in the fixed category order, leaving out empty categories. */
export function signsByCategory(bundle: ContentBundle, options: AudienceOptions = {}): SignGroup[] {
  const list = signs(bundle, options);
  return SIGN_CATEGORIES.map((category) => ({
    category,
    name: bundle.taxonomy.categories[category],
    signs: list.filter((sign) => sign.category === category),
  })).filter((group) => group.signs.length > 0);
}

/** True when `code` is a region the bundle knows (`CA`, `CA-ON`…). */
export function isRegion(bundle: ContentBundle, code: string): boolean {
  return bundle.regions.some((region) => region.code === code);
}

/**
 * The region and every region containing it, most specific first: `CA-ON` → `["CA-ON", "CA"]`.
 * @throws RangeError naming the known codes when `code` is not a known region.
 */
export function regionChain(bundle: ContentBundle, code: string): string[] {
  const chain: string[] = [];
  let current: string | null = code;
  while (current !== null && !chain.includes(current)) {
    const region = bundle.regions.find((r) => r.code === current);
    if (!region) {
      throw new RangeError(
        `Unknown region "${code}". Use an ISO 3166-2 code: ${bundle.regions.map((r) => r.code).join(", ")}.`,
      );
    }
    chain.push(region.code);
    current = region.parent;
  }
  return chain;
}

export interface ContactOptions extends AudienceOptions {
  /** ISO 3166-2 code; `CA` (national only) by default. A province adds its own lines to the national ones. */
  region?: string;
  /** A partner's own contacts, already validated by `@lantern/sdk/overrides`; they never hide Lantern's. */
  partner?: readonly Contact[];
}

/**
 * Contacts for a region and audience, most urgent first: 911, then the national hotline, anonymous tips, support
 * and information lines. National contacts are always included; a region only adds. Within a role, national
 * contacts come before regional ones, and Lantern's before the partner's.
 * @throws RangeError when `region` is unknown.
 */
export function contacts(bundle: ContentBundle, options: ContactOptions = {}): Contact[] {
  const chain = regionChain(bundle, options.region ?? "CA");
  const depth = (contact: Contact) => {
    const index = chain.indexOf(contact.region);
    return index === -1 ? chain.length : chain.length - index;
  };
  const lantern = visible(bundle.contacts, options)
    .filter((contact) => chain.includes(contact.region) && forAudience(contact.audiences, options.audience))
    .map((contact) => sureParts(contact, options));
  const all = [...lantern, ...(options.partner ?? [])];
  const rank = (contact: Contact) => CONTACT_ROLES.indexOf(contact.role);
  // Array.prototype.sort is stable, so file order survives within a role and depth.
  return all.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      depth(a) - depth(b) ||
      Number(a.origin === "partner") - Number(b.origin === "partner"),
  );
}

/**
 * A Lantern contact by id, such as `ca-human-trafficking-hotline`. Its medium-confidence channels and notes are left
 * out unless `includeMedium`, as in {@link contacts}; the contact itself is returned whatever its confidence.
 */
export function contact(bundle: ContentBundle, id: string, options: ListOptions = {}): Contact | undefined {
  const found = bundle.contacts.find((entry) => entry.id === id);
  return found && sureParts(found, options);
}

/** True when `item` comes first for `audience` (`leadFor`): a hotel's staff read about migrant workers first. */
export function leadsFor(item: AudienceFit, audience: Audience | undefined): boolean {
  return audience !== undefined && item.leadFor.includes(audience);
}

/**
 * The items for an audience: everyone's, plus the audience's own, with those that lead for it moved to the front.
 * An audience only reorders and adds, so no reader ever sees fewer of everyone's items.
 */
function forReader<T extends AudienceFit & { confidence: string }>(
  items: readonly T[],
  options: AudienceOptions,
  rank: (item: T) => number = () => 0,
): T[] {
  const order = (item: T) => (leadsFor(item, options.audience) ? 0 : 1 + rank(item));
  // Array.prototype.sort is stable: within a rank, file order stays.
  return visible(items, options)
    .filter((item) => forAudience(item.audiences, options.audience))
    .sort((a, b) => order(a) - order(b));
}

/**
 * The groups traffickers target more often, with why: those that lead for the audience first (youth: young people),
 * then the seed campaign's groups, then the rest. Every audience sees every seed group (validation refuses
 * `audiences` on one). Anyone can be trafficked: show the list under an intro that says so.
 */
export function atRiskGroups(bundle: ContentBundle, options: AudienceOptions = {}): AtRiskGroup[] {
  return forReader(bundle.groups, options, (group) => (group.seed ? 0 : 1));
}

/**
 * True when the at-risk card shows `group` open, with why: a seed group, or one that leads for the audience. The
 * rest are shown one line each, so a long list stays short on a phone.
 */
export function isOpenGroup(group: AtRiskGroup, audience?: Audience): boolean {
  return group.seed || leadsFor(group, audience);
}

/** Common myths, each with the fact that answers it: those that lead for the audience first. */
export function myths(bundle: ContentBundle, options: AudienceOptions = {}): Myth[] {
  return forReader(bundle.myths, options);
}

/** Statistics, each naming its period; police-reported ones say so in their text. */
export function statistics(bundle: ContentBundle, options: ListOptions = {}): Statistic[] {
  return visible(bundle.statistics, options);
}

/** Legal and plain-language definitions: what trafficking is and is not. */
export function definitions(bundle: ContentBundle, options: ListOptions = {}): Definition[] {
  return visible(bundle.definitions, options);
}

/** What to do if you suspect trafficking, in order. */
export function steps(bundle: ContentBundle, options: ListOptions = {}): Step[] {
  return visible(bundle.steps, options);
}

export interface ProvenanceSummary {
  /** Every distinct source URL, in first-seen order. */
  sources: string[];
  /** The oldest `lastVerified` date among the items: the whole list is at least this current. */
  lastVerified: string | null;
}

/** Sources and the oldest "last verified" date of a list, for a widget's footer. */
export function provenance(
  items: readonly Pick<Provenance, "sources" | "lastVerified">[],
): ProvenanceSummary {
  const sources = [...new Set(items.flatMap((item) => item.sources))];
  const dates = items.map((item) => item.lastVerified).sort();
  return { sources, lastVerified: dates[0] ?? null };
}
