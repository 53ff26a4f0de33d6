/**
 * @lantern/sdk/node: read, validate, compile and report on a content tree from Node, for build tools and tests.
 * The `lantern-content` CLI is a thin shell around these functions.
 * @module
 */
export { type BuiltFile, compiledLines, writeBundles } from "./build.js";
export { type CanonicalList, CLAIMS, type Claim } from "./canonical.js";
export { compileBundle, uiKeys, uiKeysModule } from "./compile.js";
export { type DueItem, dueItems, type FreshnessCheck, freshnessProblem } from "./freshness.js";
export { type HsdsExport, hsdsExport, lanternUuid } from "./hsds/export.js";
export { jsonSchemas } from "./json-schema.js";
export { compileLines, type LinesContent, lineParts, lineProblems, lineReviewStates } from "./lines.js";
export {
  type Content,
  type ContentProblem,
  formatProblem,
  type LoadOptions,
  type LoadResult,
  loadContent,
} from "./load.js";
export {
  type ContentReport,
  contentReport,
  formatReport,
  formatSentences,
  type LocaleReport,
  type ReportOptions,
  type ReviewItem,
  type SentenceTrace,
  splitSentences,
} from "./report.js";
export { pageWordingProblems, wordingProblems } from "./rules/wording.js";
