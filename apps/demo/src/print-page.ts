/**
 * The print-materials page: a partner picks a kit, language, audience, region, paper and its own line, sees the
 * kit as it will print, and prints it or saves it as a PDF with the browser's own print dialog. The kit is the
 * same HTML the `lantern-print` CLI hands to Chromium, and the partner's input is checked by the same code the
 * embed uses, so each problem reads the same here, on the console and in the CLI.
 */

import { POSTER_AUDIENCES, type PrintInput, renderKit } from "@lantern/print";
import { AUDIENCES, type ContentBundle } from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";

const BUNDLES: Record<string, ContentBundle> = { en, fr, ar };

const field = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
const show = (id: string, text: string) => {
  (document.getElementById(id) as HTMLElement).textContent = text;
};
function options(select: HTMLSelectElement, entries: [string, string][]) {
  select.replaceChildren(...entries.map(([value, label]) => new Option(label, value)));
}

options(field("lang") as HTMLSelectElement, [
  ["en", "English"],
  ["fr", "Français"],
  ["ar", "العربية (draft: right to left, partly English)"],
]);
options(
  field("region") as HTMLSelectElement,
  en.regions.map((region) => [region.code, `${region.name} (${region.code})`]),
);
options(
  field("audience") as HTMLSelectElement,
  Object.entries(POSTER_AUDIENCES)
    .filter(([, audience]) => AUDIENCES.includes(audience))
    .map(([name, audience]) => [name, en.taxonomy.audiences[audience]]),
);

const preview = document.getElementById("preview") as HTMLIFrameElement;

function render() {
  const value = (id: string) => field(id).value.trim();
  const kit = value("kit");
  (field("audience") as HTMLSelectElement).disabled = kit !== "poster";
  (field("discreet") as HTMLInputElement).disabled = kit !== "card";
  const lang = value("lang");
  const input: PrintInput = {
    kit,
    paper: value("paper"),
    audience: value("audience"),
    region: value("region"),
    discreet: (field("discreet") as HTMLInputElement).checked,
    // Choosing the Arabic draft here is the opt-in, as the allow-draft attribute is for the embed.
    allowDraft: lang === "ar",
    partner: {
      name: value("partner-name") || undefined,
      contacts:
        value("contact-name") || value("contact-phone")
          ? [{ name: value("contact-name"), channels: [{ kind: "phone", value: value("contact-phone") }] }]
          : undefined,
    },
  };
  const kitOut = renderKit(BUNDLES[lang] ?? en, input);
  show(
    "lang-problem",
    lang === "ar"
      ? "Arabic is a draft: texts not yet translated are printed in English, marked as such."
      : "",
  );
  const problemFor = (test: (field: string) => boolean) =>
    kitOut.problems
      .filter((problem) => test(problem.field))
      .map((problem) => problem.message)
      .join(" ");
  show(
    "partner-name-problem",
    problemFor((f) => f.startsWith("partner.name")),
  );
  show(
    "contact-name-problem",
    problemFor((f) => f.startsWith("partner.contacts") && f.endsWith(".name")),
  );
  show(
    "contact-phone-problem",
    problemFor((f) => f.startsWith("partner.contacts") && !f.endsWith(".name")),
  );
  preview.title = `Preview: ${kitOut.title}`;
  preview.srcdoc = kitOut.html;
}

(document.getElementById("options") as HTMLFormElement).addEventListener("input", render);
(document.getElementById("print") as HTMLButtonElement).addEventListener("click", () => {
  preview.contentWindow?.print();
});
render();
