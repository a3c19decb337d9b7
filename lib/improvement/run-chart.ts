// Run charts for the improvement model's measures: the median as centre line and the Anhøj rules, which tell
// non-random variation (a signal worth acting on) from noise. Pure functions: values in, figures out.
// Reference: Anhøj & Olesen (2014), "Run charts revisited"; the same rules as R's qicharts2 (runs.analysis).

/** A period's value, or null where there is none (not entered, or hidden as too few answers): a gap, never a value. */
export type RunChartValue = number | null;

/** Fewer useful points than this say nothing either way: the rules are not tested below it. */
export const MIN_USEFUL_POINTS = 10;

/** The default baseline: the centre line is the median of the first 12 points, then frozen. */
export const DEFAULT_BASELINE_LENGTH = 12;

export type Baseline = { start: number; length: number };

export type RunsAnalysis = {
  /** Points not on the centre line and not gaps: the only ones the rules count. */
  useful: number;
  longestRun: number;
  /** Where the longest run lies: the indices (into the values given) of its first and last point, and its side. */
  longestRunAt: { first: number; last: number; side: 'above' | 'below' } | null;
  /** A run longer than this is a signal. */
  longestRunMax: number;
  crossings: number;
  /** Fewer crossings than this is a signal. */
  crossingsMin: number;
  longestRunSignal: boolean;
  crossingsSignal: boolean;
  /** Too few useful points to test: no signal is claimed. */
  tooFewPoints: boolean;
  signal: boolean;
};

export type RunChart = { centre: number | null; baseline: Baseline; analysis: RunsAnalysis };

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The critical values for `useful` points: longest run round(log2 n) + 3, crossings the 5 % binomial quantile. */
export function anhojLimits(useful: number): { longestRunMax: number; crossingsMin: number } {
  if (useful <= 0) return { longestRunMax: 0, crossingsMin: 0 };
  return { longestRunMax: Math.round(Math.log2(useful)) + 3, crossingsMin: binomialQuantile(0.05, useful - 1, 0.5) };
}

/** The smallest x with P(X ≤ x) ≥ p for X ~ Binomial(trials, probability), summed in logs so large n stays exact. */
export function binomialQuantile(p: number, trials: number, probability: number): number {
  let cumulative = 0;
  for (let x = 0; x <= trials; x++) {
    cumulative += Math.exp(logChoose(trials, x) + x * Math.log(probability) + (trials - x) * Math.log1p(-probability));
    // The tolerance keeps a cumulative sum that lands on p exactly from being missed by rounding.
    if (cumulative >= p * (1 - 64 * Number.EPSILON)) return x;
  }
  return trials;
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

/** Runs and crossings of the values around `centre`; gaps and points on the centre line are left out. */
export function runsAnalysis(values: readonly RunChartValue[], centre: number): RunsAnalysis {
  // Each useful point's side of the centre line, with its index among the values given.
  const useful = values.flatMap((value, index) =>
    value === null || value === centre ? [] : [{ index, side: Math.sign(value - centre) }],
  );
  let runs = 0;
  let longestRun = 0;
  let longestRunAt: RunsAnalysis['longestRunAt'] = null;
  let current = 0;
  useful.forEach((point, i) => {
    current = i > 0 && point.side === useful[i - 1].side ? current + 1 : 1;
    if (current === 1) runs++;
    if (current > longestRun) {
      longestRun = current;
      longestRunAt = {
        first: useful[i - current + 1].index,
        last: point.index,
        side: point.side > 0 ? 'above' : 'below',
      };
    }
  });
  const crossings = Math.max(runs - 1, 0);
  const { longestRunMax, crossingsMin } = anhojLimits(useful.length);
  const tooFewPoints = useful.length < MIN_USEFUL_POINTS;
  const longestRunSignal = !tooFewPoints && longestRun > longestRunMax;
  const crossingsSignal = !tooFewPoints && crossings < crossingsMin;
  return {
    useful: useful.length,
    longestRun,
    longestRunAt,
    longestRunMax,
    crossings,
    crossingsMin,
    longestRunSignal,
    crossingsSignal,
    tooFewPoints,
    signal: longestRunSignal || crossingsSignal,
  };
}

/**
 * The chart's centre line is the median of the baseline's points, frozen there, and every point is tested against it:
 * so a change after the baseline shows as a run instead of dragging the median along with it.
 */
export function runChart(
  values: readonly RunChartValue[],
  baseline: Baseline = { start: 0, length: DEFAULT_BASELINE_LENGTH },
): RunChart {
  const baselineValues = values
    .slice(baseline.start, baseline.start + baseline.length)
    .filter((value): value is number => value !== null);
  const centre = median(baselineValues);
  const analysis = centre === null ? runsAnalysis([], 0) : runsAnalysis(values, centre);
  return { centre, baseline, analysis };
}
