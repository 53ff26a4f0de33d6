/**
 * The DOM events widgets dispatch for a partner's own analytics. They carry what happened, never who: no text
 * typed, no page address, no identifiers of the visitor.
 */
import type { ChannelKind } from "@lantern/sdk";
import type { WidgetName } from "./config.js";

/** The `detail` of each Lantern event. */
export interface LanternEventDetailMap {
  /** The report dialog opened, from the widget named. */
  "lantern:open": { widget: WidgetName };
  /** A way to reach a contact was activated: which contact (its id) and which kind of channel. */
  "lantern:contact": { contact: string; channel: ChannelKind };
  /**
   * Quick exit was triggered: by its button, by pressing Shift three times, or by the report dialog's quick-exit
   * button (shown when the widget was given an `exitUrl`).
   */
  "lantern:exit": { trigger: "button" | "shortcut" | "dialog" };
}

/** `lantern:open`, `lantern:contact` or `lantern:exit`. */
export type LanternEventType = keyof LanternEventDetailMap;

/** A Lantern event as a listener receives it. */
export type LanternEvent<K extends LanternEventType = LanternEventType> = CustomEvent<
  LanternEventDetailMap[K]
>;

/**
 * Dispatch a Lantern event. It bubbles and is `composed`, so a listener on the page sees it even when the widget
 * lives in a shadow root.
 */
export function dispatchLanternEvent<K extends LanternEventType>(
  target: EventTarget,
  type: K,
  detail: LanternEventDetailMap[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/** True for a shadow root (as opposed to an element); works across windows, unlike `instanceof`. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && "host" in node;
}

/** Where a widget mounted in `root` dispatches events by default: the shadow root's host, or the element itself. */
export function defaultEventTarget(root: ShadowRoot | HTMLElement): EventTarget {
  return isShadowRoot(root) ? root.host : root;
}
