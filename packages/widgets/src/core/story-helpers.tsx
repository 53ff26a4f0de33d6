/**
 * Shared pieces of the widgets' stories (not part of the package: tsup never bundles this file, and `src/index.ts`
 * does not export it). A story's args are the partner's own words: the element's attributes (`lang`, `region`,
 * `heading-level`…) and the fields of the page's configuration block (contacts, `--lantern-*` theme), so what a
 * designer sets in the Controls panel is what the snippet says. Storybook's preview decorator turns them into the
 * component's props, through the same checks the embed uses.
 */
import { AUDIENCES, type ContentBundle } from "@lantern/sdk";
import en from "@lantern/sdk/content/en";
import type { ArgTypes } from "@storybook/preact-vite";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { HEADING_LEVELS, WIDGET_VARIANTS, type WidgetName } from "./config.js";
import { DEFAULT_EXIT_URL } from "./exit-url.js";
import { mountWidget } from "./mount.js";
import type { WidgetProps } from "./shell.js";
import { THEME_DEFAULTS, type ThemeProperty } from "./theme.js";

/** A Lantern element a story shows: a content widget or the quick exit. */
export type StoryWidget = WidgetName | "quick-exit";

/** A widget story's args: the component's props (which the preview derives) and the controls, by attribute name. */
export type StoryArgs = WidgetProps & { [control: string]: unknown };

/** A partner's own line as it is written in the page's configuration block (a fictional 555 number). */
const HARBOUR_HOUSE = {
  id: "harbour-house",
  name: { en: "Harbour House crisis line (example)", fr: "Ligne de crise de Harbour House (exemple)" },
  use: {
    en: "Talk to our staff about a safe place to stay.",
    fr: "Parlez à notre équipe d’un endroit sûr où rester.",
  },
  role: "support",
  region: "CA-ON",
  open247: true,
  channels: [{ kind: "phone", value: "905-555-0142" }],
};

/** The `contacts` preset with Harbour House, a fictional Ontario shelter. */
export const HARBOUR_HOUSE_PRESET = "Harbour House (Ontario shelter)";

/**
 * The `contacts` control: partner lines as a preset list, each written as in the configuration block (the embed
 * parses the block with `parsePartnerConfig`, and so does the preview).
 */
export const CONTACT_PRESETS: Record<string, readonly unknown[] | undefined> = {
  none: undefined,
  [HARBOUR_HOUSE_PRESET]: [HARBOUR_HOUSE],
  "Town police, non-emergency": [
    {
      name: { en: "Town police (non-emergency, example)", fr: "Police municipale (non urgent, exemple)" },
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
};

/** The languages the `lang` control offers: the reviewed ones, and the right-to-left draft (with `allow-draft`). */
export const STORY_LANGUAGES = ["en", "fr", "ar"] as const;

/**
 * The day stories judge contacts' freshness on (`WidgetProps.today`): fixed, so a screenshot does not change on the
 * day the content's `lastVerified` passes the freshness limit. Content dates only move forward, so this day never
 * makes a fact look older than it is.
 */
export const STORY_TODAY = "2026-12-06";

const COLOR_PROPERTIES = Object.keys(THEME_DEFAULTS).filter((name) =>
  name.startsWith("--lantern-color-"),
) as ThemeProperty[];

/** What each theme token is for, as the Controls panel and the "Design tokens" page say it. */
export const TOKEN_LIMITS: Record<ThemeProperty, string> = {
  "--lantern-color-text": "4.5:1 contrast against the background",
  "--lantern-color-background": "4.5:1 against text and links, 3:1 against the focus ring",
  "--lantern-color-accent": "4.5:1 against the background (links) and against the accent text (buttons)",
  "--lantern-color-accent-text": "4.5:1 against the accent",
  "--lantern-color-focus": "3:1 against the background; the ring is always drawn",
  "--lantern-font-family": "a plain list of font names",
  "--lantern-radius": "0 to 24px",
  "--lantern-space": "4 to 48px",
};

/**
 * Each control and where it goes in the snippet: an attribute of the element, or a field of the configuration
 * block. A test checks this against the embed's own attribute types, both ways.
 */
export function controlsFor(widget: StoryWidget): { args: Record<string, unknown>; argTypes: ArgTypes } {
  const attribute = (name: string, note: string) => ({
    description: `\`${name}="…"\` on \`<lantern-${widget}>\`. ${note}`,
    table: { category: "Attributes of the element" },
  });
  const themeControls = Object.fromEntries(
    (Object.keys(THEME_DEFAULTS) as ThemeProperty[]).map((name) => [
      name,
      {
        control: COLOR_PROPERTIES.includes(name) ? { type: "color" as const } : { type: "text" as const },
        description: `\`"theme": { "${name}": "…" }\` in the configuration block. Limit: ${TOKEN_LIMITS[name]}.`,
        table: { category: "Theme tokens (configuration block)" },
      },
    ]),
  );
  const shared = {
    lang: {
      control: { type: "select" as const },
      options: STORY_LANGUAGES,
      ...attribute("lang", "The content bundle follows it (English, French, or the Arabic draft)."),
    },
    "allow-draft": {
      control: { type: "boolean" as const },
      ...attribute("allow-draft", "A boolean attribute: without it a draft language (ar) shows English."),
    },
  };
  if (widget === "quick-exit") {
    // Not themable, and no configuration block: no theme can make the way out hard to see.
    return {
      args: { lang: "en", "allow-draft": false, "exit-url": DEFAULT_EXIT_URL },
      argTypes: {
        ...shared,
        "exit-url": {
          control: { type: "text" as const },
          ...attribute("exit-url", "An https:// address of a neutral page; anything else is refused."),
        },
      },
    };
  }
  return {
    args: {
      lang: "en",
      "allow-draft": false,
      region: "CA",
      audience: "general",
      variant: WIDGET_VARIANTS[widget][0],
      "heading-level": "2",
      contacts: "none",
      ...Object.fromEntries(Object.keys(THEME_DEFAULTS).map((name) => [name, undefined])),
    },
    argTypes: {
      ...shared,
      region: {
        control: { type: "select" as const },
        options: en.regions.map((region) => region.code),
        ...attribute("region", "CA is all of Canada; a province adds its lines to the national ones."),
      },
      audience: {
        control: { type: "select" as const },
        options: AUDIENCES,
        ...attribute("audience", "Who is reading."),
      },
      variant: {
        control: { type: "select" as const },
        options: WIDGET_VARIANTS[widget],
        ...attribute("variant", "How much to show."),
      },
      "heading-level": {
        control: { type: "select" as const },
        options: HEADING_LEVELS.map(String),
        ...attribute("heading-level", "One more than the heading of the page section the widget sits in."),
      },
      contacts: {
        control: { type: "select" as const },
        options: Object.keys(CONTACT_PRESETS),
        description: '`"contacts": […]` in the configuration block: the partner\'s own lines.',
        table: { category: "Partner contacts (configuration block)" },
      },
      ...themeControls,
      // Props the preview derives from the controls: never edited as JSON.
      bundle: { table: { disable: true } },
      config: { table: { disable: true } },
      theme: { table: { disable: true } },
      partnerContacts: { table: { disable: true } },
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The configuration block the args describe: only what differs from the defaults. */
export function configBlock(args: Readonly<Record<string, unknown>>): { contacts?: unknown; theme?: object } {
  const theme = Object.fromEntries(
    Object.keys(THEME_DEFAULTS)
      .map((name) => [name, args[name]])
      .filter(
        ([name, value]) => typeof value === "string" && value !== THEME_DEFAULTS[name as ThemeProperty],
      ),
  );
  const contacts = CONTACT_PRESETS[String(args.contacts)];
  return {
    ...(contacts ? { contacts } : {}),
    ...(Object.keys(theme).length ? { theme } : {}),
  };
}

/**
 * The snippet a designer hands a web team: the script, the configuration block if any, and the element with the
 * attributes that differ from their defaults (the same defaults the embed applies).
 */
export function snippetFor(widget: StoryWidget, args: Readonly<Record<string, unknown>>): string {
  const { args: defaults } = controlsFor(widget);
  const attributes = Object.keys(controlsFor(widget).argTypes)
    .filter((name) => (defaults as Record<string, unknown>)[name] !== undefined)
    .filter((name) => name !== "contacts" && !name.startsWith("--"))
    .filter((name) => args[name] !== undefined && args[name] !== (defaults as Record<string, unknown>)[name])
    .map((name) => (args[name] === true ? ` ${name}` : ` ${name}="${escapeHtml(String(args[name]))}"`));
  const block = configBlock(args);
  return [
    `<script src="https://<your-cdn>/lantern/v1/embed.js" async></script>`,
    ...(Object.keys(block).length
      ? [`<script type="application/json" data-lantern-config>${JSON.stringify(block)}</script>`]
      : []),
    `<lantern-${widget}${attributes.join("")}></lantern-${widget}>`,
  ].join("\n");
}

/** Content that breaks the widget while rendering: the story shows the fallback (911 and the hotline). */
export function brokenBundle(bundle: ContentBundle): ContentBundle {
  return { ...bundle, signs: null, groups: null, myths: null, regions: null } as unknown as ContentBundle;
}

/**
 * Mounts a widget the way the embed does, from raw attribute strings, and lists the problems it reported: for
 * stories that show how a wrong setting is handled.
 */
export function MountedWithAttributes({
  widget,
  bundle,
  attributes,
}: {
  widget: WidgetName;
  bundle: ContentBundle;
  attributes: Record<string, string>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const seen: string[] = [];
    const unmount = mountWidget(widget, element, {
      bundle,
      attributes,
      today: STORY_TODAY,
      onProblem: (problem) => {
        seen.push(`${problem.field}: ${problem.message}`);
        setProblems([...seen]);
      },
    });
    return unmount;
  }, [widget, bundle, attributes]);
  return (
    <div>
      <div ref={host} />
      <section aria-label="Problems reported to the console">
        <p>Reported to the console:</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Themes a designer can start from: a high-contrast one, and a sample partner brand. */
export const THEME_PRESETS = {
  "high-contrast": {
    "--lantern-color-text": "#000000",
    "--lantern-color-background": "#ffffff",
    "--lantern-color-accent": "#000000",
    "--lantern-color-accent-text": "#ffff00",
    "--lantern-color-focus": "#0000ff",
  },
  partner: {
    "--lantern-color-accent": "#5b2a86",
    "--lantern-color-accent-text": "#ffffff",
    "--lantern-font-family": "Georgia, serif",
    "--lantern-radius": "12px",
  },
} as const;

/** Story settings every widget has; each stories file re-exports them under CSF names. */
export const common = {
  /** The longest of the reviewed languages, for wrapping and spacing. */
  french: { args: { lang: "fr" } },
  /** The right-to-left draft, mirrored. */
  rightToLeft: { args: { lang: "ar", "allow-draft": true } },
  /** The look as Lantern ships it. */
  default: {},
  /** A sample partner brand through --lantern-* properties. */
  partnerTheme: { args: THEME_PRESETS.partner },
  highContrast: { args: THEME_PRESETS["high-contrast"] },
} as const;

/** The narrowest screen WCAG reflow asks for: 320 CSS pixels. */
export function narrow(widget: StoryWidget) {
  return { parameters: { lantern: { widget, width: 320 } } };
}

/**
 * The widget as it prints (print media): the preview applies the widget's `@media print` rules on screen, so a
 * designer sees, and the visual test compares, what paper shows.
 */
export function printView(widget: StoryWidget) {
  return { parameters: { lantern: { widget, print: true } } };
}
