/**
 * Where the facts above come from and how current they are. Trust matters here: a reader deciding whether to call a
 * number should be able to see who says so and when someone last checked.
 */
import { provenance, text } from "@lantern/sdk";
import { useWidget } from "./context.js";
import { ExternalLink, uiLang, Verified } from "./text.js";

/** Anything with sources and a last-verified date; partner contacts (`lastVerified: null`) are left out. */
export interface Sourced {
  sources: readonly string[];
  lastVerified: string | null;
}

/** `https://www.canada.ca/en/…/sts.html` → `canada.ca/en/…/sts.html`: shorter to read, still exact enough to trust. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

/**
 * "Last verified: <oldest date>" and the list of sources of `items` (SDK `provenance()`), in a collapsed
 * `<details>` so the list does not crowd the help itself.
 */
export function ProvenanceFooter({ items }: { items: readonly Sourced[] }) {
  const { bundle } = useWidget();
  const dated = items.filter(
    (item): item is Sourced & { lastVerified: string } => item.lastVerified !== null,
  );
  const { sources, lastVerified } = provenance(
    dated.map((item) => ({ ...item, sources: [...item.sources] })),
  );
  if (!lastVerified && sources.length === 0) return null;
  return (
    <footer class="lantern-footer">
      {lastVerified && <Verified date={lastVerified} />}
      {sources.length > 0 && (
        <details class="lantern-sources">
          <summary {...uiLang(bundle, "common.sources")}>
            {text(bundle, "common.sources")} ({sources.length})
          </summary>
          <ul>
            {sources.map((url) => (
              <li key={url}>
                <ExternalLink href={url}>
                  <bdi dir="ltr">{displayUrl(url)}</bdi>
                </ExternalLink>
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
