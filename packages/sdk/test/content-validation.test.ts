import { describe, expect } from "vitest";
import { test } from "./workspace.js";

describe("a valid content tree", () => {
  test("has no errors, and warns once per text a reviewed locale lacks", ({ workspace }) => {
    const result = workspace.load();
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings).toContain(
      'content/locales/fr/signs.yaml:1 signs: missing "cash-no-card": English is shown instead',
    );
    expect(result.warnings).toContain(
      'content/locales/fr/myths.yaml:1 myths: missing "only-smuggling": English is shown instead',
    );
  });
});

describe("each mistake gives its precise message", () => {
  test("a typo in a field name", ({ workspace }) => {
    workspace.edit("locales/en/signs.yaml", "    text: Someone else", "    tex: Someone else");
    expect(workspace.load().errors).toEqual([
      "content/locales/en/signs.yaml:2 signs.speaks-for-them.text: required: write the text in this language",
      'content/locales/en/signs.yaml:3 signs.speaks-for-them.tex: unknown field "tex": did you mean "text"?',
    ]);
  });

  test("an unknown id in a locale", ({ workspace }) => {
    workspace.edit("locales/fr/signs.yaml", "speaks-for-them:", "speaks-for-him:");
    expect(workspace.load().errors).toEqual([
      'content/locales/fr/signs.yaml:2 signs.speaks-for-him: unknown id: ids come from content/facts/signs.yaml (did you mean "speaks-for-them"?)',
    ]);
  });

  test("a malformed phone number", ({ workspace }) => {
    workspace.edit("facts/contacts.yaml", "value: 1-833-900-1010", "value: 1-833-900-101");
    expect(workspace.load().errors).toEqual([
      'content/facts/contacts.yaml:21 contacts.ca-human-trafficking-hotline.channels.0.value: "1-833-900-101" is not a phone number: write it like 911 or 1-833-900-1010',
    ]);
  });

  test("a missing source", ({ workspace }) => {
    workspace.edit(
      "facts/signs.yaml",
      "    sources: [https://canadianhumantraffickinghotline.ca/im-worried-about-someone-else]\n",
      "",
    );
    expect(workspace.load().errors).toEqual([
      "content/facts/signs.yaml:2 signs.speaks-for-them.sources: required: add at least one https:// URL of a page that states this fact",
    ]);
  });

  test("an empty list of sources", ({ workspace }) => {
    workspace.edit(
      "facts/signs.yaml",
      "sources: [https://canadianhumantraffickinghotline.ca/im-worried-about-someone-else]",
      "sources: []",
    );
    expect(workspace.load().errors).toEqual([
      "content/facts/signs.yaml:6 signs.speaks-for-them.sources: add at least one https:// URL of a page that states this fact",
    ]);
  });

  test("a missing lastVerified", ({ workspace }) => {
    workspace.edit("facts/myths.yaml", '    lastVerified: "2026-11-28"\n', "");
    expect(workspace.load().errors).toEqual([
      "content/facts/myths.yaml:2 myths.only-smuggling.lastVerified: required: add the date you last checked the sources, as YYYY-MM-DD",
    ]);
  });

  test("a lastVerified that is not a date", ({ workspace }) => {
    workspace.edit("facts/myths.yaml", '    lastVerified: "2026-11-28"', '    lastVerified: "28/11/2026"');
    expect(workspace.load().errors).toEqual([
      "content/facts/myths.yaml:5 myths.only-smuggling.lastVerified: write the date as YYYY-MM-DD, for example 2026-11-28",
    ]);
  });

  test("a duplicate id", ({ workspace }) => {
    workspace.edit(
      "facts/steps.yaml",
      "steps:\n",
      'steps:\n  do-not-confront:\n    confidence: high\n    sources: [https://example.org/a]\n    lastVerified: "2026-11-28"\n',
    );
    expect(workspace.load().errors).toEqual([
      "content/facts/steps.yaml:6 steps.do-not-confront: duplicate key (first on line 2): give each entry its own id, or merge the two",
    ]);
  });

  test("a YAML syntax error", ({ workspace }) => {
    workspace.edit(
      "locales/en/steps.yaml",
      "    text: Do not confront anyone.",
      "    text: Note: do not confront anyone.",
    );
    expect(workspace.load().errors).toEqual([
      "content/locales/en/steps.yaml:3 YAML syntax error: Nested mappings are not allowed in compact mappings. Check the indentation and quoting on this line or the one above",
    ]);
  });

  test("an unknown category, with the closest allowed value", ({ workspace }) => {
    workspace.edit("facts/signs.yaml", "category: control", "category: controll");
    expect(workspace.load().errors).toEqual([
      'content/facts/signs.yaml:3 signs.speaks-for-them.category: "controll" is not allowed: did you mean "control"?',
    ]);
  });

  test("a misnamed file is reported, not ignored", ({ workspace }) => {
    workspace.write("locales/fr/sign.yaml", "signs: {}\n");
    expect(workspace.load().errors).toEqual([
      'content/locales/fr/sign.yaml:1 unknown file: did you mean "signs.yaml"?',
    ]);
  });

  test("a translation that drops a placeholder", ({ workspace }) => {
    workspace.edit("locales/fr/ui.yaml", '"Appeler le {number}"', '"Appeler le numéro"');
    expect(workspace.load().errors).toEqual([
      "content/locales/fr/ui.yaml:4 ui.common.call: must use the same placeholders as English: {number}",
    ]);
  });

  test("a phone number typed into a locale file", ({ workspace }) => {
    workspace.edit("locales/en/steps.yaml", "Do not confront anyone.", "Call 1-833-900-1010 instead.");
    expect(workspace.load().errors).toEqual([
      "content/locales/en/steps.yaml:3 steps.do-not-confront.text: phone numbers, short codes and web addresses live only in facts/contacts.yaml: use a {placeholder}",
    ]);
  });

  test("a statistic whose text lost its figure or period", ({ workspace }) => {
    workspace.edit("locales/en/statistics.yaml", "From 2010 to 2021, 62%", "Since 2010, 65%");
    expect(workspace.load().errors).toEqual([
      "content/locales/en/statistics.yaml:3 statistics.ontario-share.text: must contain the figure 62 exactly as in facts/statistics.yaml",
      "content/locales/en/statistics.yaml:3 statistics.ontario-share.text: must name the period: 2021 is missing",
    ]);
  });

  test("English missing an entry is an error, since every locale falls back to it", ({ workspace }) => {
    workspace.edit(
      "locales/en/signs.yaml",
      "  cash-no-card:\n    text: They pay cash and leave no card.\n",
      "",
    );
    expect(workspace.load().errors).toEqual([
      'content/locales/en/signs.yaml:1 signs: missing "cash-no-card": English is the fallback, so it must have every entry',
    ]);
  });

  test("markup in a text", ({ workspace }) => {
    workspace.edit(
      "locales/en/myths.yaml",
      "It can happen without any travel.",
      "<b>It can</b> happen anywhere.",
    );
    expect(workspace.load().errors).toEqual([
      "content/locales/en/myths.yaml:4 myths.only-smuggling.fact: must be plain text: remove the HTML markup (it would be shown as text, never run)",
    ]);
  });
});
