/**
 * The freshness policy (`../freshness.ts`) applied to a content tree: the message `validate` prints for a fact that
 * is due or stale, and the list of what is due that the content report shows, oldest first.
 *
 * Why "now" is always a parameter: the real content was last verified on one day, so any check against the real
 * clock turns red on a day nobody chose. `validate`, `report` and the release read the clock (or `--today`), because
 * refusing stale content is their job; `build`, the tests and every package that builds on the SDK do not, so the
 * calendar can never break a build or `pnpm test`. Shipped widgets apply the same policy with the visitor's clock.
 */
import { addMonths, FRESHNESS, type FreshnessPolicy, freshness } from "../freshness.js";

/** How `loadContent` applies the policy: on which day, with which limits, and whether past the limit is an error. */
export interface FreshnessCheck {
  /** `YYYY-MM-DD`. */
  today: string;
  policy?: FreshnessPolicy;
  /** `true` (validate, report, release): stale is an error. `false`: stale is reported as a warning only. */
  enforce: boolean;
}

/** The problem one fact's `lastVerified` makes on `check.today`, or `undefined` while it is fresh. */
export function freshnessProblem(
  lastVerified: string,
  check: FreshnessCheck,
): { message: string; severity: "error" | "warning" } | undefined {
  const policy = check.policy ?? FRESHNESS;
  const state = freshness(lastVerified, check.today, policy);
  if (state === "fresh") return undefined;
  const recheck = "check its sources again, then write today's date";
  if (state === "due") {
    return {
      message: `last verified ${lastVerified}, more than ${policy.warnAfterMonths} months ago: due for re-checking (${recheck}; it fails from ${addMonths(lastVerified, policy.failAfterMonths)})`,
      severity: "warning",
    };
  }
  return {
    message: `last verified ${lastVerified}, more than ${policy.failAfterMonths} months ago: too old to ship unchecked (${recheck}, or remove it)`,
    severity: check.enforce ? "error" : "warning",
  };
}

/** One fact that is due or stale, as the content report lists it. */
export interface DueItem {
  kind: "contact" | "region" | "sign" | "group" | "myth" | "statistic" | "definition" | "step";
  id: string;
  lastVerified: string;
  state: "due" | "stale";
  /** The day it becomes (or became) stale. */
  staleFrom: string;
  sources: string[];
}

/** The facts among `items` that are due or stale on `today`, oldest first (then by kind and id, for a stable list). */
export function dueItems(
  items: Iterable<Omit<DueItem, "state" | "staleFrom">>,
  today: string,
  policy: FreshnessPolicy = FRESHNESS,
): DueItem[] {
  const due: DueItem[] = [];
  for (const item of items) {
    const state = freshness(item.lastVerified, today, policy);
    if (state === "fresh") continue;
    due.push({ ...item, state, staleFrom: addMonths(item.lastVerified, policy.failAfterMonths) ?? "" });
  }
  return due.sort(
    (a, b) =>
      a.lastVerified.localeCompare(b.lastVerified) ||
      a.kind.localeCompare(b.kind) ||
      a.id.localeCompare(b.id),
  );
}
