/**
 * Summaries of repeated timings. Medians, not means: on a shared 2-core machine one run in ten can be slowed by
 * something else entirely, and a median ignores it where a mean would not.
 */

/**
 * The q-quantile (0..1) of `values`, by linear interpolation between closest ranks.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} p25
 * @property {number} p75
 * @property {number} min
 * @property {number} max
 * @property {number} n
 */

/**
 * @param {number[]} values
 * @returns {Summary}
 */
export function summarize(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  return {
    median: quantile(finite, 0.5),
    p25: quantile(finite, 0.25),
    p75: quantile(finite, 0.75),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    n: finite.length,
  };
}
