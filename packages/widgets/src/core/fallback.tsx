/**
 * What a widget shows when something inside it fails: how to reach 911 and the hotline, from the same bundle.
 * It must not fail itself, so every read of the bundle is guarded.
 */

import type { Contact as PartnerContact } from "@lantern/sdk";
import { type Contact, type ContentBundle, contact, text, type UiKey } from "@lantern/sdk";
import { Component, type ComponentChildren } from "preact";
import { headingTag } from "./heading.js";

/** Contact ids the widgets single out. */
export const EMERGENCY_ID = "emergency-911";
/** The Canadian Human Trafficking Hotline. */
export const HOTLINE_ID = "ca-human-trafficking-hotline";
/** Crime Stoppers, for anonymous tips. */
export const TIPS_ID = "crime-stoppers";

function attempt<T>(read: () => T, otherwise: T): T {
  try {
    return read() ?? otherwise;
  } catch {
    return otherwise;
  }
}

/** Props of {@link Fallback}. */
export interface FallbackProps {
  /** The bundle to take words and numbers from; a damaged one still yields 911. */
  bundle: ContentBundle;
  /** The level of its heading, the widget's own (2 by default). */
  headingLevel?: number | undefined;
  /** The partner's own contacts: their phone numbers follow the hotline's (on paper, for instance). */
  partnerContacts?: readonly PartnerContact[] | undefined;
}

/**
 * The static message shown instead of a widget that failed: immediate danger → 911, then the hotline's name and
 * number. It uses only plain markup, so it also works as server-rendered HTML without JavaScript.
 */
export function Fallback({ bundle, headingLevel, partnerContacts = [] }: FallbackProps) {
  const say = (key: UiKey, english: string) => attempt(() => text(bundle, key), english);
  const phone = (entry: Contact | undefined) => entry?.channels.find((channel) => channel.kind === "phone");
  const emergency = phone(attempt(() => contact(bundle, EMERGENCY_ID), undefined));
  const hotline = attempt(() => contact(bundle, HOTLINE_ID), undefined);
  const hotlinePhone = phone(hotline);
  const locale = attempt(() => bundle.locale, undefined);
  // The words around the links come from the bundle; if it cannot even give those, plain English still says 911.
  const [beforeEmergency = "", afterEmergency = ""] = say(
    "fallback.emergency",
    "In immediate danger: call {emergency}.",
  ).split("{emergency}");
  const hotlineTemplate = say("fallback.hotline", "");
  const Heading = headingTag(headingLevel);
  return (
    <div class="lantern lantern-fallback" lang={locale?.code} dir={locale?.dir} role="note">
      <Heading class="lantern-heading">{say("fallback.heading", "Help is available")}</Heading>
      <p>
        {beforeEmergency}
        <a href={emergency?.href ?? "tel:911"}>
          <bdi>{emergency?.display ?? "911"}</bdi>
        </a>
        {afterEmergency}
      </p>
      {hotline && hotlinePhone && hotlineTemplate && (
        <p>
          {hotlineTemplate.split(/\{(hotline|number)\}/).map((part, index) => {
            // split() with a capture group alternates: text, placeholder name, text, …
            if (index % 2 === 0) return part;
            if (part === "hotline") return <bdi key={index}>{hotline.name}</bdi>;
            return (
              <a key={index} href={hotlinePhone.href}>
                <bdi>{hotlinePhone.display}</bdi>
              </a>
            );
          })}
        </p>
      )}
      {partnerContacts.map((entry) => {
        const line = phone(entry);
        return (
          line && (
            <p key={entry.id}>
              <strong>
                <bdi>{entry.name}</bdi>
              </strong>{" "}
              <a href={line.href}>
                <bdi>{line.display}</bdi>
              </a>
            </p>
          )
        );
      })}
    </div>
  );
}

/** Props of {@link WidgetBoundary}. */
export interface WidgetBoundaryProps {
  bundle: ContentBundle;
  /** The level of the fallback's heading: the widget's own. */
  headingLevel?: number | undefined;
  /** Told once per failure, so the widget can report it through `onProblem`. */
  onError: (error: unknown) => void;
  children?: ComponentChildren;
}

/**
 * Catches any error thrown while rendering the widget below it (or in its effects) and shows the {@link Fallback}
 * instead, so no error escapes to the partner's page.
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? (
      <Fallback bundle={this.props.bundle} headingLevel={this.props.headingLevel} />
    ) : (
      this.props.children
    );
  }
}
