import type { ContentBundle } from "@lantern/sdk";
import { CardSheet } from "./kits/card.js";
import { Poster } from "./kits/poster.js";
import { InformationSheet } from "./kits/sheet.js";
import type { PrintOptions } from "./options.js";

/**
 * The kit's pages, as Preact elements, for a host that brings {@link printStyles}: Storybook, or a page that
 * previews kits in place. `renderKit` wraps the same element in a whole document.
 */
export function PrintKit({ bundle, options }: { bundle: ContentBundle; options: PrintOptions }) {
  const Kit = options.kit === "poster" ? Poster : options.kit === "sheet" ? InformationSheet : CardSheet;
  return (
    <div
      class={`lp-doc lp-kit-${options.kit}`}
      lang={bundle.locale.code}
      dir={bundle.locale.dir}
      data-paper={options.paper}
    >
      <Kit bundle={bundle} options={options} />
    </div>
  );
}
