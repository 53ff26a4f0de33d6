import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { uiKeys, uiKeysModule } from "../src/node/compile.js";
import { content } from "./real-content.js";

it("src/generated/ui-keys.ts matches English ui.yaml (run pnpm build to regenerate)", () => {
  const file = readFileSync(new URL("../src/generated/ui-keys.ts", import.meta.url), "utf8");
  expect(file).toBe(uiKeysModule(uiKeys(content)));
});
