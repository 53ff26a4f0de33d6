import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import {
  brokenBundle,
  common,
  controlsFor,
  MountedWithAttributes,
  narrow,
  printView,
  type StoryArgs,
} from "../core/story-helpers.js";
import { WarningSigns, type WarningSignsProps } from "./warning-signs.js";

/** The controls are the element's attributes and the page's configuration block: see the snippet under the story. */
const meta = {
  title: "Widgets/Warning signs",
  component: WarningSigns as (props: StoryArgs) => ReturnType<typeof WarningSigns>,
  parameters: { lantern: { widget: "warning-signs" } },
  args: { bundle: en, ...controlsFor("warning-signs").args },
  argTypes: controlsFor("warning-signs").argTypes,
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const Compact: Story = { args: { variant: "compact" }, ...common.default };
export const ForHotelStaff: Story = { args: { audience: "hospitality" } };
export const ForHealthCare: Story = { args: { audience: "healthcare" } };
export const ForYoungPeople: Story = { args: { audience: "youth" } };
export const ForWorkers: Story = { args: { audience: "workers" } };
/** Under a section headed h2 on the partner's page: the card's heading is an h3. */
export const UnderASection: Story = { args: { "heading-level": "3" } };
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("warning-signs");
/** On paper: the widget's print rules, applied on screen. */
export const Print: Story = printView("warning-signs");
/** Wrong settings from a partner's attributes: each is reported with its fix, and a safe default is used. */
export const BadSettings: Story = {
  render: (args) => (
    <MountedWithAttributes
      widget="warning-signs"
      bundle={args.bundle}
      attributes={{ audience: "teens", region: "CA-XX", variant: "huge" }}
    />
  ),
};
/** Content that cannot render: the widget shows how to reach 911 and the hotline instead. */
export const BrokenContent: Story = {
  render: (args) => <WarningSigns {...(args as WarningSignsProps)} bundle={brokenBundle(args.bundle)} />,
};
