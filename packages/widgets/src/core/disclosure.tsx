/**
 * A section that can be collapsed: a heading containing a button (`aria-expanded`, `aria-controls`), then the panel.
 * Unlike `<details>`, the heading stays a heading, so screen-reader users can still jump between sections.
 */

import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { useWidgetId } from "./context.js";
import { headingTag } from "./heading.js";
import type { LangAttributes } from "./text.js";

/** Props of {@link Disclosure}. */
export interface DisclosureProps {
  /** The heading's text. */
  title: ComponentChildren;
  /** Language marking for the title, when it is English fallback text. */
  titleLang?: LangAttributes;
  /** The heading's level: one below the widget's own heading, usually. */
  headingLevel: number;
  /** Open at first. Server-rendered HTML keeps this state, so open is the safe choice for content without JS. */
  defaultOpen?: boolean;
  children: ComponentChildren;
}

/** A collapsible section; its state belongs to this instance only. */
export function Disclosure({
  title,
  titleLang = {},
  headingLevel,
  defaultOpen = true,
  children,
}: DisclosureProps) {
  // A plain hook: a single boolean, in every first render, where @preact/signals would cost 3.4 KB brotli.
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useWidgetId();
  const Heading = headingTag(headingLevel);
  return (
    <div class="lantern-disclosure">
      <Heading class="lantern-disclosure-heading">
        <button
          type="button"
          class="lantern-disclosure-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          {...titleLang}
        >
          <svg class="lantern-chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
          {title}
        </button>
      </Heading>
      <div id={panelId} class="lantern-disclosure-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
