import type { ContentBundle } from "@lantern/sdk";
import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { useLayoutEffect, useRef } from "preact/hooks";
import { common, controlsFor, narrow } from "../core/story-helpers.js";
import { mountQuickExit, quickExitStrings } from "./quick-exit.js";

/** The quick exit is plain DOM (no Preact, so it works when everything else failed); this mounts it as the embed does. */
function QuickExit({ bundle, exitUrl }: { bundle: ContentBundle; exitUrl?: string | undefined }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!host.current) return;
    return mountQuickExit(host.current, {
      strings: quickExitStrings(bundle.ui),
      lang: bundle.locale.code,
      dir: bundle.locale.dir,
      exitUrl,
    });
  }, [bundle, exitUrl]);
  return <div ref={host} />;
}

/** The controls are the element's attributes: see the snippet under the story. */
const meta = {
  title: "Widgets/Quick exit",
  component: QuickExit as (props: {
    bundle: ContentBundle;
    [control: string]: unknown;
  }) => ReturnType<typeof QuickExit>,
  parameters: { lantern: { widget: "quick-exit" } },
  args: { bundle: en, ...controlsFor("quick-exit").args },
  argTypes: { ...controlsFor("quick-exit").argTypes, bundle: { table: { disable: true } } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = common.default;
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const Narrow: Story = narrow("quick-exit");
/**
 * As a phone user meets it: 360 px wide, the partner's page scrolled well down, the exit still at the top. (No
 * print view: on paper the quick exit is not printed at all.)
 */
export const ScrolledOnAPhone: Story = {
  parameters: { lantern: { widget: "quick-exit", page: true } },
  globals: { viewport: { value: "phone360", isRotated: false } },
  play: async ({ canvasElement }) => {
    canvasElement.ownerDocument.defaultView?.scrollTo(0, 600);
  },
};
