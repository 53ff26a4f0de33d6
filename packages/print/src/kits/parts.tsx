/**
 * Pieces every kit repeats: UI strings marked with their language, phone numbers as text, contact lines, the
 * page box and the partner's "provided by" line.
 */
import {
  type Channel,
  type Contact,
  type ContentBundle,
  contact,
  freshness,
  isFallback,
  type Provenance,
  text,
  type UiKey,
} from "@lantern/sdk";
import type { ComponentChildren } from "preact";
import { PAPERS, type Paper } from "../options.js";

/** `lang="en"` on text that is English filling a gap in the bundle's locale, so a screen reader switches voice. */
export function langOf(bundle: ContentBundle, key: string): { lang?: string; dir?: "ltr" } {
  return isFallback(bundle, key) ? { lang: "en", dir: "ltr" } : {};
}

/** A UI string in an element of the given tag, with its language marked. */
export function Ui({
  bundle,
  k,
  params,
  as: Tag = "span",
  class: className,
  id,
}: {
  bundle: ContentBundle;
  k: UiKey;
  params?: Record<string, string | number>;
  as?: "span" | "p" | "h1" | "h2" | "h3" | "figcaption";
  class?: string;
  id?: string;
}) {
  return (
    <Tag class={className} id={id} {...langOf(bundle, `ui.${k}`)}>
      {text(bundle, k, params)}
    </Tag>
  );
}

/**
 * The provenance of a Lantern contact, for `provenance()`: Lantern's own contacts always carry a date (only a
 * partner's have none, and those are the partner's to keep current).
 */
export function contactProvenance(entry: Contact): Pick<Provenance, "sources" | "lastVerified"> {
  return { sources: entry.sources, lastVerified: entry.lastVerified ?? "" };
}

/** The two contacts every kit prints. The bundle's build guarantees both exist (a content test checks it). */
export function essentials(bundle: ContentBundle) {
  const emergency = contact(bundle, "emergency-911") as Contact;
  const hotline = contact(bundle, "ca-human-trafficking-hotline") as Contact;
  const channel = (kind: Channel["kind"]) => hotline.channels.find((c) => c.kind === kind);
  return {
    emergency,
    emergencyNumber: emergency.channels[0]?.display ?? "911",
    hotline,
    phone: channel("phone") as Channel,
    chat: channel("chat"),
    site: channel("web-form"),
    email: channel("email"),
  };
}

/** A phone number or short code as selectable text, isolated so it keeps its own direction in Arabic. */
export function Num({ children, class: className }: { children: string; class?: string }) {
  return <bdi class={className ? `lp-number ${className}` : "lp-number"}>{children}</bdi>;
}

/** One channel as a line of text: numbers and addresses are printed whole, since paper has no links. */
export function ChannelLine({ bundle, channel }: { bundle: ContentBundle; channel: Channel }) {
  switch (channel.kind) {
    case "phone":
      return <Num>{channel.display}</Num>;
    case "sms":
      return channel.body ? (
        <Ui bundle={bundle} k="common.text" params={{ keyword: channel.body, number: channel.display }} />
      ) : (
        <Ui bundle={bundle} k="common.textNumber" params={{ number: channel.display }} />
      );
    case "email":
      return <bdi class="lp-url">{channel.value}</bdi>;
    default:
      return (
        <>
          <Ui
            bundle={bundle}
            k={channel.kind === "chat" ? "common.chat" : "common.webForm"}
            class="lp-label"
          />{" "}
          <bdi class="lp-url">{channel.value}</bdi>
        </>
      );
  }
}

/**
 * The dated note a contact carries on `today`, if any: past the freshness policy's failure limit, "Not checked for
 * more than a year: this may be out of date. Last checked: …"; otherwise, for a medium-confidence contact, "This
 * may be out of date. Last checked: …". One or the other, as in the widgets, so no contact says it twice. A
 * partner's contacts have no date (the partner keeps them current) and never carry one.
 */
export function contactNote(entry: Contact, today: string): { k: UiKey; date: string } | undefined {
  const date = entry.lastVerified;
  if (!date) return undefined;
  if (freshness(date, today) === "stale") return { k: "freshness.staleContact", date };
  return entry.confidence === "medium" ? { k: "common.checkBeforeUse", date } : undefined;
}

/** A contact's name and every channel, one per line after the name, then its dated note (see {@link contactNote}). */
export function ContactEntry({
  bundle,
  entry,
  today,
  kinds,
}: {
  bundle: ContentBundle;
  entry: Contact;
  /** `YYYY-MM-DD`: the print day the contact's freshness is judged on. */
  today: string;
  /** Only these kinds of channel (a card has room for phones only). */
  kinds?: readonly Channel["kind"][];
}) {
  const channels = entry.channels.filter((c) => !kinds || kinds.includes(c.kind));
  const note = contactNote(entry, today);
  return (
    <>
      <span
        class="lp-contact-name"
        {...(entry.origin === "lantern" ? langOf(bundle, `contacts.${entry.id}`) : {})}
      >
        {entry.name}
      </span>
      {channels.map((channel) => (
        <span key={channel.id}>
          {" "}
          <ChannelLine bundle={bundle} channel={channel} />
        </span>
      ))}
      {note && (
        <>
          {" "}
          <Dated bundle={bundle} {...note} class="lp-fine" />
        </>
      )}
    </>
  );
}

/** One sheet of paper: a box of the paper's exact size, so nothing can spill onto an unplanned page. */
export function Page({
  paper,
  class: className,
  children,
}: {
  paper: Paper;
  class: string;
  children: ComponentChildren;
}) {
  const { width, height } = PAPERS[paper];
  return (
    <div class={`lp-page ${className}`} style={{ width: `${width}mm`, height: `${height}mm` }}>
      {children}
    </div>
  );
}

/** "Provided by {partner}", when the partner gave its name. */
export function ProvidedBy({ bundle, name }: { bundle: ContentBundle; name: string }) {
  return name ? <Ui bundle={bundle} k="print.providedBy" params={{ partner: name }} as="p" /> : null;
}

/** A `lastVerified` date written out in the bundle's language (`28 novembre 2026`), as the bundle's build wrote it. */
export function writtenDate(bundle: ContentBundle, date: string): string {
  return bundle.dates[date] ?? date;
}

/** A UI string whose `{date}` is a fact's `lastVerified`, written out in the bundle's language. */
export function Dated({ date, ...props }: Omit<Parameters<typeof Ui>[0], "params"> & { date: string }) {
  return <Ui {...props} params={{ date: writtenDate(props.bundle, date) }} />;
}

/** "This may be out of date. Last checked: …", with its date, after a medium-confidence fact (shown only with includeMedium). */
export function Medium({ bundle, item }: { bundle: ContentBundle; item: Provenance }) {
  if (item.confidence !== "medium") return null;
  return (
    <>
      {" "}
      <Dated bundle={bundle} k="common.checkBeforeUse" date={item.lastVerified} class="lp-fine" />
    </>
  );
}

/**
 * A draft translation's mark, on every card face and every page: in its language and in English, each with its own
 * `lang` and `dir`. A card has room for the first sentence only (which says it is a draft); pages take it whole.
 * First in its box, so a card's `overflow: hidden` can never be what hides it.
 */
export function DraftMark({ bundle, short = false }: { bundle: ContentBundle; short?: boolean }) {
  const notice = bundle.draftNotice;
  if (!notice) return null;
  const cut = (text: string) => (short ? (text.split(/(?<=\.)\s/)[0] ?? text) : text);
  return (
    <p class="lp-draft" data-lantern-draft={bundle.locale.code}>
      <span lang={bundle.locale.code} dir={bundle.locale.dir}>
        {cut(notice.text)}
      </span>{" "}
      <span lang="en" dir="ltr">
        {cut(notice.en)}
      </span>
    </p>
  );
}
