import type { ContentBundle } from "@lantern/sdk";
import en from "@lantern/sdk/content/en";
import type { Meta, StoryObj } from "@storybook/preact-vite";
import { useLayoutEffect, useRef } from "preact/hooks";
import { common, narrow } from "../core/story-helpers.js";
import { mountQuickExit, quickExitStrings } from "./quick-exit.js";

/** The quick exit is plain DOM (no Preact, so it works when everything else failed); this mounts it as the embed does. */
function QuickExit({ bundle }: { bundle: ContentBundle }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!host.current) return;
    return mountQuickExit(host.current, {
      strings: quickExitStrings(bundle.ui),
      lang: bundle.locale.code,
      dir: bundle.locale.dir,
    });
  }, [bundle]);
  return <div ref={host} />;
}

const meta = {
  title: "Widgets/Quick exit",
  component: QuickExit,
  parameters: { lantern: { widget: "quick-exit" } },
  args: { bundle: en },
} satisfies Meta<typeof QuickExit>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const French: Story = common.french;
export const RightToLeft: Story = common.rightToLeft;
export const Narrow: Story = narrow("quick-exit");
