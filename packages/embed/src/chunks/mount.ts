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

/** Attributes that belong to HTML or to the loader, not to the widget's settings. */
const NOT_SETTINGS = /^(id|class|style|lang|dir|title|hidden|slot|tabindex|config|allow-draft|data-lantern)$/;
const DEFAULT_EXIT = "https://weather.gc.ca/";

export function mountIn(name: WidgetName, Component: FunctionComponent<WidgetProps>, css: string) {
  return (root: ShadowRoot, context: ChunkContext): (() => void) => {
    const attributes: Record<string, string> = Object.create(null);
    for (const { name: attribute, value } of context.host.attributes) {
      if (!NOT_SETTINGS.test(attribute)) attributes[attribute.replace(/^data-/, "")] = value;
    }
    // A modal dialog makes the page inert, its quick exit included, so the dialog repeats the page's exit.
    const exit = context.host.ownerDocument.querySelector('lantern-quick-exit,[data-lantern="quick-exit"]');
    const styles = new CSSStyleSheet();
    styles.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    return mountComponent(name, Component, root, {
      bundle: context.bundle as ContentBundle,
      attributes,
      partnerContacts: context.partner.contacts as Contact[] | undefined,
      checkedTheme: context.partner.checkedTheme as MountOptions["checkedTheme"],
      eventTarget: context.host,
      // The report dialog's contacts and steps arrive when someone opens it.
      loadDialogContent: async () =>
        (
          (await import(/* @vite-ignore */ `${context.base}content/${context.lang}/dialog.js`)) as {
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
}
