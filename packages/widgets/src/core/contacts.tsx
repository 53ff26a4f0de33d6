/**
 * Contacts and the ways to reach them, as the report dialog and the help directory show them. A channel is always
 * a link (it goes somewhere: a phone call, a text, a site), with its note beside it.
 */
import {
  type Channel,
  type ChannelKind,
  type Contact,
  freshness,
  text,
  todayUtc,
  type UiKey,
} from "@lantern/sdk";
import { useWidget } from "./context.js";
import { headingTag } from "./heading.js";
import { ExternalLink, langOf, richText, uiLang, Verified } from "./text.js";

/** The UI string that labels a channel link ("Call {number}", "Text {keyword} to {number}") and its values. */
export function channelLabel(channel: Channel): { key: UiKey; params?: Record<string, string> } {
  switch (channel.kind) {
    case "phone":
      return { key: "common.call", params: { number: channel.display } };
    case "sms":
      return channel.body
        ? { key: "common.text", params: { keyword: channel.body, number: channel.display } }
        : { key: "common.textNumber", params: { number: channel.display } };
    case "chat":
      return { key: "common.chat" };
    case "web-form":
      return { key: "common.webForm" };
    case "email":
      return { key: "common.email", params: { address: channel.display } };
  }
}

/**
 * One way to reach a contact. `tel:`, `sms:` and `mailto:` open on the device; web channels open in a new tab.
 * Activating it dispatches `lantern:contact` with the contact's id and the channel's kind, nothing more.
 */
export function ChannelLink({ contact, channel }: { contact: Contact; channel: Channel }) {
  const { bundle, emit } = useWidget();
  const onClick = () => emit("lantern:contact", { contact: contact.id, channel: channel.kind });
  const { key, params } = channelLabel(channel);
  const label = params ? richText(bundle, key, params) : text(bundle, key);
  const lang = uiLang(bundle, key);
  const className = `lantern-channel lantern-channel-${channel.kind}`;
  if (/^https?:/.test(channel.href)) {
    return (
      <ExternalLink href={channel.href} class={className} onClick={onClick}>
        <span {...lang}>{label}</span>
      </ExternalLink>
    );
  }
  return (
    <a href={channel.href} class={className} onClick={onClick} {...lang}>
      {label}
    </a>
  );
}

/** Props of {@link ChannelList}. */
export interface ChannelListProps {
  contact: Contact;
  /** Show only channels of this kind; all by default. */
  kind?: ChannelKind | undefined;
}

/**
 * A contact's channels as a list of links, each with its note. A channel or note of medium confidence reaches a
 * widget only when the partner opted in (a region or an audience); it then says, in plain words, that it may be out
 * of date, with the day it was last checked, as a medium contact does.
 */
export function ChannelList({ contact, kind }: ChannelListProps) {
  const { bundle } = useWidget();
  const channels = contact.channels.filter((channel) => kind === undefined || channel.kind === kind);
  const lang = contact.origin === "lantern" ? langOf(bundle, `contacts.${contact.id}`) : {};
  return (
    <ul class="lantern-channels">
      {channels.map((channel) => {
        const unsure =
          channel.confidence === "medium" || (channel.note && channel.noteConfidence === "medium");
        return (
          <li key={channel.id}>
            <ChannelLink contact={contact} channel={channel} />
            {channel.note && (
              <p class="lantern-note" {...lang}>
                {channel.note}
              </p>
            )}
            {unsure && contact.lastVerified && <Verified date={contact.lastVerified} kind="checkBeforeUse" />}
          </li>
        );
      })}
    </ul>
  );
}

/** Props of {@link ContactList}. */
export interface ContactListProps {
  contacts: readonly Contact[];
  /** The level of each contact's name: one below a widget heading, 4 under a dialog section. */
  headingLevel: number;
  /** Show only channels of this kind. */
  kind?: ChannelKind | undefined;
  /**
   * Show opening hours of every contact (the directory does). Otherwise hours appear only for lines not open 24/7,
   * so nobody calls a closed line in a hurry.
   */
  showHours?: boolean;
}

/**
 * Contacts with what each is for, an "Open 24/7" badge, its channels and, for medium-confidence ones and any past
 * the freshness policy's failure limit on the widget's `today`, a "This may be out of date" note with the date it
 * was last checked.
 */
export function ContactList({ contacts, headingLevel, kind, showHours = false }: ContactListProps) {
  const { bundle, today = todayUtc() } = useWidget();
  const Heading = headingTag(headingLevel);
  return (
    <ul class="lantern-contacts">
      {contacts.map((entry) => {
        const lang = entry.origin === "lantern" ? langOf(bundle, `contacts.${entry.id}`) : {};
        return (
          <li key={entry.id} class="lantern-contact" data-contact={entry.id}>
            <Heading class="lantern-contact-name" {...lang}>
              {entry.name}
            </Heading>
            {entry.open247 && (
              <p class="lantern-badge" {...uiLang(bundle, "common.open247")}>
                {text(bundle, "common.open247")}
              </p>
            )}
            {entry.use && <p {...lang}>{entry.use}</p>}
            {(showHours || !entry.open247) && entry.hours && (
              <p class="lantern-hours">
                <strong {...uiLang(bundle, "helpDirectory.hours")}>
                  {text(bundle, "helpDirectory.hours")}
                </strong>{" "}
                <span {...lang}>{entry.hours}</span>
              </p>
            )}
            {entry.lastVerified && freshness(entry.lastVerified, today) === "stale" ? (
              <Verified date={entry.lastVerified} kind="staleContact" />
            ) : (
              entry.confidence === "medium" &&
              entry.lastVerified && <Verified date={entry.lastVerified} kind="checkBeforeUse" />
            )}
            <ChannelList contact={entry} kind={kind} />
          </li>
        );
      })}
    </ul>
  );
}
