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
import { AtRisk, type AtRiskProps } from "./at-risk.js";

/** The controls are the element's attributes and the page's configuration block: see the snippet under the story. */
const meta = {
  title: "Widgets/Who is most at risk",
  component: AtRisk as (props: StoryArgs) => ReturnType<typeof AtRisk>,
  parameters: { lantern: { widget: "at-risk" } },
  args: { bundle: en, ...controlsFor("at-risk").args },
  argTypes: controlsFor("at-risk").argTypes,
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("at-risk");
/** On paper: the widget's print rules, applied on screen. */
export const Print: Story = printView("at-risk");
/** Wrong settings from a partner's attributes: each is reported with its fix, and a safe default is used. */
export const BadSettings: Story = {
  render: (args) => (
    <MountedWithAttributes
      widget="at-risk"
      bundle={args.bundle}
      attributes={{ audience: "teens", region: "CA-XX", variant: "huge" }}
    />
  ),
};
/** Content that cannot render: the widget shows how to reach 911 and the hotline instead. */
export const BrokenContent: Story = {
  render: (args) => <AtRisk {...(args as AtRiskProps)} bundle={brokenBundle(args.bundle)} />,
};
