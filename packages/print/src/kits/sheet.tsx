/**
 * The information sheet, two pages: 911 and the hotline together at the top, what trafficking is and is not, its
 * signs and what police-reported data shows, on the first; who is most at risk (the seed's groups with why, the rest
 * run together in one paragraph), myths and facts, what to do, where to get help and every source with the
 * last-verified date on the second. A police service hands it out at a school night; a library leaves it by the door.
 */
import {
  atRiskGroups,
  type ContentBundle,
  contacts,
  definitions,
  isOpenGroup,
  myths,
  provenance,
  signsByCategory,
  statistics,
  steps,
  text,
} from "@lantern/sdk";
import type { PrintOptions } from "../options.js";
import { HELP_LINES, HelpLinesStrip } from "./help-lines.js";
import {
  ContactEntry,
  contactNote,
  contactProvenance,
  DraftMark,
  essentials,
  langOf,
  Medium,
  Page,
  ProvidedBy,
  Ui,
} from "./parts.js";

export function sheetTitle(bundle: ContentBundle): string {
  return text(bundle, "print.sheetTitle");
}

export function InformationSheet({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const list = { includeMedium: options.includeMedium };
  const defs = definitions(bundle, list);
  const groups = signsByCategory(bundle, list);
  const atRisk = atRiskGroups(bundle, list);
  const moreGroups = atRisk.filter((group) => !isOpenGroup(group));
  const mythList = myths(bundle, list);
  const stats = statistics(bundle, list);
  const { hotline, phone } = essentials(bundle);
  const stepList = steps(bundle, list);
  const contactList = contacts(bundle, {
    ...list,
    region: options.region,
    partner: options.partner.contacts,
  });
  const lantern = contactList.filter((entry) => entry.origin === "lantern");
  // Each contact past the freshness limit prints its note, two lines in French: its sources then run on as one
  // paragraph, as the poster's do, so the second page still holds everything.
  const stale = lantern.some((entry) => contactNote(entry, options.today)?.k === "freshness.staleContact");
  const { sources, lastVerified } = provenance([
    ...defs,
    ...groups.flatMap((group) => group.signs),
    ...atRisk,
    ...mythList,
    ...stats,
    ...stepList,
    ...lantern.map(contactProvenance),
    HELP_LINES,
  ]);
  return (
    <>
      <Page paper={options.paper} class="lp-sheet lp-sheet-first">
        <DraftMark bundle={bundle} />
        <Ui bundle={bundle} k="print.sheetTitle" as="h1" />
        <ProvidedBy bundle={bundle} name={options.partner.name} />
        {/* 911 and the hotline together on the first page: the sheet may be read one page at a time. */}
        <div class="lp-emergency">
          <Ui bundle={bundle} k="common.emergency" as="p" />
          <Ui
            bundle={bundle}
            k="fallback.hotline"
            params={{ hotline: hotline.name, number: phone.display }}
            as="p"
          />
        </div>
        <div class="lp-columns">
          <section aria-labelledby="lp-definitions">
            <Ui bundle={bundle} k="print.definitionsHeading" as="h2" id="lp-definitions" />
            <dl>
              {defs.map((definition) => (
                <div key={definition.id} {...langOf(bundle, `definitions.${definition.id}`)}>
                  <dt>{definition.term}</dt>
                  <dd>
                    {definition.text}
                    <Medium bundle={bundle} item={definition} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="lp-signs">
            <Ui bundle={bundle} k="warningSigns.heading" as="h2" id="lp-signs" />
            <Ui bundle={bundle} k="warningSigns.intro" as="p" />
            {groups.map((group) => (
              <div key={group.category}>
                <h3 {...langOf(bundle, `taxonomy.categories.${group.category}`)}>{group.name}</h3>
                <ul>
                  {group.signs.map((sign) => (
                    <li key={sign.id} {...langOf(bundle, `signs.${sign.id}`)}>
                      {sign.text}
                      <Medium bundle={bundle} item={sign} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          {stats.length > 0 && (
            <section aria-labelledby="lp-stats">
              <Ui bundle={bundle} k="statistics.heading" as="h2" id="lp-stats" />
              <ul>
                {stats.map((stat) => (
                  <li key={stat.id} {...langOf(bundle, `statistics.${stat.id}`)}>
                    {stat.text}
                  </li>
                ))}
              </ul>
              <Ui bundle={bundle} k="statistics.caveat" as="p" />
            </section>
          )}
        </div>
        <HelpLinesStrip bundle={bundle} />
      </Page>
      <Page paper={options.paper} class="lp-sheet">
        <DraftMark bundle={bundle} />
        <div class="lp-columns">
          <section aria-labelledby="lp-at-risk">
            <Ui bundle={bundle} k="atRisk.heading" as="h2" id="lp-at-risk" />
            <Ui bundle={bundle} k="atRisk.intro" as="p" />
            <dl>
              {atRisk
                .filter((group) => isOpenGroup(group))
                .map((group) => (
                  <div key={group.id} {...langOf(bundle, `groups.${group.id}`)}>
                    <dt>{group.name}</dt>
                    <dd>
                      {group.why}
                      <Medium bundle={bundle} item={group} />
                    </dd>
                  </div>
                ))}
            </dl>
            {moreGroups.length > 0 && (
              <>
                <Ui bundle={bundle} k="atRisk.more" as="p" class="lp-more" />
                <ul class="lp-inline">
                  {moreGroups.map((group) => (
                    <li key={group.id} {...langOf(bundle, `groups.${group.id}`)}>
                      {group.name}
                      {group.why && `. ${group.why}`}
                      <Medium bundle={bundle} item={group} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="lp-myths">
            <Ui bundle={bundle} k="mythsFacts.heading" as="h2" id="lp-myths" />
            <dl>
              {mythList.map((myth) => (
                <div key={myth.id} {...langOf(bundle, `myths.${myth.id}`)}>
                  <dt>
                    <Ui bundle={bundle} k="mythsFacts.myth" class="lp-label" /> {myth.myth}
                  </dt>
                  <dd>
                    <Ui bundle={bundle} k="mythsFacts.fact" class="lp-label" /> {myth.fact}
                    <Medium bundle={bundle} item={myth} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="lp-steps">
            <Ui bundle={bundle} k="whatToDo.heading" as="h2" id="lp-steps" />
            <ol>
              {stepList.map((step) => (
                <li key={step.id} {...langOf(bundle, `steps.${step.id}`)}>
                  {step.text}
                  <Medium bundle={bundle} item={step} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="lp-contacts">
            <Ui bundle={bundle} k="helpDirectory.heading" as="h2" id="lp-contacts" />
            <ul class="lp-contacts">
              {contactList.map((entry) => (
                <li key={entry.id}>
                  <ContactEntry bundle={bundle} entry={entry} today={options.today} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="lp-sources">
            <Ui bundle={bundle} k="common.sources" as="h2" id="lp-sources" />
            {lastVerified && (
              <Ui
                bundle={bundle}
                k="common.lastVerified"
                params={{ date: bundle.dates[lastVerified] ?? lastVerified }}
                as="p"
                class="lp-meta"
              />
            )}
            <ul class={stale ? "lp-sources lp-inline" : "lp-sources"}>
              {sources.map((url) => (
                <li key={url}>
                  <bdi class="lp-url">{url}</bdi>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </Page>
    </>
  );
}
