/**
 * Open Referral HSDS 3.0: the export validated against the official schemas (vendored in fixtures/hsds-3.0, with
 * their licence and commit), and the import of a partner's file with good and bad records.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkImport, readHsds } from "../src/hsds.js";
import { hsdsExport, lanternUuid } from "../src/node/hsds/export.js";
import { parsePartnerConfig } from "../src/overrides.js";
import { CONTENT_ROOT, content, en } from "./real-content.js";

const SCHEMAS = fileURLToPath(new URL("./fixtures/hsds-3.0/", import.meta.url));
const PARTNER_FILE = fileURLToPath(new URL("./fixtures/hsds/partner-services.json", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const TODAY = "2026-12-06";

// ajv-formats is CommonJS with `exports.default`; under Node's ESM interop the default import is the function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * `additionalProperties: false` on every object schema, as the specification's own validate_examples_json_schema.sh
 * does (compiletojsonschema --set-additional-properties-false-everywhere): without it a misspelt field passes.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== "object" || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === "properties"
        ? Object.fromEntries(Object.entries(value as object).map(([name, schema]) => [name, closed(schema)]))
        : closed(value);
  }
  if (copy.type === "object" && copy.properties) copy.additionalProperties = false;
  return copy;
}

/** An Ajv with every canonical HSDS 3.0 schema, each under its file name, so `"$ref": "phone.json"` resolves. */
function hsdsValidator() {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  // HSDS's own annotations (for its tabular form and docs): known to Ajv as keywords that validate nothing.
  ajv.addVocabulary([
    "name",
    "path",
    "datapackage_metadata",
    "datapackage_type",
    "constraints",
    "example",
    "core",
    "tabular_required",
  ]);
  for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(closed(JSON.parse(readFileSync(`${SCHEMAS}${file}`, "utf8"))) as object, file);
  }
  return ajv.compile({ type: "array", minItems: 1, items: { $ref: "service.json" } });
}

describe("HSDS export", () => {
  const { services, omitted } = hsdsExport(content);
  const validate = hsdsValidator();

  it("validates against the official HSDS 3.0 schemas", () => {
    const valid = validate(services);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is checked for real: a misspelt field, a bad id or a bad status fails", () => {
    const first = services[0] as Record<string, unknown>;
    for (const broken of [
      { ...first, assured_dat: "2026-11-28" },
      { ...first, id: "emergency-911" },
      { ...first, status: "open" },
      { ...first, phones: [{ id: lanternUuid("x"), type: "voice" }] },
    ]) {
      expect(validate([broken])).toBe(false);
    }
  });

  it("carries every high contact with its date, sources and region, and leaves medium ones out", () => {
    const shipped = en.contacts.filter((contact) => contact.confidence === "high");
    expect(services.map((service) => service.name)).toEqual(shipped.map((contact) => contact.name));
    const hotline = services.find((service) => service.name === "Canadian Human Trafficking Hotline") as {
      [key: string]: unknown;
      phones: { number: string; type: string }[];
      service_areas: { extent: string; name: string }[];
      metadata: { updated_by: string; last_action_date: string }[];
    };
    expect(hotline.id).toBe(lanternUuid("service:ca-human-trafficking-hotline"));
    expect(hotline.alternate_name).toBe("Ligne d’urgence canadienne contre la traite des personnes");
    expect(hotline.assured_date).toBe("2026-11-28");
    expect(hotline.email).toBe("hotline@ccteht.ca");
    expect(hotline.phones.map((phone) => [phone.number, phone.type])).toEqual([["1-833-900-1010", "voice"]]);
    expect(hotline.service_areas).toMatchObject([{ extent: "CA", name: "Canada" }]);
    expect(hotline.metadata.map((entry) => entry.updated_by)).toContain(
      "Lantern content editors, against https://canadianhumantraffickinghotline.ca/faq",
    );
    const kids = services.find((service) => service.name === "Kids Help Phone") as {
      phones: { number: string; type: string; description?: string }[];
    };
    expect(kids.phones).toContainEqual(
      expect.objectContaining({
        number: "686868",
        type: "text",
        description: "Text CONNECT to 686868. Use the English keyword.",
      }),
    );
    // A medium channel of a sure contact, and a medium contact, are named as left out, never exported.
    const tips = JSON.stringify(services.find((service) => service.name === "Crime Stoppers"));
    expect(tips).not.toContain("p3tips");
    expect(omitted).toContain("crime-stoppers web-form: medium confidence");
    expect(omitted).toContain("femaide: medium confidence (kept out of defaults, so out of the export)");
    expect(JSON.stringify(services)).not.toContain("1-877-336-2433");
  });

  it("names each record the same way every time (UUID v5)", () => {
    expect(lanternUuid("service:emergency-911")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(hsdsExport(content).services).toEqual(services);
  });
});

describe("HSDS import of a partner's lines", () => {
  const data = JSON.parse(readFileSync(PARTNER_FILE, "utf8"));
  const options = { lantern: en.contacts, regions: en.regions, today: TODAY };
  const ref = (n: number) => `0b6f2f8e-1c1a-4c55-9a57-7d0f6f3b1a0${n}`;

  it("gives the configuration block for the good records and one message per bad one", () => {
    const result = checkImport(readHsds(data, options), parsePartnerConfig);
    expect(result.config).toEqual({
      contacts: [
        {
          id: "north-shore-women-s-shelter",
          name: "North Shore Women's Shelter",
          region: "CA-ON",
          channels: [{ kind: "phone", value: "705-555-0142" }],
          use: "Safe shelter and a crisis line for women and their children. Call any time, day or night.",
          hours: "Staffed 24 hours.",
        },
        {
          id: "town-police-non-emergency",
          name: "Town Police Non-Emergency",
          region: "CA-ON",
          channels: [
            { kind: "phone", value: "(705) 555-0100" },
            { kind: "email", value: "safety@town.example" },
          ],
        },
      ],
    });
    expect(result.rejected).toEqual([
      {
        ref: ref(3),
        name: "Legal Clinic Intake",
        message:
          "has no phone number to call or text: add one to phones (type voice) or leave the record out",
      },
      {
        ref: ref(4),
        name: "County Youth Drop-In",
        message:
          "has no service area Lantern knows (Springfield County): name a province or territory, like CA-ON or Ontario, in service_areas",
      },
      {
        ref: ref(5),
        name: "Trafficking Help Line",
        message:
          '1 833 900 1010 is the number of Canadian Human Trafficking Hotline in Lantern, listed here as "Trafficking Help Line": check the number; Lantern shows Canadian Human Trafficking Hotline already',
      },
      {
        ref: ref(6),
        name: "Settlement Services Line",
        message:
          "was last checked on 2025-11-30 (assured_date), more than 12 months ago: check the line, update assured_date, and import it again",
      },
      {
        ref: ref(7),
        name: "Front Desk",
        message:
          'channels.0.value: "12" is not a phone number: write digits with spaces or hyphens, like 905-555-0100',
      },
    ]);
    // What comes out is what the embed accepts, with no problem left.
    expect(parsePartnerConfig(result.config).problems).toEqual([]);
  });

  it("keeps only the chosen records", () => {
    const result = checkImport(readHsds(data, options), parsePartnerConfig, [ref(2), ref(6)]);
    expect(result.config.contacts.map((contact) => contact.id)).toEqual(["town-police-non-emergency"]);
    expect(result.rejected.map((entry) => entry.ref)).toEqual([ref(6)]);
  });

  it("judges assured_date on the day given: the stale record passes a day before its limit", () => {
    const records = readHsds(data, { ...options, today: "2026-11-29" });
    expect(records.find((record) => record.ref === ref(6))?.contact).toBeDefined();
  });

  it("refuses Lantern's own export: every line is already shown", () => {
    const result = checkImport(readHsds(hsdsExport(content).services, options), parsePartnerConfig);
    expect(result.config.contacts).toEqual([]);
    expect(result.rejected.map((entry) => entry.message)).toContain(
      "1-833-900-1010 is Canadian Human Trafficking Hotline, which Lantern already shows everywhere: leave it out",
    );
  });

  it("reads an API page and organizations carrying services as well as a list", () => {
    const page = readHsds({ contents: data.slice(0, 1) }, options);
    const organizations = readHsds([{ name: "Shelter Org", services: data.slice(0, 1) }], options);
    expect(page.map((record) => record.contact?.id)).toEqual(["north-shore-women-s-shelter"]);
    expect(organizations.map((record) => record.contact?.id)).toEqual(["north-shore-women-s-shelter"]);
  });

  it("the CLI prints the block on stdout and one line per record left out on stderr", {
    timeout: 60_000,
  }, () => {
    const result = spawnSync(
      process.execPath,
      [CLI, "import", "--format", "hsds", PARTNER_FILE, "--content", CONTENT_ROOT, "--today", TODAY],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).contacts).toHaveLength(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines.filter((line) => line.startsWith(`${PARTNER_FILE}: `))).toHaveLength(5);
    expect(lines.at(-1)).toBe("2 of 7 services imported, 5 left out.");
  });
});
