/**
 * esbuild, as tsup (a dev dependency) brings it: the size script and the tree-shaking test use the very esbuild
 * that builds the package, without a second copy to keep in step.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const fromTsup = createRequire(require.resolve("tsup"));

/**
 * The part of esbuild's API the scripts and tests use (typed here: esbuild's own types resolve only from tsup).
 * @typedef {{ path: string; kind: string; external?: boolean }} OutputImport
 * @typedef {{ inputs: Record<string, { bytesInOutput: number }>; imports: OutputImport[]; entryPoint?: string }} Output
 * @typedef {{ outputFiles: { path: string; contents: Uint8Array; text: string }[]; metafile?: { outputs: Record<string, Output> } }} BuildResult
 * @type {{ build(options: Record<string, unknown>): Promise<BuildResult> }}
 */
export const esbuild = fromTsup("esbuild");
