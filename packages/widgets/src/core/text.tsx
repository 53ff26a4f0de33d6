/**
 * Words on screen: UI strings with their placeholders, language marking for English fallback text, dates in the
 * reader's language, and the small pieces of markup every widget repeats (external links, last-verified notes).
 */
import { type ContentBundle, isFallback, text, type UiKey } from "@lantern/sdk";
import { type ComponentChildren, Fragment } from "preact";
import { useWidget } from "./context.js";

/** Attributes for an element whose text may be English shown in another locale. */
export interface LangAttributes {
  lang?: string;
  dir?: "ltr";
}

/**
 * `lang="en"` (and `dir="ltr"`, for right-to-left pages) when the text at `key` is English filling a gap in the
 * bundle's locale, so screen readers switch voice and the text keeps its own direction. `key` is a bundle fallback
 * key: `ui.common.close`, `signs.speaks-for-them`, `contacts.crime-stoppers`, `taxonomy.regions.CA-ON`.
 */
export function langOf(bundle: ContentBundle, key: string): LangAttributes {
  return isFallback(bundle, key) ? { lang: "en", dir: "ltr" } : {};
}

/** {@link langOf} for a UI string. */
export function uiLang(bundle: ContentBundle, key: UiKey): LangAttributes {
  return langOf(bundle, `ui.${key}`);
}

/**
 * A UI string with placeholders filled by markup (a link, a `<time>`). Each value is isolated in `<bdi>`, so a phone
 * number or an address keeps its own direction inside right-to-left text.
 */
export function richText(
  bundle: ContentBundle,
  key: UiKey,
  params: Record<string, ComponentChildren>,
): ComponentChildren {
  const parts = text(bundle, key).split(/\{(\w+)\}/);
  // split() with a capture group alternates: text, name, text, name, …
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    if (!Object.hasOwn(params, part)) return `{${part}}`;
    return (
      <Fragment key={index}>
        <bdi>{params[part]}</bdi>
      </Fragment>
    );
  });
}

/** `2026-11-28` in the reader's language (`November 28, 2026`, `28 novembre 2026`), independent of time zone. */
export function formatDate(date: string, locale: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
      Date.UTC(year, month - 1, day),
    );
  } catch {
    // An engine without this locale's data: the ISO date is still unambiguous.
    return date;
  }
}

/**
 * "Last verified: <date>", the stronger "This may be out of date…" for medium-confidence facts, or, for a fact past
 * the freshness policy's failure limit, "Not checked for more than a year: this may be out of date…".
 */
export function Verified({
  date,
  kind = "lastVerified",
  as: Tag = "p",
}: {
  date: string;
  kind?: "lastVerified" | "checkBeforeUse" | "staleContact";
  as?: "p" | "span";
}) {
  const { bundle } = useWidget();
  const key: UiKey =
    kind === "lastVerified"
      ? "common.lastVerified"
      : kind === "checkBeforeUse"
        ? "common.checkBeforeUse"
        : "freshness.staleContact";
  // A stale contact's note looks like a medium one's (same class, so no CSS of its own), with its own words.
  const look = kind === "staleContact" ? "checkBeforeUse lantern-stale" : kind;
  return (
    <Tag class={`lantern-verified lantern-verified-${look}`} {...uiLang(bundle, key)}>
      {richText(bundle, key, {
        // Written out at build time; the formatter is only for a bundle from an older Lantern without `dates`.
        date: <time dateTime={date}>{bundle.dates?.[date] ?? formatDate(date, bundle.locale.code)}</time>,
      })}
    </Tag>
  );
}

/**
 * A link to another site: a new tab (so the help page stays where it was), no referrer and no opener (the other
 * site learns nothing about this page), and "(opens in a new tab)" for screen readers.
 */
export function ExternalLink({
  href,
  children,
  class: className,
  onClick,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
  onClick?: (() => void) | undefined;
}) {
  const { bundle } = useWidget();
  return (
    <a href={href} class={className} target="_blank" rel="noopener noreferrer" onClick={onClick}>
      {children}
      <span class="lantern-vh" {...uiLang(bundle, "common.opensInNewTab")}>
        {" "}
        {text(bundle, "common.opensInNewTab")}
      </span>
      <svg class="lantern-icon-external" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path d="M9 2h5v5M14 2 7 9M12 9v5H2V4h5" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
    </a>
  );
}
