import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { brokenBundle, common, MountedWithAttributes, narrow } from "../core/story-helpers.js";
import { MythsFacts } from "./myths-facts.js";

const meta = {
  title: "Widgets/Myths and facts",
  component: MythsFacts,
  parameters: { lantern: { widget: "myths-facts" } },
  args: { bundle: en, config: { region: "CA", audience: "general", variant: "full" } as const },
} satisfies Meta<typeof MythsFacts>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("myths-facts");
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
  render: (args) => <MythsFacts {...args} bundle={brokenBundle(args.bundle)} />,
};
