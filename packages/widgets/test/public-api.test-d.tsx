/**
 * Type-level checks of the public API, checked by `pnpm typecheck` (tsc). Each @ts-expect-error is a mistake the
 * types must catch; if one stops being an error, tsc fails.
 */
import en from "@lantern/sdk/content/en";
import {
  HelpDirectory,
  type LanternEventDetailMap,
  type MountOptions,
  mountQuickExit,
  mountWidget,
  type QuickExitOptions,
  WarningSigns,
  type WidgetName,
} from "../src/index.js";

const host = document.createElement("div");

export const ok = [
  <WarningSigns key="a" bundle={en} config={{ audience: "youth", variant: "compact" }} />,
  <WarningSigns key="b" bundle={en} />,
  <HelpDirectory key="c" bundle={en} config={{ variant: "languages" }} />,
  mountWidget("help-directory", host, { bundle: en, attributes: { region: "CA-ON", anything: undefined } }),
];

// @ts-expect-error: not a variant of warning-signs
export const badVariant = <WarningSigns bundle={en} config={{ variant: "tiny" }} />;
// @ts-expect-error: languages is the help directory's variant, not warning signs
export const otherWidgetsVariant = <WarningSigns bundle={en} config={{ variant: "languages" }} />;
// @ts-expect-error: not an audience
export const badAudience = <WarningSigns bundle={en} config={{ audience: "teens" }} />;
// @ts-expect-error: a bundle is required
export const noBundle = <WarningSigns />;
// @ts-expect-error: not a widget name
export const badName: WidgetName = "quick-exit";
export const lazy: MountOptions = {
  bundle: { ...en, contacts: [], steps: [] },
  attributes: {},
  loadDialogContent: async () => ({ contacts: en.contacts, steps: en.steps }),
  exitUrl: "https://weather.gc.ca/",
};
export const badLoader: MountOptions = {
  bundle: en,
  attributes: {},
  // @ts-expect-error: loadDialogContent resolves to both contacts and steps
  loadDialogContent: async () => ({ steps: [] }),
};
// @ts-expect-error: exitUrl is a string
export const badExit = <WarningSigns bundle={en} exitUrl={new URL("https://weather.gc.ca/")} />;
export const dialogExit: LanternEventDetailMap["lantern:exit"] = { trigger: "dialog" };
// @ts-expect-error: not a trigger
export const badTrigger: LanternEventDetailMap["lantern:exit"] = { trigger: "timeout" };
// @ts-expect-error: attributes are required, as the raw strings the embed read
export const noAttributes: MountOptions = { bundle: en };
// @ts-expect-error: strings are required
export const noStrings: QuickExitOptions = {};
mountQuickExit(host, {
  strings: { label: "", shortcutHint: "", historyWarning: "", aboutLabel: "", shortcutProgress: "" },
  // @ts-expect-error: direction is ltr or rtl
  dir: "auto",
});
// @ts-expect-error: every string is required, the Shift progress included
mountQuickExit(host, { strings: { label: "", shortcutHint: "", historyWarning: "", aboutLabel: "" } });

export const detail: LanternEventDetailMap["lantern:contact"] = {
  contact: "crime-stoppers",
  channel: "phone",
};
// @ts-expect-error: channel kinds are the SDK's
export const badChannel: LanternEventDetailMap["lantern:contact"] = { contact: "x", channel: "fax" };
