/**
 * @lantern/sdk/node: read, validate, compile and report on a content tree from Node, for build tools and tests.
 * The `lantern-content` CLI is a thin shell around these functions.
 * @module
 */
export { type BuiltFile, writeBundles } from "./build.js";
export { compileBundle, uiKeys, uiKeysModule } from "./compile.js";
export { jsonSchemas } from "./json-schema.js";
export { type Content, type ContentProblem, formatProblem, type LoadResult, loadContent } from "./load.js";
export {
  type ContentReport,
  contentReport,
  formatReport,
  type LocaleReport,
  type ReviewItem,
} from "./report.js";
