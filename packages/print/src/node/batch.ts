import { KITS, PAPERS, type Paper, POSTER_AUDIENCES, type PrintInput } from "../options.js";
import { REVIEWED_LANGS } from "./bundles.js";

export interface BatchJob {
  lang: string;
  input: PrintInput;
  /** The file name: `card-discreet-en-letter.pdf`, `poster-hotel-fr-a4.pdf`, `sheet-en-a4.pdf`. */
  file: string;
}

/**
 * Every kit in every reviewed language on every paper: both cards, a poster per audience and the sheet.
 * `shared` (region, partner, includeMedium) applies to all of them.
 */
export function batchJobs(shared: PrintInput = {}, langs: readonly string[] = REVIEWED_LANGS): BatchJob[] {
  const jobs: BatchJob[] = [];
  for (const lang of langs) {
    for (const paper of Object.keys(PAPERS) as Paper[]) {
      for (const kit of KITS) {
        const variants: [string, PrintInput][] =
          kit === "card"
            ? [
                ["card", { discreet: false }],
                ["card-discreet", { discreet: true }],
              ]
            : kit === "poster"
              ? Object.keys(POSTER_AUDIENCES).map((audience) => [`poster-${audience}`, { audience }])
              : [["sheet", {}]];
        for (const [name, extra] of variants) {
          jobs.push({
            lang,
            file: `${name}-${lang}-${paper}.pdf`,
            input: { ...shared, ...extra, kit, paper },
          });
        }
      }
    }
  }
  return jobs;
}

/** Run `task` over `items` with at most `limit` at once: Chromium renders pages in parallel, not unboundedly. */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
