/**
 * JSON Schema for every content file and for the partner configuration block, for editors' YAML tooling and for
 * partners who do not use TypeScript. Generated from the same zod schemas that validate.
 */
import * as z from "zod/mini";
import { partnerConfigSchema } from "../overrides.js";
import { factFiles, localeFiles } from "../schema.js";

/** `{ "facts.contacts": {...}, "locale.signs": {...}, "partner-config": {...} }`, keyed by output file name. */
export function jsonSchemas(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  const convert = (schema: z.core.$ZodType) =>
    z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  for (const [name, schema] of Object.entries(factFiles))
    schemas[`facts.${name.replace(".yaml", "")}`] = convert(schema);
  for (const [name, schema] of Object.entries(localeFiles))
    schemas[`locale.${name.replace(".yaml", "")}`] = convert(schema);
  schemas["partner-config"] = convert(partnerConfigSchema);
  return schemas;
}
