/**
 * @lantern/sdk: typed, sourced content about human trafficking in Canada, and the queries widgets and partner
 * integrations use to read it. This entry is the same in Node and browsers and contains no validation library;
 * partner overrides are validated by `@lantern/sdk/overrides`, content files by `@lantern/sdk/node`.
 *
 * @example
 * import { contacts, signsByCategory, text } from "@lantern/sdk";
 * import fr from "@lantern/sdk/content/fr";
 * contacts(fr, { region: "CA-ON", audience: "youth" }); // 911 first, then the national hotline…
 *
 * @module
 */
export type {
  AtRiskGroup,
  AudienceFit,
  Channel,
  Contact,
  ContentBundle,
  Definition,
  HelpLine,
  HelpLinePart,
  HelpLines,
  LocaleInfo,
  Myth,
  Provenance,
  Region,
  Sign,
  Statistic,
  Step,
  Taxonomy,
} from "./bundle.js";
export { channelHref } from "./channels.js";
export {
  addMonths,
  FRESHNESS,
  type Freshness,
  type FreshnessPolicy,
  freshness,
  todayUtc,
} from "./freshness.js";
export type { UiKey } from "./generated/ui-keys.js";
export { UI_KEYS } from "./generated/ui-keys.js";
export { closest, suggest } from "./issues.js";
export {
  type AudienceOptions,
  atRiskGroups,
  type ContactOptions,
  contact,
  contacts,
  definitions,
  isFallback,
  isOpenGroup,
  isRegion,
  type ListOptions,
  leadsFor,
  myths,
  type ProvenanceSummary,
  provenance,
  regionChain,
  type SignGroup,
  signs,
  signsByCategory,
  statistics,
  steps,
  text,
} from "./queries.js";
export {
  AUDIENCES,
  type Audience,
  CHANNEL_KINDS,
  type ChannelKind,
  CONTACT_ROLES,
  type Confidence,
  type ContactRole,
  FALLBACK_LOCALE,
  isOneOf,
  type LocaleStatus,
  PARTNER_ROLES,
  type PartnerRole,
  SIGN_CATEGORIES,
  type SignCategory,
  type StatUnit,
} from "./vocabulary.js";
