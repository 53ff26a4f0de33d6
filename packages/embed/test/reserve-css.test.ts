/**
 * The reserve rules' selectors: each variant has its own height, so the default's rule must leave every other
 * variant to its own rule, or a page with both would reserve the wrong space for one of them.
 */
import { WIDGET_VARIANTS } from "@lantern/widgets";
import { describe, expect, it } from "vitest";
import { OTHER_VARIANTS, reserveSelector } from "../scripts/reserve-css.mjs";

describe("reserve selectors", () => {
  it("know every widget's variants other than its default", () => {
    const others = Object.fromEntries(
      Object.entries(WIDGET_VARIANTS)
        .map(([name, variants]) => [name, variants.slice(1)] as const)
        .filter(([, rest]) => rest.length),
    );
    expect(OTHER_VARIANTS).toEqual(others);
  });

  it("give the default variant a rule that excludes the others, and each other variant its own", () => {
    expect(reserveSelector("help-directory")).toBe('lantern-help-directory:not([variant="languages"])');
    expect(reserveSelector("help-directory languages", { lang: "fr" })).toBe(
      'lantern-help-directory[variant="languages"]:lang(fr)',
    );
    expect(reserveSelector("warning-signs", { placeholder: true })).toBe(
      '[data-lantern="warning-signs"]:not([data-variant="compact"])',
    );
    expect(reserveSelector("myths-facts")).toBe("lantern-myths-facts");
  });
});
