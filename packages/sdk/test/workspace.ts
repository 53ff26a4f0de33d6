/**
 * Fixture workspaces: each test gets its own copy of a small valid content tree (`fixtures/minimal`), makes one
 * mistake in it, and asserts the exact message an editor would read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base } from "vitest";
import { formatProblem, loadContent } from "../src/node/load.js";

export interface Workspace {
  /** The content folder, named `content` like a real project's. */
  root: string;
  /** Replace `from` with `to` in `file` (relative to the content folder); throws if `from` is absent. */
  edit(file: string, from: string, to: string): void;
  write(file: string, text: string): void;
  /** Validate the tree; problems formatted as the CLI prints them. */
  load(): { lines: string[]; errors: string[]; warnings: string[]; valid: boolean };
}

const MINIMAL = new URL("./fixtures/minimal", import.meta.url).pathname;

export const test = base.extend<{ workspace: Workspace }>({
  // biome-ignore lint/correctness/noEmptyPattern: Vitest fixtures take their dependencies by destructuring.
  workspace: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), "lantern-content-"));
    const root = join(dir, "content");
    cpSync(MINIMAL, root, { recursive: true });
    await use({
      root,
      edit(file, from, to) {
        const path = join(root, file);
        const text = readFileSync(path, "utf8");
        if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${JSON.stringify(from)}`);
        writeFileSync(path, text.replace(from, to));
      },
      write(file, text) {
        writeFileSync(join(root, file), text);
      },
      load() {
        const { content, problems } = loadContent(root);
        const lines = problems.map(formatProblem);
        return {
          lines,
          errors: problems.filter((p) => p.severity === "error").map(formatProblem),
          warnings: problems.filter((p) => p.severity === "warning").map(formatProblem),
          valid: content !== undefined,
        };
      },
    });
    rmSync(dir, { recursive: true, force: true });
  },
});
