import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import {
  brokenBundle,
  common,
  MountedWithAttributes,
  narrow,
  partnerContacts,
} from "../core/story-helpers.js";
import { HelpDirectory } from "./help-directory.js";

const meta = {
  title: "Widgets/Help directory",
  component: HelpDirectory,
  parameters: { lantern: { widget: "help-directory" } },
  args: { bundle: en, config: { region: "CA", audience: "general", variant: "full" } as const },
} satisfies Meta<typeof HelpDirectory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Ontario: Story = { args: { config: { ...meta.args.config, region: "CA-ON" } } };
export const WithPartnerContacts: Story = {
  args: { config: { ...meta.args.config, region: "CA-ON" }, partnerContacts },
};
export const ForWorkers: Story = { args: { config: { ...meta.args.config, audience: "workers" } } };
export const ForYoungPeople: Story = { args: { config: { ...meta.args.config, audience: "youth" } } };
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("help-directory");
/** Wrong settings from a partner's attributes: each is reported with its fix, and a safe default is used. */
export const BadSettings: Story = {
  render: (args) => (
    <MountedWithAttributes
      widget="help-directory"
      bundle={args.bundle}
      attributes={{ audience: "teens", region: "CA-XX", variant: "huge" }}
    />
  ),
};
/** Content that cannot render: the widget shows how to reach 911 and the hotline instead. */
export const BrokenContent: Story = {
  render: (args) => <HelpDirectory {...args} bundle={brokenBundle(args.bundle)} />,
};
