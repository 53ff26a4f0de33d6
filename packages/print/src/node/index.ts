/**
 * @lantern/print/node: kits to tagged PDFs with Chromium, the compiled bundles by language, and the batch of every
 * kit × reviewed language × paper that `lantern-print --all` and `pnpm print` write.
 * @module
 */
export { type BatchJob, batchJobs, inParallel } from "./batch.js";
export { BUNDLES, REVIEWED_LANGS } from "./bundles.js";
export { openPrinter, type Printer, type PrinterOptions, renderPdf } from "./pdf.js";
