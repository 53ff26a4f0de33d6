import { describe, expect, it } from "vitest";
import { contacts } from "../src/index.js";
import { MAX_PARTNER_CONTACTS, parsePartnerConfig, parsePartnerContacts } from "../src/overrides.js";
import { en } from "./real-content.js";

const townPolice = {
  id: "town-police",
  name: { en: "Town police (non-emergency)", fr: "Police municipale (non urgent)" },
  role: "information",
  region: "CA-ON",
  channels: [{ kind: "phone", value: "905-555-0100" }],
};

describe("parsePartnerContacts()", () => {
  it("turns a valid contact into a Contact in the requested language", () => {
    const { contacts: list, problems } = parsePartnerContacts([townPolice], "fr");
    expect(problems).toEqual([]);
    expect(list[0]).toMatchObject({
      id: "town-police",
      origin: "partner",
      name: "Police municipale (non urgent)",
      confidence: "partner",
      channels: [{ kind: "phone", value: "905-555-0100", href: "tel:+19055550100" }],
    });
  });

  it("rejects a script in a label with the field and the fix, and keeps the valid contacts", () => {
    const { contacts: list, problems } = parsePartnerContacts([
      { name: "<script>alert(1)</script>Shelter", channels: [{ kind: "phone", value: "905-555-0101" }] },
      townPolice,
    ]);
    expect(problems).toEqual([
      {
        path: "contacts.0.name",
        message: "must be plain text: remove the HTML markup (it would be shown as text, never run)",
      },
    ]);
    expect(list.map((c) => c.id)).toEqual(["town-police"]);
  });

  it("names a malformed phone number and shows the right form", () => {
    const { problems } = parsePartnerContacts([
      { name: "Shelter", channels: [{ kind: "phone", value: "call us" }] },
    ]);
    expect(problems).toEqual([
      {
        path: "contacts.0.channels.0.value",
        message: '"call us" is not a phone number: write digits with spaces or hyphens, like 905-555-0100',
      },
    ]);
  });

  it("refuses a partner 911 line and a partner 'hotline' role: Lantern's always come first", () => {
    const { problems } = parsePartnerContacts([
      { name: "Ours", channels: [{ kind: "phone", value: "911" }] },
      { name: "Ours", role: "hotline", channels: [{ kind: "phone", value: "905-555-0102" }] },
    ]);
    expect(problems).toEqual([
      {
        path: "contacts.0.channels.0.value",
        message: "911 is always shown first by Lantern: remove this channel",
      },
      {
        path: "contacts.1.role",
        message: '"hotline" is not allowed: use one of: tips, support, information',
      },
    ]);
  });

  it("suggests the right field for a typo", () => {
    const { problems } = parsePartnerContacts([
      { nmae: "Shelter", channels: [{ kind: "phone", value: "905-555-0103" }] },
    ]);
    expect(problems).toEqual([
      { path: "contacts.0.name", message: "required: write the name people will see" },
      { path: "contacts.0.nmae", message: 'unknown field "nmae": did you mean "name"?' },
    ]);
  });

  it("requires https for web addresses", () => {
    const { problems } = parsePartnerContacts([
      { name: "Shelter", channels: [{ kind: "chat", value: "http://x.example" }] },
    ]);
    expect(problems[0]?.message).toBe(
      '"http://x.example" is not a secure web address: start it with https://',
    );
  });

  it("caps the list and says so, instead of dropping entries silently", () => {
    const many = Array.from({ length: MAX_PARTNER_CONTACTS + 5 }, (_, i) => ({
      name: `Line ${i}`,
      channels: [{ kind: "phone", value: "905-555-0104" }],
    }));
    const { contacts: list, problems } = parsePartnerContacts(many);
    expect(list).toHaveLength(MAX_PARTNER_CONTACTS);
    expect(problems).toEqual([
      {
        path: "contacts",
        message: `has ${MAX_PARTNER_CONTACTS + 5} entries; only the first ${MAX_PARTNER_CONTACTS} are shown: keep the list to the lines people need most`,
      },
    ]);
  });

  it("reports a non-list and duplicate ids", () => {
    expect(parsePartnerContacts({ name: "x" }).problems[0]?.path).toBe("contacts");
    const { problems } = parsePartnerContacts([townPolice, townPolice]);
    expect(problems).toEqual([
      { path: "contacts.1.id", message: '"town-police" is used twice: give each contact its own id' },
    ]);
  });

  it("feeds contacts(): the partner line is added, nothing is hidden", () => {
    const { contacts: partner } = parsePartnerContacts([townPolice]);
    const list = contacts(en, { region: "CA-ON", partner });
    expect(list.map((c) => c.id)).toEqual([
      ...contacts(en, { region: "CA-ON" }).map((c) => c.id),
      "town-police",
    ]);
  });
});

describe("parsePartnerConfig()", () => {
  it("reports unknown top-level fields with a suggestion", () => {
    const { problems } = parsePartnerConfig({ contact: [townPolice] });
    expect(problems).toEqual([{ path: "contact", message: 'unknown field: did you mean "contacts"?' }]);
  });

  it("rejects a config that is not an object", () => {
    expect(parsePartnerConfig("[]").problems).toEqual([
      { path: "(config)", message: 'must be a JSON object, like { "contacts": [ … ] }' },
    ]);
  });
});
