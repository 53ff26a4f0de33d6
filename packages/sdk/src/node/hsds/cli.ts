/**
 * `lantern-content export --format hsds` and `lantern-content import --format hsds FILE`: the HSDS subcommands, in
 * their own handler so the main CLI only dispatches to them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FreshnessPolicy } from "../../freshness.js";
import { checkImport, readHsds } from "../../hsds.js";
import { parsePartnerConfig } from "../../overrides.js";
import { compileBundle } from "../compile.js";
import { type Content, type ContentProblem, formatProblem } from "../load.js";
import { hsdsExport } from "./export.js";

export const HSDS_COMMANDS = ["export", "import"];

export const HSDS_USAGE = `
  export --format hsds [--out FILE]
             Lantern's contacts as Open Referral HSDS 3.0 JSON (services with organization, phones, schedules,
             service areas, assured_date and sources); medium-confidence lines are left out and listed
  import --format hsds FILE [--pick ID,…]
             a partner's own lines from an HSDS JSON file, as the partner configuration block (stdout),
             with one message per record that cannot be used (stderr); --pick keeps only those service ids
`;

export interface HsdsRun {
  content: Content | undefined;
  problems: readonly ContentProblem[];
  values: { format?: string | undefined; out?: string | undefined; pick?: string | undefined };
  positionals: string[];
  today: string;
  policy: FreshnessPolicy;
}

/** Run `export` or `import`; returns the exit code (0, 1 content or file errors, 2 wrong usage). */
export function runHsds(command: string, run: HsdsRun): number {
  const { content, problems, values } = run;
  if (values.format !== "hsds") {
    process.stderr.write(`${command} needs --format hsds (the only format so far).\n${HSDS_USAGE}`);
    return 2;
  }
  if (!content) {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`content not valid: nothing to ${command} against. Run lantern-content validate.\n`);
    return 1;
  }
  if (command === "export") {
    const { services, omitted } = hsdsExport(content);
    const json = `${JSON.stringify(services, null, 2)}\n`;
    if (values.out) writeFileSync(resolve(values.out), json);
    else process.stdout.write(json);
    for (const line of omitted) process.stderr.write(`left out: ${line}\n`);
    if (values.out) process.stderr.write(`Wrote ${services.length} HSDS services to ${values.out}.\n`);
    return 0;
  }

  const file = run.positionals[1];
  if (!file) {
    process.stderr.write(`import needs the HSDS file to read.\n${HSDS_USAGE}`);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(file), "utf8"));
  } catch (error) {
    process.stderr.write(`${file}: not readable as JSON (${(error as Error).message}).\n`);
    return 1;
  }
  const en = compileBundle(content, "en");
  const records = readHsds(data, {
    lantern: en.contacts,
    regions: en.regions,
    today: run.today,
    policy: run.policy,
  });
  const picked = values.pick?.split(",").map((ref) => ref.trim());
  const unknown = picked?.filter((ref) => !records.some((record) => record.ref === ref)) ?? [];
  const result = checkImport(records, parsePartnerConfig, picked);
  for (const ref of unknown) process.stderr.write(`${file}: no service with id ${ref}\n`);
  for (const entry of result.rejected) {
    process.stderr.write(`${file}: ${entry.ref} "${entry.name}" ${entry.message}\n`);
  }
  process.stdout.write(`${JSON.stringify(result.config, null, 2)}\n`);
  process.stderr.write(
    `${result.config.contacts.length} of ${picked?.length ?? records.length} services imported, ${result.rejected.length} left out.\n`,
  );
  return unknown.length ? 1 : 0;
}
