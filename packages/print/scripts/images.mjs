/**
 * The README's pictures, from the real PDFs: `pnpm --filter @lantern/print images` prints the card and a poster
 * with the CLI's own code and turns their first pages into PNGs with poppler's pdftoppm.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderKit } from "../dist/index.js";
import { BUNDLES, openPrinter } from "../dist/node/index.js";

const docs = join(dirname(fileURLToPath(import.meta.url)), "../docs");
mkdirSync(docs, { recursive: true });
const temp = mkdtempSync(join(tmpdir(), "lantern-print-images-"));
const partner = {
  name: "Township of Maple Creek",
  contacts: [
    {
      name: "Maple Creek Police (non-emergency)",
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
};
const pictures = [
  ["card", BUNDLES.en, { kit: "card", paper: "letter", partner }, ["-f", "1", "-l", "2"], 60],
  ["poster-hotel", BUNDLES.en, { kit: "poster", audience: "hotel", paper: "letter", partner }, [], 60],
  ["poster-labour-fr", BUNDLES.fr, { kit: "poster", audience: "labour", paper: "a4" }, [], 60],
];
// The pinned fonts: the pictures in the README change only when a kit does, not with the machine that made them.
const printer = await openPrinter({ fonts: "pinned" });
try {
  for (const [name, bundle, input, pages, dpi] of pictures) {
    const pdf = join(temp, `${name}.pdf`);
    writeFileSync(pdf, await printer.pdf(renderKit(bundle, input).html));
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), ...pages, pdf, join(docs, name)]);
  }
} finally {
  await printer.close();
  rmSync(temp, { recursive: true, force: true });
}
console.log(`README pictures written to ${docs}`);
