import type { ContentBundle } from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { quickExitStyles, resolveTheme, widgetStyles } from "@lantern/widgets";
import type { Decorator, Preview } from "@storybook/preact-vite";
import type { ComponentChildren } from "preact";
import { createPortal } from "preact/compat";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  configBlock,
  STORY_TODAY,
  type StoryWidget,
  snippetFor,
} from "../../../packages/widgets/src/core/story-helpers.js";

const BUNDLES: Record<string, ContentBundle> = { en, fr, ar };

/** The viewports designers check: two phones, a tablet, a laptop. The visual tests use the first and the last. */
export const VIEWPORTS = {
  phone360: { name: "Phone 360 × 740", styles: { width: "360px", height: "740px" }, type: "mobile" },
  phone390: { name: "Phone 390 × 844", styles: { width: "390px", height: "844px" }, type: "mobile" },
  tablet768: { name: "Tablet 768 × 1024", styles: { width: "768px", height: "1024px" }, type: "tablet" },
  desktop1280: { name: "Desktop 1280 × 900", styles: { width: "1280px", height: "900px" }, type: "desktop" },
} as const;

/**
 * Renders the story inside a shadow root with the widget's constructed stylesheet, as the embed does, so what a
 * designer sees (and what axe checks) is what a partner's page shows. `print` applies the stylesheet's print rules
 * on screen: a browser cannot be put in print media from inside a page, and the rules are the same text.
 */
function ShadowHost({
  widget,
  width,
  print,
  children,
}: {
  widget: StoryWidget;
  width?: number;
  print?: boolean;
  children: ComponentChildren;
}) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    const css = widget === "quick-exit" ? quickExitStyles : widgetStyles[widget];
    sheet.replaceSync(print ? css.replace(/@media print\b/g, "@media all") : css);
    shadow.adoptedStyleSheets = [sheet];
    setRoot(shadow);
  }, [widget, print]);
  return (
    <div ref={host} data-lantern-story={widget} style={width ? { maxInlineSize: `${width}px` } : undefined}>
      {root && createPortal(children, root as unknown as Element)}
    </div>
  );
}

/** What the embed would print in the console for the theme chosen in the controls: shown live, above the widget. */
function ThemeProblems({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <div
      role="status"
      data-lantern-theme-problems
      style={{ border: "2px solid #b3261e", padding: "8px 12px" }}
    >
      <p style={{ margin: 0 }}>The embed would refuse this theme and keep the defaults:</p>
      <ul style={{ margin: "4px 0 0" }}>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The tag a designer hands a web team, following the controls; copied with one button. */
function Snippet({ text }: { text: string }) {
  const [copied, setCopied] = useState("");
  return (
    <section aria-label="Snippet for your page" style={{ marginBlockStart: "24px", fontSize: "14px" }}>
      <p style={{ margin: "0 0 4px" }}>
        Copy this snippet: it follows the controls.{" "}
        <button
          type="button"
          onClick={() =>
            navigator.clipboard
              ?.writeText(text)
              .then(() => setCopied("Copied."))
              .catch(() => setCopied("Copying is blocked here: select the text and copy it."))
          }
        >
          Copy snippet
        </button>{" "}
        <span role="status">{copied}</span>
      </p>
      <pre
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", background: "#f4f4f4", padding: "8px" }}
      >
        <code>{text}</code>
      </pre>
    </section>
  );
}

/** A stand-in for the partner's page around the quick exit, long enough to scroll as on a phone. */
function PartnerPage() {
  return (
    <main aria-label="Partner page (example)" style={{ fontSize: "16px", lineHeight: 1.5 }}>
      {Array.from({ length: 12 }, (_, index) => (
        <p key={index}>
          Example partner page, paragraph {index + 1}. The quick exit stays at the top of the screen while the
          visitor scrolls, one button high, so the way out is always one tap away.
        </p>
      ))}
    </main>
  );
}

/**
 * Turns the partner's words in the controls (attributes, configuration block) into the component's props, through
 * the embed's own checks: a draft language needs allow-draft, the block is parsed by parsePartnerConfig, the theme by
 * resolveTheme. Stories without a widget (the print kits) take the toolbar's language. Every story judges contacts'
 * freshness on STORY_TODAY, so screenshots do not change with the calendar.
 */
const withLantern: Decorator = (Story, context) => {
  const args = context.args as Record<string, unknown>;
  const lantern = context.parameters.lantern as
    | { widget?: StoryWidget; width?: number; print?: boolean; page?: boolean }
    | undefined;
  const widget = lantern?.widget;
  const { locale = "en", direction = "auto" } = context.globals;
  const requested = String(widget ? (args.lang ?? "en") : locale);
  const chosen = BUNDLES[requested] ?? en;
  // As the loader does: a draft language without allow-draft shows English.
  const base = chosen.locale.status === "draft" && widget && !args["allow-draft"] ? en : chosen;
  const bundle =
    direction === "auto" ? base : { ...base, locale: { ...base.locale, dir: direction as "ltr" | "rtl" } };
  if (!widget) return Story({ args: { ...context.args, bundle, today: args.today ?? STORY_TODAY } });

  const block = configBlock(args);
  const theme = block.theme as Record<string, string> | undefined;
  const partnerContacts = block.contacts ? parsePartnerConfig(block, base.locale.code).contacts : undefined;
  const config =
    widget === "quick-exit"
      ? undefined
      : {
          region: args.region,
          audience: args.audience,
          variant: args.variant,
          headingLevel: args["heading-level"] === undefined ? undefined : Number(args["heading-level"]),
        };
  const story = Story({
    args: {
      ...context.args,
      bundle,
      config,
      theme,
      partnerContacts,
      exitUrl: args["exit-url"],
      today: args.today ?? STORY_TODAY,
    },
  });
  return (
    <div>
      <ThemeProblems messages={resolveTheme(theme).problems.map((p) => `${p.field}: ${p.message}`)} />
      <ShadowHost widget={widget} width={lantern?.width} print={lantern?.print}>
        {story}
      </ShadowHost>
      {lantern?.page && <PartnerPage />}
      {!lantern?.page && <Snippet text={snippetFor(widget, args)} />}
    </div>
  );
};

const preview: Preview = {
  decorators: [withLantern],
  globalTypes: {
    locale: {
      description: "Language of the print kits (a widget's language is its lang control)",
      toolbar: {
        title: "Print kit language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "fr", title: "Français" },
          { value: "ar", title: "العربية (draft, right to left)" },
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
  initialGlobals: { locale: "en", direction: "auto" },
  parameters: {
    // Every story is an accessibility test: a violation fails `pnpm test`. Rules are disabled only per story,
    // each with a written reason.
    a11y: {
      test: "error",
      options: { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } },
    },
    viewport: { options: VIEWPORTS },
    layout: "padded",
  },
};
export default preview;
