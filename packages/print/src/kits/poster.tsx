/**
 * A one-page poster for a staff room or a notice board: one audience's warning signs, the caveat that one sign
 * alone proves nothing, what to do, the hotline in large type, a QR code to the hotline's site and the partner's
 * own lines.
 */
import {
  type ContentBundle,
  contacts,
  provenance,
  type Sign,
  type SignCategory,
  signs,
  steps,
  text,
} from "@lantern/sdk";
import { POSTER_AUDIENCES, type PosterAudience, type PrintOptions } from "../options.js";
import { qrPath } from "../qr.js";
import { HELP_LINES, HelpLinesStrip } from "./help-lines.js";
import {
  ContactEntry,
  contactNote,
  contactProvenance,
  Dated,
  DraftMark,
  essentials,
  langOf,
  Medium,
  Num,
  Page,
  ProvidedBy,
  Ui,
  writtenDate,
} from "./parts.js";

/**
 * Which categories of signs each poster shows, most telling first for that audience. A poster holds about ten
 * signs at 14 pt; the information sheet has them all.
 */
const POSTER_CATEGORIES: Record<PosterAudience, SignCategory[]> = {
  general: ["control", "documents", "physical", "behaviour"],
  youth: ["recruitment", "behaviour", "control"],
  hotel: ["control", "documents", "behaviour", "physical"],
  "health-care": ["physical", "control", "documents", "behaviour"],
  labour: ["labour", "documents", "control"],
};
/**
 * What a poster holds at 14 pt besides its title, the hotline's number, the QR code and the "help in your language"
 * strip: at most this many signs, and this many characters of body text, signs included. The rest of the body (the
 * lead, 911, the hotline's details and any stale note, "do not confront", a draft's notice, the partner's lines) is
 * in the kit's language, so the signs get the room that language leaves: French, the longest reviewed language,
 * shows fewer. A4 is taller but narrower, and holds little more. The PDF tests measure every poster on both papers.
 */
export const POSTER_SIGNS: Record<PrintOptions["paper"], { count: number; characters: number }> = {
  letter: { count: 8, characters: 1250 },
  a4: { count: 10, characters: 1320 },
};

/** Characters in a line of one of the two columns of signs, at 14 pt, on either paper. */
const SIGN_LINE = 40;
/** What a partner's line costs: a line of its own across the page, however short, and the gap above it. */
const PARTNER_LINE = 3 * SIGN_LINE;

/** The partner's own lines; a poster prints the first two, after Lantern's hotline. */
function posterPartners(bundle: ContentBundle, options: PrintOptions) {
  return contacts(bundle, { region: options.region, partner: options.partner.contacts }).filter(
    (entry) => entry.origin === "partner",
  );
}

/**
 * The hotline's dated note on the print day: "Not checked for more than a year…" once it is past the freshness
 * limit (see `contactNote`), and then the room it takes comes out of the signs' budget.
 */
function hotlineNote(bundle: ContentBundle, options: PrintOptions) {
  return contactNote(essentials(bundle).hotline, options.today);
}

/**
 * The characters of the poster's body besides its signs, in the bundle's language. A stale hotline's note is fine
 * print, so counting it whole gives it more room than it takes, but signs go whole and in two columns: a stale
 * poster shows a sign or two fewer; it never loses its page.
 */
function bodyCharacters(bundle: ContentBundle, options: PrintOptions): number {
  const partner = posterPartners(bundle, options).slice(0, 2);
  const note = hotlineNote(bundle, options);
  return (
    [
      text(bundle, "warningSigns.intro"),
      text(bundle, "common.emergency"),
      text(bundle, "reportButton.hotlineDetails"),
      note ? text(bundle, note.k, { date: writtenDate(bundle, note.date) }) : "",
      steps(bundle).find((step) => step.id === "do-not-confront")?.text ?? "",
      bundle.draftNotice ? bundle.draftNotice.text + bundle.draftNotice.en : "",
    ].join("").length +
    partner.length * PARTNER_LINE
  );
}

/**
 * The poster's signs: those written for the audience first (they are medium confidence today, so only with
 * `includeMedium`), then the chosen categories in order, as many as {@link POSTER_SIGNS} leaves room for. A sign too
 * long for the room left gives way to a shorter one after it, so a language with long signs still shows several.
 */
export function posterSigns(bundle: ContentBundle, options: PrintOptions): Sign[] {
  const audience = POSTER_AUDIENCES[options.audience];
  const list = signs(bundle, { audience, includeMedium: options.includeMedium });
  const specific = list.filter((sign) => sign.audiences.includes(audience));
  const general = POSTER_CATEGORIES[options.audience].flatMap((category) =>
    list.filter((sign) => sign.audiences.length === 0 && sign.category === category),
  );
  const budget = POSTER_SIGNS[options.paper];
  let room = budget.characters - bodyCharacters(bundle, options);
  const shown: Sign[] = [];
  for (const sign of [...specific, ...general]) {
    if (shown.length === budget.count) break;
    // A sign costs whole lines of its column: a short one leaves the rest of its last line empty.
    const cost = Math.ceil(sign.text.length / SIGN_LINE) * SIGN_LINE;
    if (cost > room) continue;
    shown.push(sign);
    room -= cost;
  }
  return shown;
}

export function posterTitle(bundle: ContentBundle, options: PrintOptions): string {
  return `${text(bundle, "warningSigns.heading")} – ${bundle.taxonomy.audiences[POSTER_AUDIENCES[options.audience]]}`;
}

function Qr({ bundle, url }: { bundle: ContentBundle; url: string }) {
  const { size, d } = qrPath(url);
  const caption = text(bundle, "print.qrCaption");
  return (
    <figure class="lp-qr">
      <svg
        role="img"
        aria-label={`${caption}: ${url}`}
        viewBox={`0 0 ${size} ${size}`}
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <Ui bundle={bundle} k="print.qrCaption" as="figcaption" />
    </figure>
  );
}

export function Poster({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const { emergency, hotline, phone, site } = essentials(bundle);
  const audience = POSTER_AUDIENCES[options.audience];
  const shown = posterSigns(bundle, options);
  const partner = posterPartners(bundle, options);
  const note = hotlineNote(bundle, options);
  const confront = steps(bundle).find((step) => step.id === "do-not-confront");
  const { sources, lastVerified } = provenance([
    ...shown,
    contactProvenance(hotline),
    contactProvenance(emergency),
    ...(confront ? [confront] : []),
    HELP_LINES,
  ]);
  return (
    <Page paper={options.paper} class="lp-poster">
      <DraftMark bundle={bundle} />
      <header>
        <Ui bundle={bundle} k="warningSigns.heading" as="h1" />
        <p class="lp-audience" {...langOf(bundle, `taxonomy.audiences.${audience}`)}>
          {bundle.taxonomy.audiences[audience]}
        </p>
      </header>
      <Ui bundle={bundle} k="warningSigns.intro" as="p" class="lp-lead" />
      <ul class="lp-signs">
        {shown.map((sign) => (
          <li key={sign.id} {...langOf(bundle, `signs.${sign.id}`)}>
            {sign.text}
            <Medium bundle={bundle} item={sign} />
          </li>
        ))}
      </ul>
      <section class="lp-report" aria-labelledby="lp-report-heading">
        <Ui bundle={bundle} k="common.reportCta" as="h2" id="lp-report-heading" />
        <Ui bundle={bundle} k="common.emergency" as="p" class="lp-emergency" />
        <div class="lp-hotline">
          <div class="lp-hotline-text">
            <p class="lp-hotline-name" {...langOf(bundle, `contacts.${hotline.id}`)}>
              {hotline.name}
            </p>
            <p>
              <Num class="lp-hotline-number">{phone.display}</Num>
            </p>
            <Ui bundle={bundle} k="reportButton.hotlineDetails" as="p" />
            {note && <Dated bundle={bundle} {...note} as="p" class="lp-fine" />}
            {site && (
              <p>
                <bdi class="lp-url">{site.value}</bdi>
              </p>
            )}
          </div>
          {site && <Qr bundle={bundle} url={site.value} />}
        </div>
        {confront && <p {...langOf(bundle, `steps.${confront.id}`)}>{confront.text}</p>}
        {partner.length > 0 && (
          <div class="lp-partner">
            <Ui bundle={bundle} k="reportButton.partnerHeading" as="h3" />
            <ul class="lp-contacts">
              {partner.slice(0, 2).map((entry) => (
                <li key={entry.id}>
                  <ContactEntry
                    bundle={bundle}
                    entry={entry}
                    today={options.today}
                    kinds={["phone", "sms", "email"]}
                  />
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <HelpLinesStrip bundle={bundle} />
      <footer class="lp-footer lp-fine">
        <ProvidedBy bundle={bundle} name={options.partner.name} />
        {lastVerified && (
          <Ui
            bundle={bundle}
            k="common.lastVerified"
            params={{ date: bundle.dates[lastVerified] ?? lastVerified }}
            as="p"
          />
        )}
        <div>
          <Ui bundle={bundle} k="common.sources" class="lp-label" />{" "}
          <ul>
            {sources.map((url) => (
              <li key={url}>
                <bdi class="lp-url">{url}</bdi>
              </li>
            ))}
          </ul>
        </div>
      </footer>
    </Page>
  );
}
