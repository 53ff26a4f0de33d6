import type { ContentBundle } from "@lantern/sdk";
import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { PrintKit } from "./kit.js";
import { type PrintInput, resolvePrintOptions } from "./options.js";
import { printStyles } from "./styles.js";

/**
 * A kit at its real size, as the browser prints it. The toolbar's language applies; choosing the Arabic draft
 * there is the opt-in that `allowDraft` is elsewhere. `today`, the print day, is the day the preview pins for every
 * story (the widgets' too), so a screenshot does not change on the day the content passes the freshness limit; a
 * `today` in `input` wins, to show a kit past it.
 */
function Kit({ bundle, input, today }: { bundle: ContentBundle; input: PrintInput; today?: string }) {
  const { options } = resolvePrintOptions(bundle, {
    ...(today ? { today } : {}),
    ...input,
    allowDraft: true,
  });
  return (
    <div data-lantern-story="print-kit">
      <style>{printStyles}</style>
      <PrintKit bundle={bundle} options={options} />
    </div>
  );
}

const meta = {
  title: "Print/Kits",
  component: Kit,
  args: { bundle: en, input: { kit: "card", paper: "letter" } },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Kit>;
export default meta;
type Story = StoryObj<typeof meta>;

const partner = {
  name: { en: "Township of Maple Creek", fr: "Canton de Maple Creek" },
  contacts: [
    {
      name: { en: "Maple Creek Police (non-emergency)", fr: "Police de Maple Creek (non urgent)" },
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
};

/** Eight wallet cards to a Letter sheet: fronts, then backs in the same places for a long-edge duplex flip. */
export const Card: Story = {};
/** The discreet card: its face never says "trafficking", for a person whose things may be searched. */
export const DiscreetCard: Story = { args: { input: { kit: "card", discreet: true, paper: "letter" } } };
/** Ten cards to an A4 sheet, with the partner's own line on the back. */
export const CardA4WithPartnerLine: Story = { args: { input: { kit: "card", paper: "a4", partner } } };
export const PosterGeneral: Story = {
  args: { input: { kit: "poster", audience: "general", paper: "letter" } },
};
export const PosterYouth: Story = { args: { input: { kit: "poster", audience: "youth", paper: "letter" } } };
export const PosterHotel: Story = {
  args: { input: { kit: "poster", audience: "hotel", paper: "a4", partner } },
};
export const PosterHealthCare: Story = {
  args: { input: { kit: "poster", audience: "health-care", paper: "a4" } },
};
export const PosterLabour: Story = {
  args: { input: { kit: "poster", audience: "labour", paper: "letter" } },
};
/** The two-page information sheet, with every source and the last-verified date. */
export const InformationSheet: Story = { args: { input: { kit: "sheet", paper: "letter" } } };
export const French: Story = { args: { input: { kit: "poster", paper: "a4" } }, globals: { locale: "fr" } };
export const RightToLeft: Story = {
  args: { input: { kit: "poster", paper: "a4" } },
  globals: { locale: "ar" },
};
