/**
 * Settings → Lantern: checks the partner's contacts and theme with the embed's own rules (the SDK's partner-contact
 * schema and the widgets' theme limits, bundled from the same source the embed is built from), shows each of the
 * embed's messages under its field, and keeps the form from saving while any remains. Checked as people type, and on
 * submit, where the first field with a problem gets the focus.
 */
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { resolveTheme } from "@lantern/widgets/theme";

declare global {
  interface Window {
    lanternAdmin: { summary: string; cdnBase: string; exitUrl: string };
  }
}

type Field = HTMLInputElement | HTMLSelectElement;

const form = document.getElementById("lantern-settings") as HTMLFormElement | null;
const summary = document.getElementById("lantern-summary") as HTMLElement | null;

/** The configuration the page will hand the embed, and which field each part of it came from. */
function read(root: HTMLFormElement) {
  const owners = new Map<string, Field>();
  const contacts: unknown[] = [];
  for (const row of root.querySelectorAll<HTMLElement>("[data-lantern-contact]")) {
    const field = (name: string) => row.querySelector(`[data-field="${name}"]`) as Field;
    const value = (name: string) => field(name).value.trim();
    if (!value("name-en") && !value("name-fr") && !value("phone") && !value("web")) continue;
    // The same shape PHP saves (lantern_sanitize_settings), so what is checked here is what the embed gets.
    const at = `contacts.${contacts.length}`;
    const name: Record<string, string> = {};
    if (value("name-en")) name.en = value("name-en");
    if (value("name-fr")) name.fr = value("name-fr");
    const channels: { kind: string; value: string }[] = [];
    for (const [input, kind] of [
      ["phone", "phone"],
      ["web", "web-form"],
    ] as const) {
      if (!value(input)) continue;
      owners.set(`${at}.channels.${channels.length}`, field(input));
      channels.push({ kind, value: value(input) });
    }
    owners.set(at, field("name-en"));
    owners.set(`${at}.name`, field("name-en"));
    owners.set(`${at}.name.fr`, field("name-fr"));
    owners.set(`${at}.channels`, field("phone"));
    contacts.push({ name, role: value("role"), channels });
  }
  const theme: Record<string, string> = {};
  for (const input of root.querySelectorAll<HTMLInputElement>("[data-theme]")) {
    const property = input.dataset.theme as string;
    owners.set(`theme.${property}`, input);
    if (input.value.trim()) theme[property] = input.value.trim();
  }
  return { contacts, theme, owners };
}

/** The field a problem belongs to: the owner of the longest path that contains it. */
function ownerOf(path: string, owners: Map<string, Field>): Field | undefined {
  let best: string | undefined;
  for (const key of owners.keys()) {
    if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : owners.get(best);
}

/** Checks the form; shows each problem under its field. Returns the fields with problems, in page order. */
function check(root: HTMLFormElement): Field[] {
  const { contacts, theme, owners } = read(root);
  const problems = new Map<Field, string[]>();
  const add = (field: Field | undefined, message: string) => {
    if (field) problems.set(field, [...(problems.get(field) ?? []), message]);
  };
  for (const problem of parsePartnerConfig({ contacts }, "en").problems) {
    add(ownerOf(problem.path, owners), problem.message);
  }
  for (const problem of resolveTheme(theme).problems) {
    add(owners.get(`theme.${problem.field}`), problem.message);
  }
  // Absolute https only, as PHP saves them (lantern_https_url): not //host/, which would take the page's scheme.
  const https = (input: HTMLInputElement) => /^https:\/\/[^\s/]+/.test(input.value.trim());
  const source = root.querySelector<HTMLInputElement>('input[name$="[source]"]:checked');
  const cdnBase = document.getElementById("lantern-cdn-base") as HTMLInputElement | null;
  if (cdnBase && (source?.value === "cdn" || cdnBase.value.trim()) && !https(cdnBase)) {
    add(cdnBase, window.lanternAdmin.cdnBase);
  }
  const exitUrl = document.getElementById("lantern-exit-url") as HTMLInputElement | null;
  if (exitUrl?.value.trim() && !https(exitUrl)) add(exitUrl, window.lanternAdmin.exitUrl);

  const fields = [...root.querySelectorAll<Field>("input[id], select[id]")];
  for (const field of fields) {
    const messages = problems.get(field);
    const place = document.getElementById(`${field.id}-problem`);
    if (place) place.textContent = messages ? messages.join(" ") : "";
    if (messages) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  }
  return fields.filter((field) => problems.has(field));
}

if (form && summary) {
  form.addEventListener("input", () => {
    // Only once someone has tried to save: messages appearing at the first keystroke would be noise.
    if (!summary.hidden) summary.hidden = check(form).length === 0;
  });
  form.addEventListener("submit", (event) => {
    const invalid = check(form);
    if (invalid.length === 0) return;
    event.preventDefault();
    const text = document.createElement("p");
    text.textContent = window.lanternAdmin.summary;
    summary.replaceChildren(text);
    summary.hidden = false;
    invalid[0]?.focus();
  });
}
