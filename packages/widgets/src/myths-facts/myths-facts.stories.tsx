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
import { MythsFacts, type MythsFactsProps } from "./myths-facts.js";

/** The controls are the element's attributes and the page's configuration block: see the snippet under the story. */
const meta = {
  title: "Widgets/Myths and facts",
  component: MythsFacts as (props: StoryArgs) => ReturnType<typeof MythsFacts>,
  parameters: { lantern: { widget: "myths-facts" } },
  args: { bundle: en, ...controlsFor("myths-facts").args },
  argTypes: controlsFor("myths-facts").argTypes,
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("myths-facts");
/** On paper: the widget's print rules, applied on screen. */
export const Print: Story = printView("myths-facts");
/** Wrong settings from a partner's attributes: each is reported with its fix, and a safe default is used. */
export const BadSettings: Story = {
  render: (args) => (
    <MountedWithAttributes
      widget="myths-facts"
      bundle={args.bundle}
      attributes={{ audience: "teens", region: "CA-XX", variant: "huge" }}
    />
  ),
};
/** Content that cannot render: the widget shows how to reach 911 and the hotline instead. */
export const BrokenContent: Story = {
  render: (args) => <MythsFacts {...(args as MythsFactsProps)} bundle={brokenBundle(args.bundle)} />,
};
