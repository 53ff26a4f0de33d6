/**
 * A partner's own lines from an Open Referral HSDS 3.0 file (the sector's directory format: services with their
 * phones, service areas and `assured_date`) into Lantern's partner configuration block.
 *
 * Browser-safe and free of zod: the demo's configurator bundles it, and `lantern-content import --format hsds` runs
 * it in Node. It only reads and maps; the caller then checks the candidates with the partner-override rules
 * (`parsePartnerConfig` from `@lantern/sdk/overrides`, passed in to {@link checkImport}), so an imported line is held
 * to exactly the rules of a line typed by hand.
 *
 * The mapping, field by field, is in docs/hsds.md.
 * @module
 */

import { FRESHNESS, type FreshnessPolicy, freshness } from "./freshness.js";
import type { OverrideProblem, PartnerContactInput } from "./overrides.js";
import { MAX_PARTNER_CONTACTS } from "./vocabulary.js";

/** The few HSDS 3.0 fields the import reads (a service, as in `schema/service.json`). */
interface HsdsService {
  id?: unknown;
  name?: unknown;
  description?: unknown;
  email?: unknown;
  status?: unknown;
  assured_date?: unknown;
  phones?: unknown;
  service_areas?: unknown;
  schedules?: unknown;
  service_at_locations?: unknown;
}

/** What the import needs to know of Lantern: its own lines (to catch a collision) and its regions. */
export interface HsdsImportOptions {
  /** Lantern's contacts (a bundle's `contacts`), to refuse a record that reuses one of their numbers. */
  lantern: readonly { id: string; name: string; channels: readonly { kind: string; value: string }[] }[];
  /** Lantern's regions (a bundle's `regions`): a service area must name one, by code or by name. */
  regions: readonly { code: string; name: string }[];
  /** `YYYY-MM-DD`: the day `assured_date` is judged on (the freshness policy's failure limit). */
  today: string;
  policy?: FreshnessPolicy;
}

/** One service of the file, usable or not. */
export interface HsdsRecord {
  /** The record's HSDS `id`, or `#<n>` (its 1-based position) when it has none. */
  ref: string;
  name: string;
  /** The partner contact it maps to; absent when the record cannot be used. */
  contact?: PartnerContactInput;
  /** Why it cannot be used, in words a partner can act on; absent when it can. */
  problem?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];
const digitsOf = (value: string) => value.replace(/\D/g, "");

/**
 * The services in an HSDS JSON document: an array of services (what `lantern-content export --format hsds`
 * writes, and the compiled `service_package` schema), an API page (`{ "contents": [...] }`), one service, or
 * organizations carrying `services`.
 */
export function hsdsServices(data: unknown): HsdsService[] {
  const items = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.contents)
      ? data.contents
      : [data];
  return items
    .filter(isRecord)
    .flatMap((item) => (Array.isArray(item.services) ? list(item.services) : [item]));
}

/** A Lantern region for an HSDS service area: by code in `extent` or `uri` (`CA-ON`), or by name ("Ontario"). */
function regionOf(area: Record<string, unknown>, regions: HsdsImportOptions["regions"]): string | undefined {
  const words = [str(area.extent), str(area.name), str(area.uri).split(/[/#:]/).at(-1) ?? ""].map((word) =>
    word.toLowerCase(),
  );
  return regions.find(
    (region) => words.includes(region.code.toLowerCase()) || words.includes(region.name.toLowerCase()),
  )?.code;
}

/** A lower-case, hyphenated id from a name, as partner contact ids are written: "North Shelter" → `north-shelter`. */
function slug(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return base || "partner";
}

/** At most `max` characters, cut after the last whole sentence that fits (or word, for one long sentence). */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.match(/^[\s\S]*[.!?](?=\s)/)?.[0];
  return sentence ?? `${cut.slice(0, cut.lastIndexOf(" ")).trimEnd()}…`;
}

/** Turn one HSDS service into a partner contact, or say why it cannot be one. */
function mapService(service: HsdsService, index: number, options: HsdsImportOptions): HsdsRecord {
  const ref = str(service.id) || `#${index + 1}`;
  const name = str(service.name);
  const fail = (problem: string): HsdsRecord => ({ ref, name, problem });
  if (!name) return fail("has no name: give the service a name");
  const status = str(service.status);
  if (status && status !== "active")
    return fail(`is "${status}", not active: only active services are shown`);

  const assured = str(service.assured_date);
  const policy = options.policy ?? FRESHNESS;
  if (assured && freshness(assured, options.today, policy) === "stale") {
    return fail(
      `was last checked on ${assured} (assured_date), more than ${policy.failAfterMonths} months ago: check the line, update assured_date, and import it again`,
    );
  }

  // Voice, cell and unspecified are calls; "text" is SMS (only a short code); fax, pager, video and textphone are
  // ways a widget cannot offer with a link, so they are left out.
  const channels: PartnerContactInput["channels"] = [];
  for (const phone of list(service.phones)) {
    const number = str(phone.number);
    const type = str(phone.type).toLowerCase();
    if (!number) continue;
    if (type === "text" && /^\d{3,8}$/.test(digitsOf(number)) && digitsOf(number) === number) {
      channels.push({ kind: "sms", value: number });
    } else if (type === "" || type === "voice" || type === "cell") {
      channels.push({ kind: "phone", value: number });
    }
  }
  if (!channels.some((channel) => channel.kind === "phone" || channel.kind === "sms")) {
    return fail(
      "has no phone number to call or text: add one to phones (type voice) or leave the record out",
    );
  }
  for (const channel of channels) {
    const digits = digitsOf(channel.value);
    const owner = options.lantern.find((contact) =>
      contact.channels.some(
        (theirs) => (theirs.kind === "phone" || theirs.kind === "sms") && digitsOf(theirs.value) === digits,
      ),
    );
    if (!owner) continue;
    return fail(
      owner.name.toLowerCase() === name.toLowerCase()
        ? `${channel.value} is ${owner.name}, which Lantern already shows everywhere: leave it out`
        : `${channel.value} is the number of ${owner.name} in Lantern, listed here as "${name}": check the number; Lantern shows ${owner.name} already`,
    );
  }
  const email = str(service.email);
  if (email) channels.push({ kind: "email", value: email });

  const areas = list(service.service_areas);
  const regions = [...new Set(areas.map((area) => regionOf(area, options.regions)).filter(Boolean))];
  if (regions.length === 0) {
    return fail(
      areas.length
        ? `has no service area Lantern knows (${areas.map((area) => str(area.name) || str(area.extent)).join(", ")}): name a province or territory, like CA-ON or Ontario, in service_areas`
        : "has no service area: add one to service_areas naming its province, like CA-ON or Ontario",
    );
  }
  // A line serving several provinces is shown in all of them: the closest common region is Canada.
  const region = regions.length === 1 ? (regions[0] as string) : "CA";

  const description = str(service.description);
  const hours = list(service.schedules)
    .map((schedule) => str(schedule.description))
    .filter(Boolean)
    .join(" ");
  const contact: PartnerContactInput = {
    id: slug(name),
    name: shorten(name, 120),
    region,
    channels: channels.slice(0, 6),
    ...(description ? { use: shorten(description, 400) } : {}),
    ...(hours ? { hours: shorten(hours, 200) } : {}),
  };
  return { ref, name, contact };
}

/**
 * Read every service of an HSDS document and map each to a partner contact, or to the reason it cannot be one.
 * Ids are made unique (`north-shelter`, `north-shelter-2`) so two services with one name both survive.
 */
export function readHsds(data: unknown, options: HsdsImportOptions): HsdsRecord[] {
  const used = new Set<string>();
  return hsdsServices(data).map((service, index) => {
    const record = mapService(service, index, options);
    if (record.contact?.id) {
      let id = record.contact.id;
      for (let n = 2; used.has(id); n++) id = `${record.contact.id}-${n}`;
      used.add(id);
      record.contact.id = id;
    }
    return record;
  });
}

/** What {@link checkImport} returns: the configuration block, and one message per record left out. */
export interface HsdsImport {
  /** The partner configuration block: `{ "contacts": [...] }`, every contact valid. */
  config: { contacts: PartnerContactInput[] };
  /** Each record that cannot be used: its reference, name and why. */
  rejected: { ref: string; name: string; message: string }[];
}

/**
 * Keep the chosen usable records (all of them when `chosen` is absent), check them with the partner-override rules
 * (`parsePartnerConfig` from `@lantern/sdk/overrides`), and give the configuration block with one message per
 * record left out: unusable in HSDS terms, or refused by the override rules (with the field and the fix).
 */
export function checkImport(
  records: readonly HsdsRecord[],
  parsePartnerConfig: (input: unknown) => { problems: OverrideProblem[] },
  chosen?: readonly string[],
): HsdsImport {
  const picked = chosen ? records.filter((record) => chosen.includes(record.ref)) : records;
  const rejected: HsdsImport["rejected"] = [];
  const candidates: HsdsRecord[] = [];
  for (const record of picked) {
    if (record.contact && candidates.length >= MAX_PARTNER_CONTACTS) {
      rejected.push({
        ref: record.ref,
        name: record.name,
        message: `over the ${MAX_PARTNER_CONTACTS} lines a widget shows: choose the ones people need most`,
      });
    } else if (record.contact) candidates.push(record);
    else rejected.push({ ref: record.ref, name: record.name, message: record.problem ?? "cannot be used" });
  }
  const { problems } = parsePartnerConfig({ contacts: candidates.map((record) => record.contact) });
  const refused = new Map<number, string[]>();
  for (const problem of problems) {
    const index = Number(/^contacts\.(\d+)/.exec(problem.path)?.[1] ?? Number.NaN);
    if (Number.isNaN(index)) continue;
    const field = problem.path.replace(/^contacts\.\d+\.?/, "");
    refused.set(index, [
      ...(refused.get(index) ?? []),
      field ? `${field}: ${problem.message}` : problem.message,
    ]);
  }
  const contacts: PartnerContactInput[] = [];
  candidates.forEach((record, index) => {
    const messages = refused.get(index);
    if (messages) rejected.push({ ref: record.ref, name: record.name, message: messages.join("; ") });
    else if (record.contact) contacts.push(record.contact);
  });
  return { config: { contacts }, rejected };
}
