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
 * What a poster's sign list holds at 14 pt, leaving room for the hotline, the QR code and two partner lines: at
 * most this many signs, and this many characters of sign text. The character budget is what keeps a French
 * poster (the longest reviewed language, and its labour signs the longest) on one page; the PDF tests measure it.
 */
export const POSTER_SIGNS: Record<PrintOptions["paper"], { count: number; characters: number }> = {
  letter: { count: 8, characters: 490 },
  a4: { count: 10, characters: 630 },
};

/**
 * The hotline's dated note on the print day: "Not checked for more than a year…" once it is past the freshness
 * limit (see `contactNote`), and then the room it takes comes out of the signs' budget.
 */
function hotlineNote(bundle: ContentBundle, options: PrintOptions) {
  return contactNote(essentials(bundle).hotline, options.today);
}

/**
 * The poster's signs: those written for the audience first (they are medium confidence today, so only with
 * `includeMedium`), then the chosen categories in order, as many as {@link POSTER_SIGNS} allows on the paper.
 * When the hotline prints with its "may be out of date" note, the signs give up as many characters as the note
 * has. The note is fine print, so that is more room than it takes, but signs go whole and in two columns: less
 * leaves a French A4 poster past its page. A stale poster shows a sign or two fewer; it never loses its page.
 */
export function posterSigns(bundle: ContentBundle, options: PrintOptions): Sign[] {
  const audience = POSTER_AUDIENCES[options.audience];
  const list = signs(bundle, { audience, includeMedium: options.includeMedium });
  const specific = list.filter((sign) => sign.audiences.includes(audience));
  const general = POSTER_CATEGORIES[options.audience].flatMap((category) =>
    list.filter((sign) => sign.audiences.length === 0 && sign.category === category),
  );
  const budget = POSTER_SIGNS[options.paper];
  const note = hotlineNote(bundle, options);
  const room =
    budget.characters - (note ? text(bundle, note.k, { date: writtenDate(bundle, note.date) }).length : 0);
  const shown: Sign[] = [];
  let characters = 0;
  for (const sign of [...specific, ...general]) {
    characters += sign.text.length;
    if (shown.length === budget.count || characters > room) break;
    shown.push(sign);
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
  const partner = contacts(bundle, { region: options.region, partner: options.partner.contacts }).filter(
    (entry) => entry.origin === "partner",
  );
  const note = hotlineNote(bundle, options);
  const confront = steps(bundle).find((step) => step.id === "do-not-confront");
  const { sources, lastVerified } = provenance([
    ...shown,
    contactProvenance(hotline),
    contactProvenance(emergency),
    ...(confront ? [confront] : []),
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
