/**
 * What every widget chunk exports: `mount(shadowRoot, context)`. It turns the host element's attributes into the
 * widget's options, adopts the widget's styles as a constructed stylesheet (no <style> element, so `style-src`
 * without 'unsafe-inline' holds) and mounts that one component, so a page with only warning signs never downloads
 * the other widgets. This work lives here, not in the loader, to keep the loader small on every page.
 */
import type { Contact, ContentBundle } from "@lantern/sdk";
import type { WidgetName, WidgetProps } from "@lantern/widgets";
import { type MountOptions, mountComponent } from "@lantern/widgets/mount";
import type { FunctionComponent } from "preact";
import type { ChunkContext } from "../loader.js";
import { checkLanguage } from "./language.js";

/**
 * Attributes that belong to HTML or to the loader, not to the widget's settings. The loader's PLAIN lists the same
 * (`config` apart, which it checks on its own) to choose the first paint: kept in step by hand, since a shared module
 * cost the loader 20 B.
 */
const NOT_SETTINGS = /^(id|class|style|lang|dir|title|hidden|slot|tabindex|config|allow-draft|data-lantern)$/;
const DEFAULT_EXIT = "https://weather.gc.ca/";

/** What overrides.js exports (chunks/overrides.ts). */
interface OverridesChunk {
  readConfig(
    block: Element | null,
    id: string | null,
    lang: string,
    warn: (message: string) => void,
  ): Partner | Promise<Partner>;
}
type Partner = { contacts?: unknown[]; checkedTheme?: unknown };
/** What a loader before first paints handed over: the content and partner settings it had loaded itself. */
type EarlierContext = ChunkContext & { partner?: Partner };

export function mountIn(name: WidgetName, Component: FunctionComponent<WidgetProps>, css: string) {
  const render = (root: ShadowRoot, context: EarlierContext, bundle: unknown, partner: Partner) => {
    const attributes: Record<string, string> = Object.create(null);
    for (const { name: attribute, value } of context.host.attributes) {
      if (!NOT_SETTINGS.test(attribute)) attributes[attribute.replace(/^data-/, "")] = value;
    }
    // A modal dialog makes the page inert, its quick exit included, so the dialog repeats the page's exit.
    const exit = context.host.ownerDocument.querySelector('lantern-quick-exit,[data-lantern="quick-exit"]');
    // Taking over the first paint's markup: its stylesheet is already adopted. Otherwise whatever was shown while
    // the content loaded (the loader's stalled fallback) goes, the host's own stylesheet (always first) stays.
    if (!context.hydrate) {
      const styles = new CSSStyleSheet();
      styles.replaceSync(css);
      root.replaceChildren();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.slice(0, 1), styles];
    }
    return mountComponent(name, Component, root, {
      bundle: bundle as ContentBundle,
      attributes,
      partnerContacts: partner.contacts as Contact[] | undefined,
      checkedTheme: partner.checkedTheme as MountOptions["checkedTheme"],
      eventTarget: context.host,
      hydrate: context.hydrate,
      // The report dialog's contacts and steps arrive when someone opens it.
      // Through the loader, which checks the file against its hash first.
      loadDialogContent: async () =>
        (
          (await context.load(`content/${context.lang}/dialog.js`)) as {
            default: Pick<ContentBundle, "contacts" | "steps">;
          }
        ).default,
      exitUrl: exit ? exit.getAttribute("exit-url") || DEFAULT_EXIT : undefined,
      // The page's exit-url is the quick exit's attribute, and the quick exit reports a bad one: repeated by every
      // widget's dialog, the same problem would be logged once per widget instead of once per page.
      onProblem: (problem) =>
        problem.field === "exitUrl" || context.warn(`${problem.field}: ${problem.message}`),
    });
  };
  return (root: ShadowRoot, context: EarlierContext): (() => void) | Promise<() => void> => {
    // The bundle is given when the first paint wakes the component, or by a loader from before first paints (a
    // stale copy of v1/embed.js may meet this file): that one had read the partner's settings too.
    if (context.bundle) return render(root, context, context.bundle, context.partner ?? {});
    return (async () => {
      checkLanguage(context);
      // The loader requested both already; these imports meet the same requests.
      const content = context.load(`content/${context.lang}/${name}.js`);
      let partner: Partner = {};
      if (context.block || context.id) {
        // Without it, Lantern's own contacts still show: report, and go on.
        const reader = (await context.load("overrides.js").catch((error) => {
          context.warn(`${error}: partner contacts are not shown`);
        })) as OverridesChunk | undefined;
        partner = (await reader?.readConfig(context.block, context.id, context.lang, context.warn)) ?? {};
      }
      return render(root, context, ((await content) as { default: unknown }).default, partner);
    })();
  };
}
