/**
 * The mark a draft translation carries wherever it renders: one line in the draft's language and the same line in
 * English, each with its own `lang` and `dir`, so a reader of either (and their screen reader) knows that no fluent
 * reviewer has checked the text around it. Nothing renders for a reviewed locale.
 */
import type { ContentBundle } from "@lantern/sdk";

export function DraftNotice({ bundle }: { bundle: ContentBundle }) {
  const notice = bundle.draftNotice;
  if (!notice) return null;
  return (
    <p class="lantern-draft" role="note" data-lantern-draft={bundle.locale.code}>
      <span lang={bundle.locale.code} dir={bundle.locale.dir}>
        {notice.text}
      </span>{" "}
      <span lang="en" dir="ltr">
        {notice.en}
      </span>
    </p>
  );
}
