import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { waitFor } from "storybook/test";
import {
  brokenBundle,
  common,
  controlsFor,
  HARBOUR_HOUSE_PRESET,
  MountedWithAttributes,
  narrow,
  printView,
  type StoryArgs,
} from "../core/story-helpers.js";
import { ReportButton, type ReportButtonProps } from "./report-button.js";

/** The controls are the element's attributes and the page's configuration block: see the snippet under the story. */
const meta = {
  title: "Widgets/Report button",
  component: ReportButton as (props: StoryArgs) => ReturnType<typeof ReportButton>,
  parameters: { lantern: { widget: "report-button" } },
  args: { bundle: en, ...controlsFor("report-button").args },
  argTypes: controlsFor("report-button").argTypes,
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const Ontario: Story = { args: { region: "CA-ON" } };
export const WithPartnerContacts: Story = { args: { region: "CA-ON", contacts: HARBOUR_HOUSE_PRESET } };
export const ForYoungPeople: Story = { args: { audience: "youth" } };
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("report-button");
/**
 * The report dialog on a 360 × 740 phone, scrolled to "Help in your language" right after the hotline, and opened:
 * each language's line in its own script, with its draft mark. The browser draws a modal dialog above the page, so
 * the story's box is a screen high (less the canvas padding) for its picture to hold the dialog.
 */
export const HelpInYourLanguage: Story = {
  globals: { viewport: { value: "phone360", isRotated: false } },
  render: (args) => (
    <div style={{ minBlockSize: "calc(100vh - 2rem)" }}>
      <ReportButton {...(args as ReportButtonProps)} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector("[data-lantern-story]")?.shadowRoot;
    const find = (selector: string) =>
      waitFor(() => {
        const element = root()?.querySelector<HTMLElement>(selector);
        if (!element) throw new Error(`nothing matches ${selector} yet`);
        return element;
      });
    (await find(".lantern-cta")).click();
    // The dialog's code loads on the first press.
    const summary = await find("dialog[open] .lantern-section-languages summary");
    summary.click();
    await find(".lantern-section-languages details[open]");
    summary.scrollIntoView({ block: "start" });
  },
};
/** On paper: the widget's print rules, applied on screen. */
export const Print: Story = printView("report-button");
/** Wrong settings from a partner's attributes: each is reported with its fix, and a safe default is used. */
export const BadSettings: Story = {
  render: (args) => (
    <MountedWithAttributes
      widget="report-button"
      bundle={args.bundle}
      attributes={{ audience: "teens", region: "CA-XX", variant: "huge" }}
    />
  ),
};
/** Content that cannot render: the widget shows how to reach 911 and the hotline instead. */
export const BrokenContent: Story = {
  render: (args) => <ReportButton {...(args as ReportButtonProps)} bundle={brokenBundle(args.bundle)} />,
};
