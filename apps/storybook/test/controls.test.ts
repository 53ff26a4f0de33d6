/**
 * Every control of a widget story is something the embed accepts, and everything the embed accepts has a control:
 * read from the embed's own attribute types (`LanternElementAttributes` in @lantern/embed's index.d.ts, generated
 * from the same vocabularies the widgets check at run time), and from the widgets' run-time checks.
 */
import { createRequire } from "node:module";
import en from "@lantern/sdk/content/en";
import { checkExitUrl, resolveConfig, resolveTheme, THEME_DEFAULTS, WIDGET_NAMES } from "@lantern/widgets";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { controlsFor, type StoryWidget } from "../../../packages/widgets/src/core/story-helpers.js";

const require = createRequire(import.meta.url);
const typesFile = require.resolve("@lantern/embed").replace(/\.js$/, ".d.ts");
const program = ts.createProgram([typesFile], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(typesFile) as ts.SourceFile;
const elements = checker.getTypeAtLocation(
  source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "LanternElementAttributes",
  ) as ts.InterfaceDeclaration,
);

/** The attributes the embed types for `tag`, each with its literal values (empty for a string or template). */
function embedAttributes(tag: string): Map<string, string[]> {
  const element = checker.getTypeOfSymbol(checker.getPropertyOfType(elements, tag) as ts.Symbol);
  return new Map(
    checker.getPropertiesOfType(element).map((property) => {
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      const members = type.isUnion() ? type.types : [type];
      const literals = members.filter((member) => member.isLiteral()).map((member) => String(member.value));
      return [property.name, [...new Set(literals)]];
    }),
  );
}

/** The attribute a control writes: its own name, or `config` for the configuration block's contacts and theme. */
const attributeOf = (control: string) =>
  control === "contacts" || control.startsWith("--") ? "config" : control;

const WIDGETS: StoryWidget[] = [...WIDGET_NAMES, "quick-exit"];

describe.each(WIDGETS)("<lantern-%s> in Storybook", (widget) => {
  const { args, argTypes } = controlsFor(widget);
  const shown = Object.entries(argTypes).filter(([, type]) => !type.table?.disable);
  const attributes = embedAttributes(`lantern-${widget}`);

  it("has a control for every attribute the embed reads, and none the embed would reject", () => {
    expect(attributes.size).toBeGreaterThan(2);
    expect([...new Set(shown.map(([name]) => attributeOf(name)))].sort()).toEqual(
      [...attributes.keys()].sort(),
    );
  });

  it("offers exactly the values the embed types for each select", () => {
    for (const [name, type] of shown) {
      const values = attributes.get(attributeOf(name)) ?? [];
      if (
        type.control &&
        typeof type.control === "object" &&
        type.control.type === "select" &&
        values.length
      ) {
        // lang also takes regional forms (fr-CA); its control offers the bare languages, all of them typed.
        if (name === "lang") expect(values).toEqual(expect.arrayContaining([...(type.options ?? [])]));
        else expect([...(type.options ?? [])].map(String).sort(), name).toEqual([...values].sort());
      }
    }
  });

  it("starts from values the widgets accept without a problem", () => {
    if (widget === "quick-exit") {
      const problems: unknown[] = [];
      checkExitUrl(String(args["exit-url"]), (problem) => problems.push(problem));
      expect(problems).toEqual([]);
      return;
    }
    for (const [name, type] of shown) {
      for (const option of name === "lang" || !type.options ? [] : type.options) {
        if (name === "contacts" || name === "allow-draft") continue;
        expect(resolveConfig(widget, { [name]: String(option) }, en).problems, `${name}="${option}"`).toEqual(
          [],
        );
      }
    }
    expect(resolveTheme(Object.fromEntries(Object.entries(THEME_DEFAULTS))).problems).toEqual([]);
  });
});

it("has a control for every theme token a content widget accepts, each mapped to the configuration block", () => {
  const { argTypes } = controlsFor("warning-signs");
  expect(Object.keys(argTypes).filter((name) => name.startsWith("--lantern-"))).toEqual(
    Object.keys(THEME_DEFAULTS),
  );
  expect(Object.keys(controlsFor("quick-exit").argTypes).some((name) => name.startsWith("--"))).toBe(false);
});
