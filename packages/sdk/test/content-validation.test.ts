import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { test } from "./workspace.js";

describe("a valid content tree", () => {
  test("has no errors, and warns once per text a draft locale lacks", ({ workspace }) => {
    const result = workspace.load();
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings).toContain(
      'content/locales/fr/signs.yaml:1 signs: missing "cash-no-card": English is shown instead',
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

describe("locales: a reviewed locale is complete, a draft's gaps are warnings", () => {
  test("a draft's missing file is one warning, and the tree stays valid", ({ workspace }) => {
    const result = workspace.load();
    expect(result.valid).toBe(true);
    expect(result.warnings).toContain(
      "content/locales/fr/myths.yaml:1 missing file: English is shown for its 1 entry",
    );
  });

  test("a reviewed locale missing a text is an error, not English in its place", ({ workspace }) => {
    workspace.edit("locales/fr/locale.yaml", "status: draft", "status: reviewed");
    const result = workspace.load();
    expect(result.valid).toBe(false);
    expect(result.errors).toContain(
      'content/locales/fr/signs.yaml:1 signs: missing "cash-no-card": a reviewed locale must have every text: translate it, or set status: draft in locale.yaml',
    );
    expect(result.errors).toContain(
      "content/locales/fr/myths.yaml:1 missing file: a reviewed locale must have every text: translate it, or set status: draft in locale.yaml",
    );
    expect(result.warnings).toEqual([]);
  });
});

describe("facts: the canonical contact list, dates and confidence", () => {
  test("a well-formed but wrong number", ({ workspace }) => {
    workspace.edit("facts/contacts.yaml", "value: 1-833-900-1010", "value: 1-833-900-1011");
    expect(workspace.load().errors).toEqual([
      'content/facts/contacts.yaml:21 contacts.ca-human-trafficking-hotline.channels.0.value: "1-833-900-1011" does not match the canonical list: ca-human-trafficking-hotline\'s phone is 1-833-900-1010',
    ]);
  });

  test("a number the canonical list says not to ship", ({ workspace }) => {
    workspace.edit("facts/contacts.yaml", "value: 1-888-579-2888", "value: 1-833-999-9211");
    expect(workspace.load().errors).toEqual([
      "content/facts/contacts.yaml:34 contacts.on-victim-support-line.channels.0.value: is on the do-not-ship list: 'Ontario's Human Trafficking Helpline' appears only on an undated page; current Ontario pages point to the national hotline: may be retired",
      'content/facts/contacts.yaml:34 contacts.on-victim-support-line.channels.0.value: "1-833-999-9211" does not match the canonical list: on-victim-support-line\'s phone is 1-888-579-2888',
    ]);
  });

  test("a contact the canonical list does not have", ({ workspace }) => {
    workspace.edit("canonical-contacts.json", '"id": "on-victim-support-line"', '"id": "on-victim-line"');
    expect(workspace.load().errors).toEqual([
      "content/facts/contacts.yaml:26 contacts.on-victim-support-line: not in the canonical contact list (content/canonical-contacts.json): only a listed contact may be added (use one of: emergency-911, ca-human-trafficking-hotline, on-victim-line)",
    ]);
  });

  test("a contact graded higher than the canonical list grades it", ({ workspace }) => {
    workspace.edit("facts/contacts.yaml", "    confidence: medium", "    confidence: high");
    expect(workspace.load().errors).toEqual([
      "content/facts/contacts.yaml:31 contacts.on-victim-support-line.confidence: the canonical list grades this contact medium: write confidence: medium",
    ]);
  });

  test("a missing canonical list", ({ workspace }) => {
    rmSync(join(workspace.root, "canonical-contacts.json"));
    expect(workspace.load().errors).toEqual([
      "content/canonical-contacts.json:1 missing file: copy the project's canonical contact list (shared/facts/contacts.json) here, so every number is checked against it",
    ]);
  });

  test("a lastVerified in the future", ({ workspace }) => {
    workspace.edit("facts/myths.yaml", '    lastVerified: "2026-11-28"', '    lastVerified: "2099-01-01"');
    expect(workspace.load().errors).toEqual([
      'content/facts/myths.yaml:5 myths.only-smuggling.lastVerified: "2099-01-01" is in the future: write the date you last checked the sources',
    ]);
  });

  test("a channel the canonical list marks medium, shown by default", ({ workspace }) => {
    workspace.edit(
      "canonical-contacts.json",
      '"notes": "staff do not open links or attachments: write the details in the email itself"',
      '"notes": "from a 2018 copy; medium confidence"',
    );
    expect(workspace.load().errors).toEqual([
      'content/facts/contacts.yaml:22 contacts.ca-human-trafficking-hotline.channels.1: the canonical list marks this channel medium ("from a 2018 copy; medium confidence"): add confidence: medium so it stays out of default bundles',
    ]);
    workspace.edit(
      "facts/contacts.yaml",
      "value: hotline@ccteht.ca",
      "value: hotline@ccteht.ca\n        confidence: medium",
    );
    expect(workspace.load().errors).toEqual([]);
  });

  test("a note on details the canonical list grades medium, shown by default", ({ workspace }) => {
    workspace.edit(
      "canonical-contacts.json",
      '"confidence": "high",\n      "source": "https://canadianhumantraffickinghotline.ca/who-are-we',
      '"confidence": "high",\n      "notes": "email details date from 2018: medium confidence",\n      "source": "https://canadianhumantraffickinghotline.ca/who-are-we',
    );
    expect(workspace.load().errors).toEqual([
      'content/facts/contacts.yaml:22 contacts.ca-human-trafficking-hotline.channels.1: the canonical list grades some details of this contact medium ("email details date from 2018: medium confidence"): add noteConfidence: medium so the note (en) stays out of default bundles',
    ]);
  });
});

describe("promises: what a text says of a contact traces to the canonical list", () => {
  test("in a contact's use", ({ workspace }) => {
    workspace.edit(
      "locales/en/contacts.yaml",
      "use: Report a concern or get help.",
      "use: Report a concern anonymously.",
    );
    expect(workspace.load().errors).toEqual([
      'content/locales/en/contacts.yaml:8 contacts.ca-human-trafficking-hotline.use: promises "anonymous", which the canonical list does not say of ca-human-trafficking-hotline: say only what its sources state',
    ]);
  });

  test("in a channel's note, which rests on that channel and not on another", ({ workspace }) => {
    workspace.edit(
      "locales/en/contacts.yaml",
      "email: Write the details in the email itself.",
      "email: Interpreters are available.",
    );
    expect(workspace.load().errors).toEqual([
      'content/locales/en/contacts.yaml:10 contacts.ca-human-trafficking-hotline.channels.email: promises "interpreters", which the canonical list does not say of ca-human-trafficking-hotline\'s email: say only what its sources state',
    ]);
  });

  test("in a role's name, which labels every contact of that role", ({ workspace }) => {
    workspace.edit("locales/en/taxonomy.yaml", "hotline: Hotline", "hotline: Anonymous hotline");
    expect(workspace.load().errors).toEqual([
      'content/locales/en/taxonomy.yaml:21 roles.hotline: promises "anonymous", which the canonical list does not say of ca-human-trafficking-hotline (role hotline): say only what its sources state',
    ]);
  });

  test("in a step that names the contact it speaks of", ({ workspace }) => {
    workspace.edit(
      "facts/steps.yaml",
      '    lastVerified: "2026-11-28"',
      '    contacts: [ca-human-trafficking-hotline]\n    lastVerified: "2026-11-28"',
    );
    workspace.edit("locales/en/steps.yaml", "Do not confront anyone.", "Call the hotline for free.");
    expect(workspace.load().errors).toEqual([
      'content/locales/en/steps.yaml:3 steps.do-not-confront.text: promises "free", which the canonical list does not say of ca-human-trafficking-hotline: say only what its sources state',
    ]);
  });

  test("a step naming an unknown contact", ({ workspace }) => {
    workspace.edit(
      "facts/steps.yaml",
      '    lastVerified: "2026-11-28"',
      '    contacts: [ca-human-trafficking-hotlin]\n    lastVerified: "2026-11-28"',
    );
    expect(workspace.load().errors).toEqual([
      'content/facts/steps.yaml:5 steps.do-not-confront.contacts.0: unknown contact "ca-human-trafficking-hotlin": ids come from content/facts/contacts.yaml (did you mean "ca-human-trafficking-hotline"?)',
    ]);
  });
});

describe("wording: the hotline's limits and which line", () => {
  test("no name needed, without the hotline's limits", ({ workspace }) => {
    workspace.edit(
      "locales/en/contacts.yaml",
      "use: Report a concern or get help.",
      "use: Report a concern. You never have to give your name.",
    );
    expect(workspace.load().errors).toEqual([
      "content/locales/en/contacts.yaml:8 contacts.ca-human-trafficking-hotline.use: says no name is needed without the hotline's limits: add that it shares information when the law requires it, for example when a child is at risk",
    ]);
  });

  test("no name needed, with the limits next to it", ({ workspace }) => {
    workspace.edit(
      "locales/en/contacts.yaml",
      "use: Report a concern or get help.",
      "use: Report a concern. You never have to give your name. It shares information only when the law requires it.",
    );
    expect(workspace.load().errors).toEqual([]);
  });

  test("French « la ligne » outside a contact's own entry", ({ workspace }) => {
    workspace.edit("locales/fr/ui.yaml", '"Appeler le {number}"', '"Appeler la ligne au {number}"');
    expect(workspace.load().errors).toEqual([
      "content/locales/fr/ui.yaml:4 ui.common.call: « la ligne » does not say which line: name the Ligne d'urgence canadienne contre la traite des personnes",
    ]);
  });
});

describe("audiences: an audience reorders or adds, never drops a seed group", () => {
  test("a seed group kept from some audiences", ({ workspace }) => {
    workspace.edit("facts/at-risk.yaml", "    audiences: []", "    audiences: [youth, hospitality]");
    expect(workspace.load().errors).toEqual([
      "content/facts/at-risk.yaml:4 groups.migrant-workers.audiences: a seed group is shown to every audience: write audiences: [] (use leadFor to put it first for some readers)",
    ]);
  });

  test("a myth that leads for readers who never see it", ({ workspace }) => {
    workspace.edit(
      "facts/myths.yaml",
      "    audiences: []",
      "    audiences: [youth]\n    leadFor: [hospitality]",
    );
    expect(workspace.load().errors).toEqual([
      "content/facts/myths.yaml:7 myths.only-smuggling.leadFor.0: leads for hospitality, who never see it: add hospitality to audiences, or remove it here",
    ]);
  });

  test("a seed group without why", ({ workspace }) => {
    workspace.edit("locales/en/at-risk.yaml", "\n    why: Employers may hold their papers.", "");
    expect(workspace.load().errors).toEqual([
      'content/locales/en/at-risk.yaml:2 groups.migrant-workers: a seed group is shown open, with why traffickers target it: add "why"',
    ]);
  });
});

describe("punctuation", () => {
  test("French with no space before a colon", ({ workspace }) => {
    workspace.edit("locales/fr/ui.yaml", '"Appeler le {number}"', '"Urgence: appeler le {number}"');
    expect(workspace.load().errors).toEqual([
      "content/locales/fr/ui.yaml:4 ui.common.call: no space before « : »: French puts a space there (the build makes it non-breaking)",
    ]);
  });

  test("French with straight quotation marks", ({ workspace }) => {
    workspace.edit("locales/fr/ui.yaml", '"Appeler le {number}"', "'Appeler le \"{number}\"'");
    expect(workspace.load().errors).toEqual([
      "content/locales/fr/ui.yaml:4 ui.common.call: straight quotation mark: write « » around a quotation in French",
    ]);
  });

  test("an unbalanced parenthesis, in any language", ({ workspace }) => {
    workspace.edit(
      "locales/en/steps.yaml",
      "Do not confront anyone.",
      "Do not confront anyone (or rescue them.",
    );
    expect(workspace.load().errors).toEqual([
      "content/locales/en/steps.yaml:3 steps.do-not-confront.text: unbalanced ( ): close what you open, or remove the extra one",
    ]);
  });
});

describe("one run reports every problem", () => {
  test("a broken fact file does not hide translation problems", ({ workspace }) => {
    workspace.edit("facts/signs.yaml", "category: control", "categry: control");
    workspace.edit("locales/fr/ui.yaml", '"Appeler le {number}"', '"Appeler le numéro"');
    const result = workspace.load();
    expect(result.errors).toEqual([
      "content/facts/signs.yaml:2 signs.speaks-for-them.category: required: write one of control, documents, physical, behaviour, recruitment, labour",
      'content/facts/signs.yaml:3 signs.speaks-for-them.categry: unknown field "categry": did you mean "category"?',
      "content/locales/fr/ui.yaml:4 ui.common.call: must use the same placeholders as English: {number}",
    ]);
    expect(result.warnings).toContain(
      "content/locales/fr/myths.yaml:1 missing file: English is shown for its 1 entry",
    );
  });
});
