import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { brokenBundle, common, MountedWithAttributes, narrow } from "../core/story-helpers.js";
import { WarningSigns } from "./warning-signs.js";

const meta = {
  title: "Widgets/Warning signs",
  component: WarningSigns,
  parameters: { lantern: { widget: "warning-signs" } },
  args: { bundle: en, config: { region: "CA", audience: "general", variant: "full" } as const },
} satisfies Meta<typeof WarningSigns>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Compact: Story = { args: { config: { ...meta.args.config, variant: "compact" } } };
export const ForHotelStaff: Story = { args: { config: { ...meta.args.config, audience: "hospitality" } } };
export const ForHealthCare: Story = { args: { config: { ...meta.args.config, audience: "healthcare" } } };
export const ForYoungPeople: Story = { args: { config: { ...meta.args.config, audience: "youth" } } };
export const ForWorkers: Story = { args: { config: { ...meta.args.config, audience: "workers" } } };
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("warning-signs");
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
  render: (args) => <WarningSigns {...args} bundle={brokenBundle(args.bundle)} />,
};
