/** The project's own content/, loaded and compiled in-process, as the build does. */
import { fileURLToPath } from "node:url";
import { compileBundle } from "../src/node/compile.js";
import { loadContent } from "../src/node/load.js";

export const CONTENT_ROOT = fileURLToPath(new URL("../../../content", import.meta.url));

const loaded = loadContent(CONTENT_ROOT);
if (!loaded.content) {
  throw new Error(
    `content/ does not validate:\n${loaded.problems.map((p) => `${p.file}:${p.line} ${p.path}: ${p.message}`).join("\n")}`,
  );
}
export const content = loaded.content;
export const problems = loaded.problems;
export const en = compileBundle(content, "en");
export const fr = compileBundle(content, "fr");
export const ar = compileBundle(content, "ar");
