import { describe, expect, it } from "vitest";
import baseCss from "./base.css?inline";
import { contrastRatio, parseColor, resolveTheme, THEME_DEFAULTS } from "./theme.js";

describe("parseColor", () => {
  it.each([
    ["#fff", [255, 255, 255]],
    ["#0B4F8A", [11, 79, 138]],
    ["#0b4f8aff", [11, 79, 138]],
    ["rgb(11, 79, 138)", [11, 79, 138]],
    ["rgb(11 79 138)", [11, 79, 138]],
    ["rgb(100% 0% 0% / 1)", [255, 0, 0]],
    ["rgba(0, 0, 0, 1)", [0, 0, 0]],
  ])("reads %s", (value, rgb) => {
    expect(parseColor(value)).toEqual(rgb);
  });

  it.each(["#0b4f8a80", "rgba(0, 0, 0, 0.5)", "rgb(0 0 0 / 50%)", "#fff8"])(
    "flags %s as translucent",
    (value) => {
      expect(parseColor(value)).toBe("translucent");
    },
  );

  it.each(["red", "transparent", "#12", "rgb(300, 0, 0)", "rgb(0, 0)", "hsl(0 0% 0%)", "var(--x)", ""])(
    "cannot check %s",
    (value) => {
      expect(parseColor(value)).toBeUndefined();
    },
  );
});

describe("contrastRatio", () => {
  it("matches WCAG's extremes and a known pair", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
});

describe("resolveTheme", () => {
  it("keeps the defaults readable: every pair meets its minimum", () => {
    expect(resolveTheme(THEME_DEFAULTS)).toEqual({ style: { ...THEME_DEFAULTS }, problems: [] });
  });

  it("accepts a readable dark theme as a whole", () => {
    const dark = {
      "--lantern-color-text": "#f5f5f5",
      "--lantern-color-background": "#121212",
      "--lantern-color-accent": "#8ab4f8",
      "--lantern-color-accent-text": "#121212",
      "--lantern-color-focus": "#ffb74d",
    };
    expect(resolveTheme(dark)).toEqual({ style: dark, problems: [] });
  });

  it("keeps the default pair when a colour would make text unreadable", () => {
    const { style, problems } = resolveTheme({
      "--lantern-color-accent": "#77aaff",
      "--lantern-radius": "0",
    });
    expect(style).toEqual({ "--lantern-radius": "0" });
    expect(problems).toEqual([
      {
        field: "--lantern-color-accent",
        message:
          "links in #77aaff on #ffffff has a contrast of 2.34:1, below the 4.5:1 that WCAG AA requires: choose colours further apart for --lantern-color-accent and --lantern-color-background. Using the default colours for this pair.",
      },
    ]);
  });

  it("follows a reverted pair through: a dark background with the default accent reverts the background too", () => {
    const { style, problems } = resolveTheme({
      "--lantern-color-text": "#ffffff",
      "--lantern-color-background": "#000000",
    });
    // Text passes, but default accent links on black do not: the background goes back, and then the white text.
    expect(style).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(["--lantern-color-background", "--lantern-color-text"]);
  });

  it("never lets the focus ring vanish", () => {
    const { style, problems } = resolveTheme({ "--lantern-color-focus": "#ffffff" });
    expect(style).toEqual({});
    expect(problems[0]?.message).toContain("the focus ring");
    expect(resolveTheme({ "--lantern-color-focus": "transparent" }).problems[0]?.message).toContain(
      "is not a colour Lantern can check",
    );
  });

  it.each([
    ["--lantern-color-text", "rgba(0,0,0,0.4)", "is see-through"],
    ["--lantern-space", "0", "is not a length from 4px to 48px"],
    ["--lantern-space", "200px", "is not a length from 4px to 48px"],
    ["--lantern-radius", "50%", "is not a length from 0px to 24px"],
    ["--lantern-radius", "4", "is not a length"],
    ["--lantern-font-family", "x; color: red", "is not a font list"],
    ["--lantern-font-family", "url(https://evil.example/f.woff)", "is not a font list"],
  ])("refuses %s: %s", (field, value, message) => {
    const { style, problems } = resolveTheme({ [field]: value });
    expect(style).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toContain(message);
  });

  it("accepts sizes and fonts within limits", () => {
    const theme = {
      "--lantern-space": "1.5rem",
      "--lantern-radius": "12px",
      "--lantern-font-family": '"Atkinson Hyperlegible", sans-serif',
    };
    expect(resolveTheme(theme)).toEqual({ style: theme, problems: [] });
  });

  it("reports unknown properties with a suggestion", () => {
    expect(resolveTheme({ "--lantern-colour-text": "#000000", color: "red" }).problems).toEqual([
      {
        field: "--lantern-colour-text",
        message: "unknown theme property: did you mean --lantern-color-text?",
      },
      {
        field: "color",
        message: expect.stringMatching(/^unknown theme property: Lantern reads --lantern-color-text/),
      },
    ]);
  });
});

describe("base.css", () => {
  it("declares the same defaults as THEME_DEFAULTS, so server-rendered HTML matches", () => {
    const declared = Object.fromEntries(
      [...baseCss.matchAll(/(--lantern-[a-z-]+):\s*([^;]+);/g)].map((match) => [
        match[1],
        match[2]?.replace(/\s+/g, " ").trim(),
      ]),
    );
    expect(declared).toEqual(THEME_DEFAULTS);
  });
});
