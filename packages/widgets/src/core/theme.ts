/**
 * Partner theming through `--lantern-*` custom properties, within safety limits a theme cannot break: every colour
 * pair people read keeps WCAG contrast, the focus ring stays visible, sizes stay in a range that cannot hide controls.
 *
 * The widget root re-declares every property (base.css), so values a page sets on the host element never reach the
 * widget unchecked: the only way in is `theme`, through {@link resolveTheme}.
 */
import type { ConfigProblem } from "./config.js";

/**
 * The default theme. base.css declares the same values on the widget root (a unit test keeps the two equal), so
 * server-rendered HTML looks right under a strict CSP that ignores inline styles.
 */
export const THEME_DEFAULTS = Object.freeze({
  "--lantern-color-text": "#1b1b1b",
  "--lantern-color-background": "#ffffff",
  "--lantern-color-accent": "#0b4f8a",
  "--lantern-color-accent-text": "#ffffff",
  "--lantern-color-focus": "#c2410c",
  "--lantern-font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  "--lantern-radius": "6px",
  "--lantern-space": "16px",
});

/** A `--lantern-*` property a partner may set. */
export type ThemeProperty = keyof typeof THEME_DEFAULTS;

/** Checked theme values, ready for the widget root's `style`: only the partner's accepted overrides. */
export type ThemeStyle = Partial<Record<ThemeProperty, string>>;

const PROPERTIES = Object.keys(THEME_DEFAULTS) as ThemeProperty[];

type ColorProperty = Extract<ThemeProperty, `--lantern-color-${string}`>;

/** Colour pairs someone has to tell apart, with the contrast WCAG 2.2 AA asks of each. */
const PAIRS: readonly { fg: ColorProperty; bg: ColorProperty; min: number; use: string }[] = [
  { fg: "--lantern-color-text", bg: "--lantern-color-background", min: 4.5, use: "text" },
  // Links are accent-coloured text on the background.
  { fg: "--lantern-color-accent", bg: "--lantern-color-background", min: 4.5, use: "links" },
  { fg: "--lantern-color-accent-text", bg: "--lantern-color-accent", min: 4.5, use: "button text" },
  // The ring is drawn 2px outside the control, on the background (WCAG 1.4.11 non-text contrast).
  { fg: "--lantern-color-focus", bg: "--lantern-color-background", min: 3, use: "the focus ring" },
];

/** Lengths a theme may use, in CSS px (1rem = 16px): enough range for a brand, not enough to hide anything. */
const LENGTH_LIMITS: Record<"--lantern-radius" | "--lantern-space", { min: number; max: number }> = {
  "--lantern-radius": { min: 0, max: 24 },
  "--lantern-space": { min: 4, max: 48 },
};

type Rgb = [number, number, number];

/**
 * Parse an opaque colour written as hex (`#0b4f8a`, `#fff`) or `rgb()` (`rgb(11, 79, 138)`, `rgb(11 79 138)`).
 * Returns a reason string for a colour that parses but is translucent, since its contrast depends on what is behind.
 */
export function parseColor(value: string): Rgb | "translucent" | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join("") : hex;
    if (full.length === 8 && full.slice(6) !== "ff") return "translucent";
    return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([^)]*)\)$/.exec(text)?.[1];
  if (!rgb) return undefined;
  const [channels, alpha] = rgb.includes("/") ? rgb.split("/") : [rgb, undefined];
  const parts = (channels ?? "").split(rgb.includes(",") ? /\s*,\s*/ : /\s+/).filter(Boolean);
  const alphaPart = alpha?.trim() ?? (parts.length === 4 ? parts.pop() : undefined);
  if (parts.length !== 3) return undefined;
  const numbers = parts.map((part) => channel(part, 255));
  if (numbers.some((n) => n === undefined || n < 0 || n > 255)) return undefined;
  if (alphaPart !== undefined) {
    const a = channel(alphaPart, 1);
    if (a === undefined) return undefined;
    if (a < 1) return "translucent";
  }
  return numbers.map((n) => Math.round(n as number)) as Rgb;
}

function channel(part: string, scale: number): number | undefined {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(part.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  return match[2] ? (number / 100) * scale : number;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** The result of {@link resolveTheme}. */
export interface ResolvedTheme {
  /** Accepted overrides for the widget root's `style`; empty when the defaults apply. */
  style: ThemeStyle;
  problems: ConfigProblem[];
}

/**
 * Check a partner's `--lantern-*` values. A value that does not parse, or a colour pair that would fall below its
 * contrast minimum, is reported with its fix, and the defaults are kept for it (for both colours of a failing pair,
 * so the pair is one the designers checked).
 */
export function resolveTheme(theme: Readonly<Record<string, unknown>> | undefined): ResolvedTheme {
  const problems: ConfigProblem[] = [];
  const accepted: ThemeStyle = {};
  for (const [field, raw] of Object.entries(theme ?? {})) {
    if (raw === undefined) continue;
    if (!isThemeProperty(field)) {
      problems.push({ field, message: `unknown theme property: ${suggestProperty(field)}` });
      continue;
    }
    if (typeof raw !== "string") {
      problems.push({ field, message: `must be a string such as "${THEME_DEFAULTS[field]}"` });
      continue;
    }
    const problem = checkValue(field, raw.trim());
    if (problem) problems.push({ field, message: problem });
    else accepted[field] = raw.trim();
  }

  // Reverting one pair can break another that shares a colour (a dark background kept, a light text reverted), so
  // repeat until every pair passes. The defaults pass, so this ends after at most one round per pair.
  for (let round = 0; round <= PAIRS.length; round++) {
    const failing = PAIRS.find((pair) => contrastOf(pair.fg, pair.bg, accepted) < pair.min);
    if (!failing) break;
    const ratio = contrastOf(failing.fg, failing.bg, accepted);
    const chosen = failing.fg in accepted ? failing.fg : failing.bg;
    problems.push({
      field: chosen,
      message:
        `${failing.use} in ${colorOf(failing.fg, accepted)} on ${colorOf(failing.bg, accepted)} has a contrast of ` +
        `${ratio.toFixed(2)}:1, below the ${failing.min}:1 that WCAG AA requires: choose colours further apart ` +
        `for ${failing.fg} and ${failing.bg}. Using the default colours for this pair.`,
    });
    delete accepted[failing.fg];
    delete accepted[failing.bg];
  }
  return { style: accepted, problems };
}

function isThemeProperty(name: string): name is ThemeProperty {
  return (PROPERTIES as string[]).includes(name);
}

function colorOf(property: ColorProperty, accepted: ThemeStyle): string {
  return accepted[property] ?? THEME_DEFAULTS[property];
}

function contrastOf(fg: ColorProperty, bg: ColorProperty, accepted: ThemeStyle): number {
  const a = parseColor(colorOf(fg, accepted));
  const b = parseColor(colorOf(bg, accepted));
  // Values in `accepted` have parsed already; this only guards the types.
  return Array.isArray(a) && Array.isArray(b) ? contrastRatio(a, b) : 0;
}

function checkValue(property: ThemeProperty, value: string): string | undefined {
  if (property.startsWith("--lantern-color-")) {
    const color = parseColor(value);
    if (color === "translucent") return `"${value}" is see-through: use an opaque colour, such as #0b4f8a`;
    if (!color)
      return `"${value}" is not a colour Lantern can check: write it as hex (#0b4f8a) or rgb(11, 79, 138)`;
    return undefined;
  }
  if (property === "--lantern-font-family") {
    // Letters, digits, spaces, quotes, commas and hyphens: a font list, never a url() or a second declaration.
    return /^[\p{L}\p{N} ,'"-]{1,200}$/u.test(value)
      ? undefined
      : `"${value}" is not a font list: write names separated by commas, such as "Atkinson Hyperlegible", sans-serif`;
  }
  const limits = LENGTH_LIMITS[property as keyof typeof LENGTH_LIMITS];
  const match = /^(\d+(?:\.\d+)?|\.\d+)(px|rem|em)?$/.exec(value);
  const px = match ? Number(match[1]) * (match[2] === "px" ? 1 : 16) : Number.NaN;
  const unitless = match !== null && match[2] === undefined && Number(match[1]) !== 0;
  if (!match || unitless || px < limits.min || px > limits.max) {
    return `"${value}" is not a length from ${limits.min}px to ${limits.max}px: write it in px or rem, such as ${THEME_DEFAULTS[property]}`;
  }
  return undefined;
}

function suggestProperty(name: string): string {
  const lower = name.toLowerCase().replace("colour", "color");
  const near = PROPERTIES.find((property) => property === lower || property === `--lantern-${lower}`);
  return near ? `did you mean ${near}?` : `Lantern reads ${PROPERTIES.join(", ")}`;
}
