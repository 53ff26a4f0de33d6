/**
 * The snippet configurator: a partner picks a widget and its settings, sees it live (the real loader mounts the
 * preview), and copies a snippet pinned to the current version with its SRI hash, an iframe alternative, or the
 * static HTML. Invalid choices are explained next to their field, with the same checks the widgets apply.
 */
import { AUDIENCES, type ContentBundle, todayUtc } from "@lantern/sdk";
import { checkImport, type HsdsRecord, readHsds } from "@lantern/sdk/hsds";
import { resolveTheme, WIDGET_VARIANTS } from "@lantern/widgets";

interface Manifest {
  version: string;
  files: { path: string; integrity: string }[];
  /** The iframe's starting height in px, per widget (or `widget variant`) and language. */
  frameHeights?: Record<string, Record<string, number>>;
  /**
   * What the loader imports first, per widget: `plain` for an element without settings (`{lang}` in its path),
   * `settings` for any other (plus that language's content and, with a configuration, overrides.js).
   */
  preload?: Record<string, { plain: string; settings: string[] }>;
}

const form = document.getElementById("options") as HTMLFormElement;
const field = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
const show = (id: string, text: string) => {
  (document.getElementById(id) as HTMLElement).textContent = text;
};

const manifest: Manifest = await fetch("/lantern/manifest.json").then((response) => response.json());
const base = `${location.origin}/lantern/${manifest.version}/`;
const integrity = (path: string) => manifest.files.find((file) => file.path === path)?.integrity ?? "";
const english: ContentBundle = (await import(/* @vite-ignore */ `${base}content/en.js`)).default;
/** The reserve rules per widget (or `widget variant`), language and audience, written by the embed's build. */
const reserves: Record<string, Record<string, Record<string, string>>> = await fetch(
  `${base}reserve.json`,
).then((response) => response.json());
const overrides = await import(/* @vite-ignore */ `${base}overrides.js`);
show("version", manifest.version);

function options(select: HTMLSelectElement, entries: [string, string][]) {
  select.replaceChildren(...entries.map(([value, label]) => new Option(label, value)));
}
options(field("lang") as HTMLSelectElement, [
  ["en", "English"],
  ["fr", "Français"],
  ["ar", "العربية (draft)"],
]);
options(
  field("region") as HTMLSelectElement,
  english.regions.map((region) => [region.code, `${region.name} (${region.code})`]),
);
options(
  field("audience") as HTMLSelectElement,
  AUDIENCES.map((audience) => [audience, english.taxonomy.audiences[audience]]),
);

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The variant menu's words; each widget offers its own variants (`WIDGET_VARIANTS`), the first being the default. */
const VARIANT_LABELS: Record<string, string> = {
  full: "Full",
  compact: "Compact (warning signs only)",
  languages: "Help in your language only (for pages serving newcomers and workers)",
};
const variantsOf = (widget: string): readonly string[] =>
  (WIDGET_VARIANTS as Record<string, readonly string[]>)[widget] ?? ["full"];

/** The variant menu for `widget`, keeping the choice where the widget has it; disabled where there is no choice. */
function offerVariants(widget: string) {
  const select = field("variant") as HTMLSelectElement;
  const variants = variantsOf(widget);
  if ([...select.options].map((option) => option.value).join() === variants.join()) return;
  const kept = variants.includes(select.value) ? select.value : variants[0];
  options(
    select,
    variants.map((variant) => [variant, VARIANT_LABELS[variant] ?? variant]),
  );
  select.value = kept ?? "full";
  select.disabled = variants.length < 2;
}

function render() {
  const value = (id: string) => field(id).value.trim();
  const widget = value("widget");
  offerVariants(widget);
  // `warning-signs compact`, `help-directory languages`: the key of a variant's reserve rules and frame heights.
  const variant = variantsOf(widget).indexOf(value("variant")) > 0 ? value("variant") : "";
  const variantKey = variant ? `${widget} ${variant}` : widget;
  const attributes: [string, string][] = [["lang", value("lang")]];
  if (widget === "quick-exit") {
    if (value("exit-url")) attributes.push(["exit-url", value("exit-url")]);
  } else {
    if (value("region") !== "CA") attributes.push(["region", value("region")]);
    if (value("audience") !== "general") attributes.push(["audience", value("audience")]);
    if (variant) attributes.push(["variant", variant]);
    // The card's heading sits under the page's own: the partner says at which level.
    if (widget !== "report-button" && value("heading-level") !== "2")
      attributes.push(["heading-level", value("heading-level")]);
  }
  // A draft language is never chosen by the language menu alone: the partner ticks the box beside the warning the
  // widget itself will show, or the snippet shows English (and the console says why).
  const draft = value("lang") === "ar";
  (document.getElementById("draft-choice") as HTMLElement).hidden = !draft;
  show(
    "draft-warning",
    draft ? `${english.ui["draft.notice"]} Every widget shows this warning, in Arabic and in English.` : "",
  );
  if (draft && (field("allow-draft") as HTMLInputElement).checked) attributes.push(["allow-draft", ""]);

  // Explain each invalid choice next to its field.
  const exit = value("exit-url");
  show(
    "exit-url-problem",
    exit && !exit.startsWith("https://")
      ? "Use an https:// address, such as a weather page. Never a search engine: it may show the visitor's searches."
      : "",
  );
  const theme: Record<string, string> = {};
  for (const id of ["accent", "accent-text"]) {
    const input = field(id);
    if (input.value.trim()) theme[input.name] = input.value.trim();
  }
  const resolved = resolveTheme(theme);
  show(
    "accent-problem",
    resolved.problems
      .filter((p) => p.field === "--lantern-color-accent")
      .map((p) => p.message)
      .join(" "),
  );
  show(
    "accent-text-problem",
    resolved.problems
      .filter((p) => p.field === "--lantern-color-accent-text")
      .map((p) => p.message)
      .join(" "),
  );
  const config: { contacts?: unknown[]; theme?: Record<string, string> } = {};
  if (Object.keys(theme).length) config.theme = theme;
  if (value("contact-name") || value("contact-phone")) {
    config.contacts = [
      { name: value("contact-name"), channels: [{ kind: "phone", value: value("contact-phone") }] },
    ];
  }
  // The directory's lines: the chosen ones, held to the same partner-override rules as a line typed above; every
  // record left out (unusable, or refused by those rules) listed with why.
  const chosen = [...document.querySelectorAll<HTMLInputElement>("#hsds-records input:checked")].map(
    (box) => box.value,
  );
  const fromDirectory = checkImport(imported, (input) => overrides.parsePartnerConfig(input, value("lang")), [
    ...chosen,
    ...imported.filter((record) => !record.contact).map((record) => record.ref),
  ]);
  if (fromDirectory.config.contacts.length)
    config.contacts = [...(config.contacts ?? []), ...fromDirectory.config.contacts];
  (document.getElementById("hsds-rejected") as HTMLElement).replaceChildren(
    ...fromDirectory.rejected.map((entry) => {
      const item = document.createElement("li");
      item.textContent = `${entry.name || entry.ref}: ${entry.message}`;
      return item;
    }),
  );
  const checked = config.contacts ? overrides.parsePartnerConfig(config, value("lang")) : { problems: [] };
  const problemFor = (suffix: string) =>
    checked.problems
      .filter((p: { path: string }) => p.path.endsWith(suffix))
      .map((p: { message: string }) => p.message)
      .join(" ");
  show("contact-name-problem", problemFor(".name"));
  show("contact-phone-problem", problemFor(".value"));

  // The snippet, pinned to this version with its integrity hash.
  const configured = Object.keys(config).length > 0;
  const tag = `lantern-${widget}`;
  const attributeText = attributes
    .map(([name, text]) => (text ? ` ${name}="${escapeHtml(text)}"` : ` ${name}`))
    .join("");
  const lines = [
    `<script src="${base}embed.js" integrity="${integrity("embed.js")}" crossorigin="anonymous" async></script>`,
  ];
  if (configured) {
    lines.push(`<script type="application/json" data-lantern-config>${JSON.stringify(config)}</script>`);
  }
  // The files the loader will import first, fetched beside it instead of one round trip after it, with their own
  // integrity hashes. The loader's choice, repeated: without settings and in a language with a first paint (a file
  // for it in the manifest), the first paint alone; otherwise the chunk, the chunks it imports and the content.
  const preload = manifest.preload?.[widget];
  if (preload) {
    const first = preload.plain.replace("{lang}", value("lang"));
    const plain =
      widget === "quick-exit" ||
      (!configured && attributes.every(([name]) => name === "lang") && integrity(first) !== "");
    const files = plain
      ? [first]
      : [
          ...preload.settings,
          `content/${value("lang")}/${widget}.js`,
          ...(configured ? ["overrides.js"] : []),
        ];
    for (const file of files)
      lines.push(
        `<link rel="modulepreload" href="${base}${file}" integrity="${integrity(file)}" crossorigin="anonymous">`,
      );
  }
  // The space the widget will take, reserved by CSS before the async script arrives, so nothing on the page moves
  // when it appears (layout shift). Per widget, variant, language and audience, for each viewport width.
  const byAudience = reserves[variantKey]?.[value("lang")] ?? reserves[variantKey]?.en ?? {};
  const reserveCss = byAudience[value("audience")] ?? byAudience.general ?? "";
  lines.push(`<style>${reserveCss}</style>`);
  lines.push(`<${tag}${attributeText}></${tag}>`);
  show("snippet", lines.join("\n"));
  show("reserve-css", reserveCss);

  // The iframe, for CMSs that allow only iframes. The sandbox lets the widget run, open the hotline's site in a new
  // tab, and let the quick exit replace the partner's whole page on a press (allow-top-navigation-by-user-activation:
  // without it, the quick exit could only empty its own frame). The partner's contacts and theme ride in the
  // address, checked by the frame as the script tag checks them.
  const query = new URLSearchParams([["widget", widget], ...attributes]);
  if (configured) query.set("config", JSON.stringify(config));
  const heights = manifest.frameHeights?.[variantKey];
  const height = heights?.[value("lang")] ?? heights?.en ?? 600;
  const titles: Record<string, string> = {
    "warning-signs": english.ui["warningSigns.heading"],
    "report-button": english.ui["reportButton.label"],
    "quick-exit": english.ui["quickExit.label"],
    "at-risk": english.ui["atRisk.heading"],
    "myths-facts": english.ui["mythsFacts.heading"],
    "help-directory": english.ui["helpDirectory.heading"],
  };
  show(
    "iframe",
    [
      ...(widget === "quick-exit"
        ? [
            "<!-- Keep allow-top-navigation-by-user-activation: without it the quick exit cannot leave your page, and says so. Shift pressed 3 times works only while focus is inside the frame, so the frame does not offer it. -->",
          ]
        : []),
      // A quick exit must be ready at once, wherever it is on the page; the others may wait until they are near.
      `<iframe src="${base}frame.html?${escapeHtml(query.toString())}" title="${escapeHtml(titles[widget] ?? "Lantern")}" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" referrerpolicy="no-referrer"${widget === "quick-exit" ? "" : ' loading="lazy"'} width="100%" height="${height}" style="border:0"></iframe>`,
      // Where the page may run this one line, each frame grows and shrinks with its widget (and its open dialog).
      `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="lantern:height")for(var f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.height=d.height})</script>`,
    ].join("\n"),
  );
  const staticPath = `static/${value("lang") === "ar" ? "en" : value("lang")}/${variant ? `${widget}-${variant}` : widget}.html`;
  fetch(`${base}${staticPath}`)
    .then((response) =>
      response.ok ? response.text() : `(no static HTML for ${widget}: it needs JavaScript)`,
    )
    .then((html) => show("static", html));

  // The live preview: the real loader mounts it; a fresh config block each time, since blocks are read once.
  const preview = document.getElementById("preview") as HTMLElement;
  const block = document.createElement("script");
  block.type = "application/json";
  block.id = `preview-config-${Date.now()}`;
  block.setAttribute("data-lantern-config", "");
  block.textContent = JSON.stringify(config);
  const element = document.createElement(tag);
  for (const [name, text] of attributes) element.setAttribute(name, text);
  element.setAttribute("config", block.id);
  preview.replaceChildren(block, element);
}

/**
 * The day `assured_date` is judged on: today, or `?today=YYYY-MM-DD` so the demo's tests read the sample file the
 * same way whatever the date.
 */
const today = new URLSearchParams(location.search).get("today") ?? todayUtc();
/** The records of the partner's HSDS file, usable or not; empty until one is chosen. */
let imported: HsdsRecord[] = [];
const hsdsFile = field("hsds-file") as HTMLInputElement;
hsdsFile.addEventListener("change", async () => {
  const file = hsdsFile.files?.[0];
  imported = [];
  show("hsds-problem", "");
  if (file) {
    try {
      imported = readHsds(JSON.parse(await file.text()), {
        lantern: english.contacts,
        regions: english.regions,
        today,
      });
      if (!imported.length) show("hsds-problem", `${file.name} holds no HSDS services.`);
    } catch (error) {
      show("hsds-problem", `${file.name} is not a JSON file (${(error as Error).message}).`);
    }
  }
  // One checkbox per usable record, all chosen to begin with.
  const usable = imported.filter((record) => record.contact);
  const group = document.createElement("fieldset");
  group.append(Object.assign(document.createElement("legend"), { textContent: "Lines to show" }));
  for (const [index, record] of usable.entries()) {
    const box = Object.assign(document.createElement("input"), {
      type: "checkbox",
      id: `hsds-record-${index}`,
      value: record.ref,
      checked: true,
    });
    const label = Object.assign(document.createElement("label"), {
      htmlFor: box.id,
      textContent: `${record.name} (${record.contact?.region})`,
    });
    const row = document.createElement("div");
    row.append(box, " ", label);
    group.append(row);
  }
  (document.getElementById("hsds-records") as HTMLElement).replaceChildren(...(usable.length ? [group] : []));
  render();
});

form.addEventListener("input", render);
form.addEventListener("change", render);
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
  button.addEventListener("click", async () => {
    const text = document.getElementById(button.dataset.copy as string)?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      show("copied", "Copied.");
    } catch {
      show("copied", "Copy blocked by the browser: select the text and copy it.");
    }
  });
}
render();
