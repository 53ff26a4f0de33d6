import type { UiKey } from "./generated/ui-keys.js";
import type {
  Audience,
  ChannelKind,
  Confidence,
  ContactRole,
  LocaleStatus,
  SignCategory,
  StatUnit,
} from "./vocabulary.js";

/**
 * Where a fact comes from. Every entry in a bundle carries it, so a widget can show "Last verified" and its
 * sources, and an editor can see what to re-check.
 */
export interface Provenance {
  /** URLs of the pages that state this fact. */
  sources: string[];
  /** `YYYY-MM-DD`: when someone last checked the sources. */
  lastVerified: string;
  confidence: Confidence;
}

/** One way to reach a contact point. */
export interface Channel {
  /** Unique within its contact: the kind, unless a contact has two channels of one kind. */
  id: string;
  kind: ChannelKind;
  /** Exactly as in the canonical contact list: `1-833-900-1010`, `686868`, a URL or an address. */
  value: string;
  /** How to show the value: `1-800-222-TIPS (8477)`; equals `value` unless the source spells it otherwise. */
  display: string;
  /** The link target: `tel:+18339001010`, `sms:686868?body=CONNECT`, `mailto:…` or the URL. */
  href: string;
  /** Text-message keyword, for `sms` channels that need one. */
  body?: string;
  /** A short note in the bundle's language, such as interpretation or opening details. */
  note?: string;
  /**
   * `medium` when only a secondary or dated source gives this channel although its contact is `high`; absent when
   * the channel is as sure as its contact. Queries leave medium channels out unless `includeMedium`.
   */
  confidence?: "medium";
  /** `medium` when the note rests on a dated source although the channel is sure: left out unless `includeMedium`. */
  noteConfidence?: "medium";
}

/** A service someone can contact: 911, the national hotline, a regional line, or a partner's own line. */
export interface Contact {
  id: string;
  /** `lantern` for Lantern's sourced content; `partner` for contacts a partner supplied on its own page. */
  origin: "lantern" | "partner";
  name: string;
  /** ISO 3166-2: `CA` for national services, `CA-ON` for Ontario. */
  region: string;
  role: ContactRole;
  /** Reader audiences it is meant for; empty means everyone. */
  audiences: Audience[];
  open247: boolean;
  /** What to contact it for, in one or two sentences. */
  use: string;
  /** Opening hours in words; empty when unknown. */
  hours: string;
  channels: Channel[];
  sources: string[];
  /** `YYYY-MM-DD`, or `null` for partner contacts, which the partner keeps current. */
  lastVerified: string | null;
  confidence: Confidence | "partner";
}

export interface Region extends Provenance {
  code: string;
  parent: string | null;
  name: string;
}

export interface Sign extends Provenance {
  id: string;
  category: SignCategory;
  audiences: Audience[];
  text: string;
}

/** Who an at-risk group or a myth is for, and whom it comes first for. */
export interface AudienceFit {
  /** Reader audiences it is added for; empty means everyone. */
  audiences: Audience[];
  /** Reader audiences it comes first for (`hospitality`: migrant workers); empty for none. */
  leadFor: Audience[];
}

export interface AtRiskGroup extends Provenance, AudienceFit {
  id: string;
  name: string;
  /** Why traffickers target the group; empty for groups shown by name only. */
  why: string;
  /** One of the seed campaign's groups (OPP, 2017): shown first and open, to every audience. */
  seed: boolean;
}

export interface Myth extends Provenance, AudienceFit {
  id: string;
  myth: string;
  fact: string;
}

export interface Statistic extends Provenance {
  id: string;
  value: number;
  unit: StatUnit;
  period: { from: number; to: number };
  policeReported: boolean;
  /** The sentence to show; it names the period and, for police data, says so. */
  text: string;
}

export interface Definition extends Provenance {
  id: string;
  term: string;
  text: string;
  /** A legal citation such as `Criminal Code s. 279.01`. */
  law?: string;
}

export interface Step extends Provenance {
  id: string;
  text: string;
}

export interface LocaleInfo {
  /** `en`, `fr`, `ar`… */
  code: string;
  /** The language's own name: `Français`. */
  name: string;
  dir: "ltr" | "rtl";
  status: LocaleStatus;
}

/** Display names of the vocabularies, in the bundle's language. */
export interface Taxonomy {
  audiences: Record<Audience, string>;
  categories: Record<SignCategory, string>;
  channels: Record<ChannelKind, string>;
  roles: Record<ContactRole, string>;
  regions: Record<string, string>;
}

/**
 * Everything Lantern says, in one language: the output of `lantern-content build`, one per locale, imported as
 * `@lantern/sdk/content/<lang>` or fetched as `@lantern/sdk/content/<lang>.json`.
 */
export interface ContentBundle {
  /** Bumped when the bundle's shape changes incompatibly. */
  format: 1;
  locale: LocaleInfo;
  /** Keys whose text is English because this locale lacks them (`ui.common.close`, `signs.speaks-for-them`). */
  fallback: string[];
  /**
   * How much of this locale a fluent reviewer has signed off, string by string against the current English:
   * `reviewed`, `draft` (translated, not or no longer signed off) and `missing` (shown in English, listed in
   * `fallback`). A locale whose `status` is `draft` must be shown with a visible draft mark wherever it renders.
   */
  review: { reviewed: number; draft: number; missing: number };
  /**
   * Present only in a draft locale: the mark every rendering of it must show, in its language (`text`) and in
   * English (`en`), so that a reader of either knows no fluent reviewer has checked it.
   */
  draftNotice?: { text: string; en: string };
  ui: Record<UiKey, string>;
  /**
   * Every `lastVerified` date in the bundle, written out in its language at build time (`2026-11-28` →
   * `November 28, 2026`), so a widget shows dates without creating a date formatter in the browser, which costs
   * tens of milliseconds on a slow phone.
   */
  dates: Record<string, string>;
  taxonomy: Taxonomy;
  regions: Region[];
  contacts: Contact[];
  signs: Sign[];
  groups: AtRiskGroup[];
  myths: Myth[];
  statistics: Statistic[];
  definitions: Definition[];
  steps: Step[];
}

/**
 * One piece of a "help in your language" line: its words, or the contact's phone number, which a renderer shows as
 * a `tel:` link in a left-to-right isolate (`<bdi dir="ltr">`) so that it reads the same inside right-to-left text.
 * Other figures of the line (`24/7`) come as `digits`, to be isolated the same way.
 */
export type HelpLinePart = { text: string } | { phone: true } | { digits: string };

/** One language's line: it says, in that language, what the English line says, and nothing more. */
export interface HelpLine {
  /** BCP 47: `es`, `pa`, `zh-Hans`. Every element that shows the line carries it as `lang`. */
  lang: string;
  /** The language's own name, in its own script: `Español`, `ਪੰਜਾਬੀ`, `العربية`. */
  name: string;
  dir: "ltr" | "rtl";
  parts: HelpLinePart[];
  /** `reviewed` once a fluent reviewer signed this line off against the current English; otherwise `draft`. */
  status: "reviewed" | "draft";
  /**
   * Present only on a draft: the mark it must show, in its language (`text`) and in English (`en`), wherever it
   * renders, screen and paper.
   */
  draft?: { text: string; en: string };
}

/**
 * The "help in your language" lines: `@lantern/sdk/content/lines`, the same for every page language. Each routes a
 * reader of neither official language to the hotline's phone interpreters.
 */
export interface HelpLines {
  format: 1;
  /** The contact the lines route to, and the phone channel whose number every line shows. */
  contact: string;
  phone: { value: string; display: string; href: string };
  /** The English line every line translates, with `{number}` where the number goes. */
  english: string;
  lines: HelpLine[];
  review: { reviewed: number; draft: number };
  sources: string[];
  lastVerified: string;
  confidence: Confidence;
}
