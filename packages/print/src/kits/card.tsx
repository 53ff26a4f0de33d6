/**
 * The resource card: wallet size (85 × 55 mm), fronts on the first page and backs on the second, as many to a
 * sheet as fit with room for crop marks (8 on Letter, 10 on A4).
 *
 * 911 comes first on both faces: in immediate danger, that is the number, before the hotline's name (which, in
 * French, could itself be read as an emergency line).
 *
 * The discreet variant is for a person who may be searched: neither side names trafficking or the hotline, and it
 * leaves out the chat and email addresses, whose domains say it (ccteht.ca spells the centre's acronym). A partner
 * name or line that names trafficking is refused when the options are resolved. The number, what to expect, 911 and
 * the partner's line stay.
 */
import { type ContentBundle, contacts, provenance } from "@lantern/sdk";
import { PAPERS, type PrintOptions } from "../options.js";
import {
  ChannelLine,
  ContactEntry,
  contactNote,
  contactProvenance,
  Dated,
  DraftMark,
  essentials,
  langOf,
  Num,
  Page,
  ProvidedBy,
  Ui,
} from "./parts.js";

export const CARD = { width: 85, height: 55 } as const;

/** Two columns always; as many rows as leave at least 10 mm above and below for crop marks. */
export function cardGrid(paper: PrintOptions["paper"]) {
  const { width, height } = PAPERS[paper];
  const columns = 2;
  const rows = Math.floor((height - 20) / CARD.height);
  return {
    columns,
    rows,
    left: (width - columns * CARD.width) / 2,
    top: (height - rows * CARD.height) / 2,
  };
}

function CropMarks({ paper }: { paper: PrintOptions["paper"] }) {
  const { width, height } = PAPERS[paper];
  const { columns, rows, left, top } = cardGrid(paper);
  const right = left + columns * CARD.width;
  const bottom = top + rows * CARD.height;
  // Marks stop 2 mm short of the cards so a slightly-off cut never leaves a line on a card.
  const gap = 2;
  const length = 6;
  const lines: string[] = [];
  for (let c = 0; c <= columns; c++) {
    const x = left + c * CARD.width;
    lines.push(`M${x} ${top - gap - length}V${top - gap}M${x} ${bottom + gap}V${bottom + gap + length}`);
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * CARD.height;
    lines.push(`M${left - gap - length} ${y}H${left - gap}M${right + gap} ${y}H${right + gap + length}`);
  }
  return (
    <svg
      class="lp-marks"
      aria-hidden="true"
      viewBox={`0 0 ${width} ${height}`}
      width={`${width}mm`}
      height={`${height}mm`}
    >
      <path d={lines.join("")} stroke="#000" stroke-width="0.2" fill="none" />
    </svg>
  );
}

function CardFront({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const { hotline, phone } = essentials(bundle);
  return (
    <>
      <Emergency bundle={bundle} />
      {options.discreet ? (
        <Ui bundle={bundle} k="fallback.heading" as="h1" />
      ) : (
        <h1 {...langOf(bundle, `contacts.${hotline.id}`)}>{hotline.name}</h1>
      )}
      <p>
        <Num class="lp-hotline-number">{phone.display}</Num>
      </p>
      <Ui bundle={bundle} k="reportButton.hotlineDetails" as="p" />
    </>
  );
}

/** "In immediate danger: call 911.", first on each face. */
function Emergency({ bundle }: { bundle: ContentBundle }) {
  const { emergencyNumber } = essentials(bundle);
  return (
    <Ui
      bundle={bundle}
      k="fallback.emergency"
      params={{ emergency: emergencyNumber }}
      as="p"
      class="lp-emergency"
    />
  );
}

function CardBack({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const { hotline, chat, email } = essentials(bundle);
  const partner = contacts(bundle, { region: options.region, partner: options.partner.contacts }).filter(
    (entry) => entry.origin === "partner",
  );
  const { lastVerified } = provenance([contactProvenance(hotline)]);
  return (
    <>
      <Emergency bundle={bundle} />
      {partner.length > 0 && (
        <>
          <Ui bundle={bundle} k="reportButton.partnerHeading" as="h2" />
          {partner.slice(0, 2).map((entry) => (
            <p key={entry.id}>
              <ContactEntry bundle={bundle} entry={entry} today={options.today} kinds={["phone", "sms"]} />
            </p>
          ))}
        </>
      )}
      {!options.discreet && chat && (
        <p>
          <ChannelLine bundle={bundle} channel={chat} />
        </p>
      )}
      {!options.discreet && email && (
        <p>
          <Ui bundle={bundle} k="common.email" params={{ address: email.value }} />
        </p>
      )}
      <div class="lp-push lp-fine">
        <ProvidedBy bundle={bundle} name={options.partner.name} />
        {lastVerified && (
          // Past the freshness limit, "Not checked for more than a year…" takes the place of "Last verified",
          // with the same date: the card's one date is the hotline's.
          <Dated
            bundle={bundle}
            k={contactNote(hotline, options.today)?.k ?? "common.lastVerified"}
            date={lastVerified}
            as="p"
          />
        )}
      </div>
    </>
  );
}

/**
 * A sheet of cards. The first card of each side is the one assistive technology reads (and the tagged PDF's
 * structure holds); its copies are `aria-hidden`, so a screen reader hears one card, not ten. Backs are in the
 * same places as fronts: the grid is centred, so a long-edge duplex flip lands each back on its front.
 */
export function CardSheet({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const { columns, rows, left, top } = cardGrid(options.paper);
  const count = columns * rows;
  const side = (Side: typeof CardFront, name: string) => (
    <Page paper={options.paper} class={`lp-card-sheet lp-${name}`}>
      <CropMarks paper={options.paper} />
      <div class="lp-cards" style={{ left: `${left}mm`, top: `${top}mm` }}>
        {Array.from({ length: count }, (_, index) => (
          <div class="lp-card" key={index} {...(index > 0 ? { "aria-hidden": "true" } : {})}>
            <DraftMark bundle={bundle} short />
            <Side bundle={bundle} options={options} />
          </div>
        ))}
      </div>
    </Page>
  );
  return (
    <>
      {side(CardFront, "fronts")}
      {side(CardBack, "backs")}
    </>
  );
}

/** How many cards a sheet of this paper holds. */
export function cardsPerSheet(paper: PrintOptions["paper"]): number {
  const { columns, rows } = cardGrid(paper);
  return columns * rows;
}
