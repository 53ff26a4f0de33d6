import type { ContentBundle } from "@lantern/sdk";
import ar from "@lantern/sdk/content/drafts/ar";
import en from "@lantern/sdk/content/en";
import fr from "@lantern/sdk/content/fr";

/** Every compiled bundle, by language code. */
export const BUNDLES: Readonly<Record<string, ContentBundle>> = { en, fr, ar };

/** Languages that print without an opt-in: the reviewed ones. Drafts need `allowDraft`. */
export const REVIEWED_LANGS: readonly string[] = Object.values(BUNDLES)
  .filter((bundle) => bundle.locale.status === "reviewed")
  .map((bundle) => bundle.locale.code);
