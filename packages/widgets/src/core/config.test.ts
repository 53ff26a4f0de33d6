import en from "@lantern/sdk/content/en";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.js";

describe("resolveConfig", () => {
  it("defaults to all of Canada, everyone, and the first variant", () => {
    expect(resolveConfig("warning-signs", {}, en)).toEqual({
      config: { region: "CA", audience: "general", variant: "full", headingLevel: 2 },
      problems: [],
    });
    expect(resolveConfig("warning-signs", undefined, en).config.variant).toBe("full");
  });

  it("accepts known values, trimmed and in any case", () => {
    expect(
      resolveConfig(
        "warning-signs",
        { region: " ca-on ", audience: "Youth", variant: "COMPACT", "heading-level": " 3 " },
        en,
      ),
    ).toEqual({
      config: { region: "CA-ON", audience: "youth", variant: "compact", headingLevel: 3 },
      problems: [],
    });
  });

  it("ignores settings given as undefined (attributes that are absent)", () => {
    expect(resolveConfig("at-risk", { region: undefined, other: undefined }, en).problems).toEqual([]);
  });

  it("names the fix for each bad value and keeps the default", () => {
    const { config, problems } = resolveConfig(
      "warning-signs",
      { region: "CA-XX", audience: "teens", variant: "tiny" },
      en,
    );
    expect(config).toEqual({ region: "CA", audience: "general", variant: "full", headingLevel: 2 });
    expect(problems).toEqual([
      {
        field: "region",
        message:
          '"CA-XX" is not a region: use CA for all of Canada, or a province or territory: CA-AB, CA-BC, CA-MB, CA-NB, CA-NL, CA-NS, CA-NT, CA-NU, CA-ON, CA-PE, CA-QC, CA-SK, CA-YT',
      },
      {
        field: "audience",
        message:
          '"teens" is not an audience: use one of general, youth, parents, educators, hospitality, healthcare, workers',
      },
      { field: "variant", message: '"tiny" is not a variant of warning-signs: use full or compact' },
    ]);
  });

  it("takes a heading level from 2 to 6, as the attribute or a developer's headingLevel prop", () => {
    expect(resolveConfig("at-risk", { "heading-level": "6" }, en).config.headingLevel).toBe(6);
    expect(resolveConfig("at-risk", { headingLevel: 4 }, en).config.headingLevel).toBe(4);
    for (const bad of ["1", "7", "h3", "", "2.5", 3.5]) {
      const { config, problems } = resolveConfig("myths-facts", { "heading-level": bad }, en);
      expect(config.headingLevel).toBe(2);
      expect(problems).toEqual([
        {
          field: "heading-level",
          message: `${typeof bad === "string" ? `"${bad}"` : bad} is not a heading level: use 2, 3, 4, 5 or 6, one more than the heading of the section the widget sits in (using 2)`,
        },
      ]);
    }
  });

  it("says when a widget has only one variant", () => {
    expect(resolveConfig("at-risk", { variant: "compact" }, en).problems).toEqual([
      {
        field: "variant",
        message: '"compact" is not a variant of at-risk: at-risk has only "full": remove the setting',
      },
    ]);
  });

  it("reports an empty value rather than guessing", () => {
    expect(resolveConfig("help-directory", { audience: "" }, en).problems[0]?.message).toMatch(
      /^"" is not an audience/,
    );
  });

  it("reports non-string props from developers", () => {
    expect(resolveConfig("help-directory", { region: 42 }, en).problems[0]).toEqual({
      field: "region",
      message: expect.stringMatching(/^42 is not a region/),
    });
  });

  it.each([
    ["regoin", 'did you mean "region"?'],
    ["audiance", 'did you mean "audience"?'],
    ["compact", 'did you mean variant="compact"?'],
    ["youth", 'did you mean audience="youth"?'],
    ["lang", "Lantern reads region, audience, variant, heading-level"],
    ["heading-levle", 'did you mean "heading-level"?'],
  ])("reports unknown setting %s with a suggestion", (field, hint) => {
    expect(resolveConfig("warning-signs", { [field]: "" }, en).problems).toEqual([
      { field, message: `unknown setting: ${hint}` },
    ]);
  });
});
