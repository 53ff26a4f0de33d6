import type { ContentBundle } from "@lantern/sdk";
import ar from "@lantern/sdk/content/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import { quickExitStyles, type WidgetName, widgetStyles } from "@lantern/widgets";

type StoryWidget = WidgetName | "quick-exit";

import type { Decorator, Preview } from "@storybook/preact-vite";
import type { ComponentChildren } from "preact";
import { createPortal } from "preact/compat";
import { useLayoutEffect, useRef, useState } from "preact/hooks";

const BUNDLES: Record<string, ContentBundle> = { en, fr, ar };

/** Themes a designer can switch between: Lantern's, a high-contrast one, and a sample partner brand. */
const THEMES: Record<string, Record<string, string> | undefined> = {
  lantern: undefined,
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
};

/**
 * Renders the story inside a shadow root with the widget's constructed stylesheet, as the embed does, so what a
 * designer sees (and what axe checks) is what a partner's page shows.
 */
function ShadowHost({
  widget,
  width,
  children,
}: {
  widget: StoryWidget;
  width?: number;
  children: ComponentChildren;
}) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widget === "quick-exit" ? quickExitStyles : widgetStyles[widget]);
    shadow.adoptedStyleSheets = [sheet];
    setRoot(shadow);
  }, [widget]);
  return (
    <div ref={host} data-lantern-story={widget} style={width ? { maxInlineSize: `${width}px` } : undefined}>
      {root && createPortal(children, root as unknown as Element)}
    </div>
  );
}

/** Locale, region, theme and direction from the toolbar, applied to any story without a new story. */
const withLantern: Decorator = (Story, context) => {
  const { locale = "en", region = "story", theme = "lantern", direction = "auto" } = context.globals;
  const base = BUNDLES[locale as string] ?? en;
  const bundle =
    direction === "auto" ? base : { ...base, locale: { ...base.locale, dir: direction as "ltr" | "rtl" } };
  const args = context.args as { config?: Record<string, unknown> };
  const config = region === "story" ? args.config : { ...args.config, region };
  const widget = context.parameters.lantern?.widget as StoryWidget | undefined;
  const story = Story({
    args: { ...context.args, bundle, config, theme: args.theme ?? THEMES[theme as string] },
  });
  return widget ? (
    <ShadowHost widget={widget} width={context.parameters.lantern?.width}>
      {story}
    </ShadowHost>
  ) : (
    story
  );
};

const preview: Preview = {
  decorators: [withLantern],
  globalTypes: {
    locale: {
      description: "Language of the content",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "fr", title: "Français" },
          { value: "ar", title: "العربية (draft, right to left)" },
        ],
        dynamicTitle: true,
      },
    },
    region: {
      description: "Region whose contacts are added to the national ones",
      toolbar: {
        title: "Region",
        icon: "location",
        items: [
          { value: "story", title: "As in the story" },
          { value: "CA", title: "Canada" },
          { value: "CA-ON", title: "Ontario" },
          { value: "CA-BC", title: "British Columbia" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Theme",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: [
          { value: "lantern", title: "Lantern" },
          { value: "high-contrast", title: "High contrast" },
          { value: "partner", title: "Sample partner brand" },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: "Text direction (auto follows the language)",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "auto", title: "From the language" },
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "en", region: "story", theme: "lantern", direction: "auto" },
  parameters: {
    // Every story is an accessibility test: a violation fails `pnpm test`. Rules are disabled only per story,
    // each with a written reason.
    a11y: {
      test: "error",
      options: { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } },
    },
    layout: "padded",
  },
};
export default preview;
