import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { setProjectAnnotations } from "@storybook/preact-vite";
import { expect } from "vitest";
import { page } from "vitest/browser";
import * as projectAnnotations from "./preview";

/**
 * The widths every story is compared at: the narrowest common phone and a laptop. Only the story's box is captured
 * (the element with data-lantern-story: a widget's shadow host, or a print kit's sheet), so a baseline changes only
 * when what the story shows does. A baseline that matches on the first capture costs one screenshot; all 77 stories
 * at both widths take about a minute on this 2-core machine.
 */
const WIDTHS = [
  [360, 740],
  [1280, 900],
] as const;

const visualRegression = {
  afterEach: async ({ canvasElement, id }: { canvasElement: HTMLElement; id: string }) => {
    const box = canvasElement.querySelector<HTMLElement>("[data-lantern-story]");
    if (!box)
      throw new Error(`Story ${id} has no [data-lantern-story] box to compare: wrap what it renders in one.`);
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
