import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { setProjectAnnotations } from "@storybook/preact-vite";
import { expect } from "vitest";
import { page } from "vitest/browser";
import * as projectAnnotations from "./preview";

/**
 * The widths the visual stories are compared at: the narrowest common phone and a laptop. Only the widget's box is
 * captured (the element with data-lantern-story), so a baseline changes only when the widget does.
 *
 * Not every story: a text-heavy widget's box is a 60 to 100 KB PNG, and each comparison takes seconds on a shared
 * 2-core machine. The stories marked `lantern.visual` (each widget's default look, its print view and a partner
 * theme; the compact variant; the quick exit scrolled on a phone) cover every stylesheet and theme path; the other
 * stories change words or data, which the widgets' unit tests check, and axe still runs on every story.
 */
const WIDTHS = [
  [360, 740],
  [1280, 900],
] as const;

const visualRegression = {
  afterEach: async ({
    canvasElement,
    id,
    parameters,
  }: {
    canvasElement: HTMLElement;
    id: string;
    parameters: { lantern?: { visual?: boolean } };
  }) => {
    const box = canvasElement.querySelector<HTMLElement>("[data-lantern-story]");
    if (!parameters.lantern?.visual || !box) return;
    for (const [width, height] of WIDTHS) {
      await page.viewport(width, height);
      await expect.element(page.elementLocator(box)).toMatchScreenshot(`${id}-${width}`, {
        // The first capture waits for a stable image: two identical ones in a row, slow on a busy machine.
        timeout: 30_000,
      });
    }
  },
};

// The accessibility addon's annotations make every story's test fail on an axe violation; the visual check then
// compares the widget's box with its committed baseline.
setProjectAnnotations([a11yAnnotations, projectAnnotations, visualRegression]);
