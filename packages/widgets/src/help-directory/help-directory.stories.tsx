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
import { HelpDirectory, type HelpDirectoryProps } from "./help-directory.js";

/** The controls are the element's attributes and the page's configuration block: see the snippet under the story. */
const meta = {
  title: "Widgets/Help directory",
  component: HelpDirectory as (props: StoryArgs) => ReturnType<typeof HelpDirectory>,
  parameters: { lantern: { widget: "help-directory" } },
  args: { bundle: en, ...controlsFor("help-directory").args },
  argTypes: controlsFor("help-directory").argTypes,
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const Ontario: Story = { args: { region: "CA-ON" } };
export const WithPartnerContacts: Story = { args: { region: "CA-ON", contacts: HARBOUR_HOUSE_PRESET } };
export const ForWorkers: Story = { args: { audience: "workers" } };
export const ForYoungPeople: Story = { args: { audience: "youth" } };
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const PartnerTheme: Story = common.partnerTheme;
export const HighContrast: Story = common.highContrast;
export const Narrow: Story = narrow("help-directory");
/**
 * The `languages` variant, for pages serving newcomers and migrant workers: "Help in your language" and one line per
 * language, each a draft until a fluent reviewer signs it off, as a phone shows it.
 */
export const HelpInYourLanguage: Story = {
  args: { variant: "languages" },
  globals: { viewport: { value: "phone360", isRotated: false } },
};
/** The same on an Arabic page: the heading and the page are right to left; each line keeps its own direction. */
export const HelpInYourLanguageRightToLeft: Story = {
  args: { variant: "languages", lang: "ar", "allow-draft": true },
  globals: { viewport: { value: "phone360", isRotated: false } },
};
/** On paper: the widget's print rules, applied on screen. */
export const Print: Story = printView("help-directory");
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
  render: (args) => <HelpDirectory {...(args as HelpDirectoryProps)} bundle={brokenBundle(args.bundle)} />,
};
