#!/usr/bin/env node
/**
 * lantern-print: printed kits as tagged PDFs, one at a time or every kit at once.
 *
 *   lantern-print --kit poster --audience hotel --lang fr --paper a4 --out poster.pdf
 *   lantern-print --all --out-dir dist/pdf
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { suggest } from "@lantern/sdk";
import { DraftLocaleError, type PrintInput, renderKit } from "../index.js";
import { batchJobs, inParallel } from "./batch.js";
import { BUNDLES } from "./bundles.js";
import { openPrinter } from "./pdf.js";

const USAGE = `Usage:
  lantern-print --kit card|poster|sheet [--discreet] [--audience general|youth|hotel|health-care|labour]
                [--lang en|fr] [--paper letter|a4] [--region CA-ON] [--partner partner.json]
                [--include-medium] [--allow-draft] [--today YYYY-MM-DD] [--html] --out FILE
  lantern-print --all [--out-dir DIR] [--region CA-ON] [--partner partner.json] [--today YYYY-MM-DD]

--partner reads a JSON file: { "name": "Township of Maple Creek", "contacts": [ ... ] }, the contacts in the same
shape as the embed's configuration block. A problem in it is reported and the rest still prints.
--today is the print day (default: today, UTC): a contact last verified more than a year before it prints with
its date and "this may be out of date".
Chromium comes from CHROMIUM_PATH, else /usr/bin/chromium.`;

function fail(message: string): never {
  console.error(`lantern-print: ${message}`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        kit: { type: "string" },
        audience: { type: "string" },
        lang: { type: "string", default: "en" },
        paper: { type: "string" },
        region: { type: "string" },
        partner: { type: "string" },
        discreet: { type: "boolean", default: false },
        "include-medium": { type: "boolean", default: false },
        "allow-draft": { type: "boolean", default: false },
        today: { type: "string" },
        html: { type: "boolean", default: false },
        out: { type: "string" },
        all: { type: "boolean", default: false },
        "out-dir": { type: "string", default: "pdf" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function readPartner(file: string): NonNullable<PrintInput["partner"]> {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(
      `--partner ${file}: ${(error as Error).message}: give a JSON file like { "name": …, "contacts": [ … ] }`,
    );
  }
}

const shared: PrintInput = {
  includeMedium: values["include-medium"],
  allowDraft: values["allow-draft"],
  ...(values.region ? { region: values.region } : {}),
  ...(values.today ? { today: values.today } : {}),
  ...(values.partner ? { partner: readPartner(values.partner) } : {}),
};

/** Choices that pick the kit itself fail the command; a partner's contact that fails is reported and dropped. */
function report(problems: { field: string; message: string }[]) {
  for (const problem of problems) {
    if (problem.field.startsWith("partner."))
      console.warn(`lantern-print: ${problem.field}: ${problem.message}`);
    else fail(`--${problem.field}: ${problem.message.replace(/; using .*$/, "")}`);
  }
}

/** Chromium starts only once the choices are known to be good, so a mistake is reported at once. */
const launch = () => openPrinter().catch((error: Error) => fail(error.message));

if (values.all) {
  const outDir = resolve(values["out-dir"]);
  mkdirSync(outDir, { recursive: true });
  const jobs = batchJobs(shared);
  // The shared choices (region, partner) are the same for every job: check them once, before Chromium starts.
  report(
    renderKit(BUNDLES[jobs[0]?.lang ?? "en"] as (typeof BUNDLES)[string], jobs[0]?.input ?? {}).problems,
  );
  const printer = await launch();
  try {
    await inParallel(jobs, 3, async (job) => {
      const kit = renderKit(BUNDLES[job.lang] as (typeof BUNDLES)[string], job.input);
      writeFileSync(join(outDir, job.file), await printer.pdf(kit.html));
    });
  } finally {
    await printer.close();
  }
  console.log(`lantern-print: ${jobs.length} PDFs in ${outDir}`);
} else {
  if (!values.kit) fail(`--kit is required: card, poster or sheet\n\n${USAGE}`);
  if (!values.out) fail("--out is required: the file to write, such as poster.pdf");
  const bundle = BUNDLES[values.lang];
  if (!bundle) fail(`--lang: "${values.lang}" is not known: ${suggest(values.lang, Object.keys(BUNDLES))}`);
  const kit = (() => {
    try {
      return renderKit(bundle, {
        ...shared,
        kit: values.kit,
        discreet: values.discreet,
        ...(values.audience ? { audience: values.audience } : {}),
        ...(values.paper ? { paper: values.paper } : {}),
      });
    } catch (error) {
      if (error instanceof DraftLocaleError)
        fail(error.message.replace("pass allowDraft (--allow-draft)", "add --allow-draft"));
      throw error;
    }
  })();
  report(kit.problems);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  if (values.html) writeFileSync(out, kit.html);
  else {
    const printer = await launch();
    try {
      writeFileSync(out, await printer.pdf(kit.html));
    } finally {
      await printer.close();
    }
  }
  console.log(
    `lantern-print: ${kit.title} (${kit.pages} ${kit.pages === 1 ? "page" : "pages"}, ${kit.options.paper}) → ${out}`,
  );
}
