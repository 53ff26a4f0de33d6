import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileBundle } from "./compile.js";
import { jsonSchemas } from "./json-schema.js";
import { compileLines } from "./lines.js";
import type { Content } from "./load.js";

export interface BuiltFile {
  path: string;
  bytes: number;
}

/**
 * Write one bundle per locale to `<out>/content/` (as `.json` to fetch and as an ES module with types to import;
 * a draft locale's under `content/drafts/`), an index of locales (each with its `path` there), the
 * "help in your language" lines, and the JSON Schemas to `<out>/schema/`. Output is deterministic: no dates, stable order.
 */
export function writeBundles(content: Content, out: string): BuiltFile[] {
  const written: BuiltFile[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(join(out, path), text);
    written.push({ path, bytes: Buffer.byteLength(text) });
  };
  mkdirSync(join(out, "content", "drafts"), { recursive: true });
  mkdirSync(join(out, "schema"), { recursive: true });
  const index = [];
  for (const code of content.locales.keys()) {
    const bundle = compileBundle(content, code);
    const json = JSON.stringify(bundle);
    // A draft is never picked up by accident: it lives under drafts/, so importing it means writing the word
    // (`@lantern/sdk/content/drafts/ar`), and its types say what no reviewer has checked and what is missing.
    const path = bundle.locale.status === "draft" ? `drafts/${code}` : code;
    const summary = `${bundle.review.reviewed} strings reviewed, ${bundle.review.draft} draft, ${bundle.review.missing} missing, shown in English`;
    write(`content/${path}.json`, json);
    write(
      `content/${path}.js`,
      `/** Lantern content, ${bundle.locale.name}. Generated. */\nexport default ${json};\n`,
    );
    // The types come from the package by name, not from "../index.js": that file exists only in the SDK's own
    // dist, so bundles built elsewhere (`lantern-content build --out DIR`) would otherwise be typed `any`.
    const about =
      bundle.locale.status === "draft"
        ? `A DRAFT translation (${summary}): no fluent reviewer has signed it off. Wherever it renders, show \`bundle.draftNotice\` (in the language and in English); Lantern's widgets and print kits do.`
        : `${bundle.locale.status}: ${summary}.`;
    write(
      `content/${path}.d.ts`,
      `import type { ContentBundle } from "@lantern/sdk";\n/** Lantern content, ${bundle.locale.name}. ${about} */\ndeclare const bundle: ContentBundle;\nexport default bundle;\n`,
    );
    index.push({ ...bundle.locale, path, fallback: bundle.fallback.length, review: bundle.review });
  }
  write("content/index.json", `${JSON.stringify(index, null, 2)}\n`);
  const lines = compiledLines(content);
  if (lines) {
    const json = JSON.stringify(lines);
    write("content/lines.json", json);
    write(
      "content/lines.js",
      `/** Lantern's "help in your language" lines. Generated. */\nexport default ${json};\n`,
    );
    write(
      "content/lines.d.ts",
      `import type { HelpLines } from "@lantern/sdk";\n/** Lantern's "help in your language" lines (${lines.review.reviewed} reviewed, ${lines.review.draft} draft). */\ndeclare const lines: HelpLines;\nexport default lines;\n`,
    );
  }
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    write(`schema/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return written;
}

/** The lines of `content`, with the number of the phone they route to, or `undefined` for a tree without lines. */
export function compiledLines(content: Content) {
  if (!content.lines) return undefined;
  const { contact, channel } = content.lines.file;
  const phone = content.facts["contacts.yaml"].contacts[contact]?.channels.find((c) => c.kind === channel);
  // Validation refuses lines whose contact has no phone, so this holds for any loaded tree.
  if (!phone) throw new RangeError(`${contact} has no ${channel} channel`);
  return compileLines(content.lines, phone.value, phone.display);
}
