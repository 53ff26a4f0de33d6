import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
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
