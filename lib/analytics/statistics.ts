// The statistics the dashboards and the report print beside every share. Pure functions: counts in, numbers out.

/** z for a two-sided 95 % interval and test. */
export const Z_95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for `positive` out of `n`. Unlike the textbook p ± z·se it stays inside 0..1 and keeps
 * its coverage for small groups and shares near 0 or 1, which is where our groups are.
 */
export function wilsonInterval(positive: number, n: number, z = Z_95): Interval {
  if (!Number.isInteger(positive) || !Number.isInteger(n) || n <= 0 || positive < 0 || positive > n) {
    throw new RangeError(`wilsonInterval needs 0 <= positive <= n and n > 0, got ${positive}/${n}`);
  }
  const p = positive / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

export type Change = {
  /** Share now minus share before, -1..1. */
  difference: number;
  z: number;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  pValue: number;
  /** True when the change is larger than chance would give at the 5 % level. */
  significant: boolean;
};

/** Change between two independent groups (this round and the previous one): pooled two-proportion z-test. */
export function proportionChange(
  now: { positive: number; n: number },
  before: { positive: number; n: number },
  alpha = 0.05,
): Change {
  if (now.n <= 0 || before.n <= 0) throw new RangeError('proportionChange needs two non-empty groups');
  const pNow = now.positive / now.n;
  const pBefore = before.positive / before.n;
  const pooled = (now.positive + before.positive) / (now.n + before.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / now.n + 1 / before.n));
  const difference = pNow - pBefore;
  // All answers the same in both rounds: no variation, so no evidence of change.
  if (standardError === 0) return { difference, z: 0, pValue: 1, significant: false };
  const z = difference / standardError;
  const pValue = Math.min(1, 2 * (1 - standardNormalCdf(Math.abs(z))));
  return { difference, z, pValue, significant: pValue < alpha };
}

/** Φ(x) through erf; Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7, plenty for a p-value). */
export function standardNormalCdf(x: number): number {
  return 0.5 * (1 + erf(x / Math.SQRT2));
}

function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - polynomial * Math.exp(-a * a));
}
