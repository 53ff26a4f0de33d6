/**
 * How long a checked fact stays good: the one freshness policy of Lantern. `lantern-content validate` and the
 * release apply it to content (`node/freshness.ts`), the content report lists what it makes due, the HSDS import
 * applies it to a partner's `assured_date`, and widgets apply it with the visitor's clock, so a contact shipped in a
 * bundle that nobody re-released never shows past the limit without its date and a "may be out of date" note.
 *
 * Pure date arithmetic on `YYYY-MM-DD` strings, no library: it ships in the browser entry.
 * @module
 */

/** The two limits, in calendar months since `lastVerified`. */
export interface FreshnessPolicy {
  /** From this many months on, a fact is due for re-checking: `validate` warns, the report lists it. */
  warnAfterMonths: number;
  /** From this many months on, a fact is stale: `validate` and the release fail, widgets mark it. */
  failAfterMonths: number;
}

/** Six months to re-check, twelve before a fact may no longer ship unmarked. */
export const FRESHNESS: FreshnessPolicy = { warnAfterMonths: 6, failAfterMonths: 12 };

/** `fresh` within the warning limit, `due` from it, `stale` from the failure limit on. */
export type Freshness = "fresh" | "due" | "stale";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `date` plus `months` calendar months, clamped to the month's last day (2026-08-31 + 6 → 2027-02-28), so a limit
 * never skips into the month after. Returns `undefined` for a string that is not `YYYY-MM-DD`.
 */
export function addMonths(date: string, months: number): string | undefined {
  const match = DAY.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1 + months;
  // Day 0 of the month after is this month's last day.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return todayUtc(new Date(Date.UTC(year, month, Math.min(Number(match[3]), lastDay))));
}

/**
 * How fresh a fact last verified on `lastVerified` is on `today` (both `YYYY-MM-DD`). The limits are inclusive: a
 * fact verified on 2026-11-28 is due on 2027-05-28 and stale on 2027-11-28. A date that cannot be read counts as
 * stale, so a typo never passes for fresh.
 */
export function freshness(
  lastVerified: string,
  today: string,
  policy: FreshnessPolicy = FRESHNESS,
): Freshness {
  // An unreadable date gives "" as its limit, which every day is on or after: stale.
  const from = (months: number) => addMonths(lastVerified, months) ?? "";
  return today >= from(policy.failAfterMonths)
    ? "stale"
    : today >= from(policy.warnAfterMonths)
      ? "due"
      : "fresh";
}

/** Today in UTC as `YYYY-MM-DD`: the default "now" wherever the policy is applied. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
