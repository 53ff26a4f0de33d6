/**
 * Shared pieces of the widgets' stories (not part of the package: tsup never bundles this file, and `src/index.ts`
 * does not export it). Storybook's preview decorator supplies the bundle, region and theme from the toolbar.
 */
import type { ContentBundle } from "@lantern/sdk";
import { parsePartnerContacts } from "@lantern/sdk/overrides";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { WidgetName } from "../core/config.js";
import { mountWidget } from "../core/mount.js";

/** A partner's own line, as a shelter would configure it (a fictional 555 number). */
export const partnerContacts = parsePartnerContacts([
  {
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
  },
]).contacts;

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

/** Story settings every widget has; each stories file re-exports them under CSF names. */
export const common = {
  /** The longest of the reviewed languages, for wrapping and spacing. */
  french: { globals: { locale: "fr" } },
  /** The right-to-left draft, mirrored. */
  rightToLeft: { globals: { locale: "ar" } },
  /** A sample partner brand through --lantern-* properties. */
  partnerTheme: { globals: { theme: "partner" } },
  highContrast: { globals: { theme: "high-contrast" } },
} as const;

/** The narrowest screen WCAG reflow asks for: 320 CSS pixels. */
export function narrow(widget: WidgetName | "quick-exit") {
  return { parameters: { lantern: { widget, width: 320 } } };
}
