/**
 * The control for the visual baselines: the comparison that every story goes through can fail. One story is rendered
 * as the stories project renders it (same annotations and settings); unchanged, it matches its baseline; with one word
 * of its console list changed, the same comparison must fail. With pinned fonts a baseline no longer depends on the
 * machine; this proves it still depends on the text.
 */
import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { setProjectAnnotations } from "@storybook/preact-vite";
// The renderer-neutral composeStories (@storybook/preact-vite declares one but its bundle does not export it), given
// the Preact renderer and the preview explicitly: the one the setup file registered lives in another module copy.
import { composeStories } from "storybook/preview-api";
import { expect, it } from "vitest";
import { page, server } from "vitest/browser";
import * as stories from "../../../packages/widgets/src/report-button/report-button.stories.js";
import * as previewAnnotations from "../.storybook/preview";

const { BadSettings } = composeStories(stories, setProjectAnnotations([a11yAnnotations, previewAnnotations]));

// `--update` would rewrite the baseline with the changed word: never compare the control in that mode.
it.skipIf(server.config.snapshotOptions.updateSnapshot === "all")(
  "a story whose text changed by one word fails its baseline",
  async () => {
    await BadSettings.run();
    const box = document.querySelector<HTMLElement>("[data-lantern-story]");
    const code = [...(box?.shadowRoot?.querySelectorAll("code") ?? [])].find((element) =>
      element.textContent?.startsWith("region"),
    );
    expect(code?.textContent, "the console line about the region").toMatch(/^region: /);
    if (!box || !code) return;
    await page.viewport(360, 740);
    const compare = () =>
      expect.element(page.elementLocator(box)).toMatchScreenshot("widgets-report-button--bad-settings-360", {
        timeout: 30_000,
      });
    await compare();
    // A word an editor might really change (the field's name), not a pixel-sized edit under the 0.1 % tolerance.
    code.textContent = (code.textContent ?? "").replace("region", "province");
    await expect(compare()).rejects.toThrow(/widgets-report-button-bad-settings-360/);
  },
);
