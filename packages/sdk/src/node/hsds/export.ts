/**
 * Lantern's contacts as Open Referral HSDS 3.0: one service per contact point, in the service-oriented view (each
 * service with its organization, phones, schedules, service areas and provenance embedded, as the specification's
 * serialization guide asks of JSON). `lantern-content export --format hsds` writes it; the tests validate it against
 * the official schemas. Every field's origin is in docs/hsds.md.
 *
 * Confidence is carried by leaving out: a medium contact, a medium channel and a note resting on a dated source do
 * not appear, since HSDS has no field that would keep a directory from showing them as sure.
 */
import { createHash } from "node:crypto";
import type { Channel, Contact, ContentBundle } from "../../bundle.js";
import { compileBundle } from "../compile.js";
import type { Content } from "../load.js";

/** Lantern's UUID namespace: ids are UUID v5 of `lantern:<kind>:<id>`, so an export names each record the same way every time. */
const NAMESPACE = "6f3c1f7e-3d2a-4b8e-9c1d-2a7f0e5b9c41";

/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in Lantern's namespace. */
export function lanternUuid(name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What was left out of an export, and why: the CLI prints it, so nothing disappears silently. */
export interface HsdsExport {
  /** HSDS 3.0 services, each with its organization embedded. */
  services: Record<string, unknown>[];
  omitted: string[];
}

const sure = (channel: Channel) => channel.confidence !== "medium";

/** The phone entries of a contact: calls as `voice`, text lines as `text` (RFC 6350 types, as HSDS asks). */
function phones(contact: Contact, serviceId: string) {
  return contact.channels
    .filter((channel) => sure(channel) && (channel.kind === "phone" || channel.kind === "sms"))
    .map((channel) => {
      const words = [
        channel.display !== channel.value ? channel.display : "",
        channel.kind === "sms" && channel.body ? `Text ${channel.body} to ${channel.value}.` : "",
        channel.note && channel.noteConfidence !== "medium" ? channel.note : "",
      ].filter(Boolean);
      return {
        id: lanternUuid(`phone:${contact.id}:${channel.id}`),
        service_id: serviceId,
        number: channel.value,
        type: channel.kind === "sms" ? "text" : "voice",
        ...(words.length ? { description: words.join(" ") } : {}),
      };
    });
}

/**
 * The HSDS export of a content tree. Names, uses and hours come from the English bundle; the French name is the
 * service's `alternate_name` (HSDS records one language per record). Regions are named in English.
 */
export function hsdsExport(content: Content): HsdsExport {
  const en = compileBundle(content, "en");
  const fr: ContentBundle | undefined = content.locales.has("fr") ? compileBundle(content, "fr") : undefined;
  const omitted: string[] = [];
  const services = en.contacts.flatMap((contact) => {
    if (contact.confidence === "medium") {
      omitted.push(`${contact.id}: medium confidence (kept out of defaults, so out of the export)`);
      return [];
    }
    for (const channel of contact.channels) {
      if (!sure(channel)) omitted.push(`${contact.id} ${channel.id}: medium confidence`);
      else if (channel.note && channel.noteConfidence === "medium")
        omitted.push(`${contact.id} ${channel.id} note: rests on a dated source`);
    }
    const id = lanternUuid(`service:${contact.id}`);
    const organizationId = lanternUuid(`organization:${contact.id}`);
    const region = en.regions.find((entry) => entry.code === contact.region);
    const frName = fr?.contacts.find((entry) => entry.id === contact.id)?.name;
    const channel = (kind: Channel["kind"]) =>
      contact.channels.find((entry) => entry.kind === kind && sure(entry));
    const chat = channel("chat");
    const webForm = channel("web-form");
    const email = channel("email");
    const lastVerified = contact.lastVerified as string;
    return [
      {
        id,
        organization_id: organizationId,
        name: contact.name,
        ...(frName && frName !== contact.name ? { alternate_name: frName } : {}),
        description: contact.use,
        ...(webForm ? { url: webForm.value } : {}),
        ...(email ? { email: email.value } : {}),
        status: "active",
        ...(chat
          ? { application_process: `Chat online: ${chat.value}${chat.note ? ` (${chat.note})` : ""}` }
          : {}),
        assured_date: lastVerified,
        phones: phones(contact, id),
        schedules: contact.open247
          ? [
              {
                id: lanternUuid(`schedule:${contact.id}`),
                service_id: id,
                freq: "WEEKLY",
                byday: "MO,TU,WE,TH,FR,SA,SU",
                opens_at: "00:00",
                closes_at: "23:59",
                description: "Open 24 hours a day, 7 days a week.",
              },
            ]
          : contact.hours
            ? [{ id: lanternUuid(`schedule:${contact.id}`), service_id: id, description: contact.hours }]
            : [],
        service_areas: [
          {
            id: lanternUuid(`service_area:${contact.id}`),
            service_id: id,
            name: region?.name ?? contact.region,
            extent: contact.region,
            extent_type: "text",
            description: `ISO 3166 code ${contact.region}`,
          },
        ],
        organization: {
          id: organizationId,
          name: contact.name,
          description: contact.use,
        },
        // Provenance: one entry per source the fact was checked against on `assured_date`.
        metadata: contact.sources.map((source, index) => ({
          id: lanternUuid(`metadata:${contact.id}:${index}`),
          resource_id: id,
          resource_type: "service",
          last_action_date: lastVerified,
          last_action_type: "verified",
          field_name: "assured_date",
          previous_value: "",
          replacement_value: lastVerified,
          updated_by: `Lantern content editors, against ${source}`,
        })),
      },
    ];
  });
  return { services, omitted };
}
