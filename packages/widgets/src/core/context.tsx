/**
 * What every part of a widget needs to know, provided once by the widget shell: the bundle, the checked config,
 * the partner's contacts, and how to emit events and report problems. Created per widget instance, never per module.
 */
import type { Contact, ContentBundle } from "@lantern/sdk";
import { createContext } from "preact";
import { useContext, useId } from "preact/hooks";
import type { ConfigProblem, WidgetConfig, WidgetName } from "./config.js";
import type { LanternEventDetailMap, LanternEventType } from "./events.js";

/**
 * What the report dialog needs from a content bundle beyond the first render: an embed can ship bundles without
 * them and load them only when someone opens the dialog.
 */
export type DialogContent = Pick<ContentBundle, "contacts" | "steps">;

/** The value of {@link WidgetContext}. */
export interface WidgetContextValue {
  bundle: ContentBundle;
  widget: WidgetName;
  config: WidgetConfig;
  /** The partner's own contacts, already validated by `@lantern/sdk/overrides`. */
  partnerContacts: readonly Contact[];
  /** Dispatch a Lantern event from the widget's event target. */
  emit<K extends LanternEventType>(type: K, detail: LanternEventDetailMap[K]): void;
  /** Report a problem once per instance. */
  report(problem: ConfigProblem): void;
  /** Prefix for element ids, unique per instance when widgets share one document tree. */
  idPrefix: string;
  /** Loads the dialog's contacts and steps; used only when the bundle lacks them (no contacts, or no steps). */
  loadDialogContent: (() => Promise<DialogContent>) | undefined;
  /** The checked (`https:`) quick-exit address, when the page has a quick exit; `undefined` otherwise. */
  exitUrl: string | undefined;
  /** `YYYY-MM-DD`: the day contacts' freshness is judged on (see `WidgetProps.today`); today (UTC) if absent. */
  today: string | undefined;
}

/** Provided by the widget shell; `null` outside a widget. */
export const WidgetContext = /* @__PURE__ */ createContext<WidgetContextValue | null>(null);

/** The current widget's context. Throws when used outside a widget, which the error boundary then catches. */
export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error("Lantern widget parts must be rendered inside a widget");
  return value;
}

/**
 * An element id unique within the widget instance and, through the instance prefix, within the document: Preact's
 * `useId` counts per render root, so two widgets mounted in one light DOM would otherwise share ids.
 */
export function useWidgetId(): string {
  const { idPrefix } = useWidget();
  return `${idPrefix}-${useId()}`;
}
