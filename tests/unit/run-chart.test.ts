import { describe, expect, it } from 'vitest';
import { anhojLimits, binomialQuantile, median, runChart, runsAnalysis } from '@/lib/improvement/run-chart';

// Critical values of the Anhøj rules (Anhøj & Olesen 2014, "Run charts revisited"), as qicharts2's appendix "Critical
// values for longest runs and number of crossings" tabulates them for n useful observations: a longest run above
// round(log2 n) + 3, or fewer crossings than the 5 % quantile of Binomial(n - 1, 0.5), is a signal.
const publishedLimits: [n: number, longestRunMax: number, crossingsMin: number][] = [
  [10, 6, 2],
  [11, 6, 2],
  [12, 7, 3],
  [13, 7, 3],
  [14, 7, 4],
  [15, 7, 4],
  [16, 7, 4],
  [17, 7, 5],
  [18, 7, 5],
  [19, 7, 6],
  [20, 7, 6],
  [21, 7, 6],
  [22, 7, 7],
  [23, 8, 7],
  [24, 8, 8],
  [25, 8, 8],
  [26, 8, 8],
  [27, 8, 9],
  [28, 8, 9],
  [29, 8, 10],
  [30, 8, 10],
  [40, 8, 14],
  [50, 9, 19],
  [60, 9, 23],
  [100, 10, 41],
];

describe('Anhøj limits', () => {
  it.each(publishedLimits)(
    'n = %i: longest run signal above %i, crossings signal below %i',
    (n, longestRunMax, crossingsMin) => {
      expect(anhojLimits(n)).toEqual({ longestRunMax, crossingsMin });
    },
  );

  it('the binomial quantile is the smallest x with P(X ≤ x) ≥ p', () => {
    // Binomial(9, 0.5): P(X ≤ 1) = 10/512 ≈ 0.0195, P(X ≤ 2) = 46/512 ≈ 0.0898.
    expect(binomialQuantile(0.05, 9, 0.5)).toBe(2);
    expect(binomialQuantile(0.01, 9, 0.5)).toBe(1);
    expect(binomialQuantile(0.05, 0, 0.5)).toBe(0);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('keeps ties: the median of 1, 2, 2, 2, 5 is 2', () => {
    expect(median([2, 5, 2, 1, 2])).toBe(2);
  });

  it('has none for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('runs analysis', () => {
  it('a random-looking series of 12 gives no signal', () => {
    // Median 5.5; sides + - + - - + + - + - + -: runs 1,1,1,2,2,1,1,1,1,1 → 10 runs, 9 crossings, longest 2.
    const values = [7, 3, 8, 2, 4, 9, 6, 1, 10, 5, 11, 0];
    const analysis = runsAnalysis(values, median(values)!);
    expect(analysis).toMatchObject({ useful: 12, longestRun: 2, crossings: 9, longestRunMax: 7, crossingsMin: 3 });
    expect(analysis.signal).toBe(false);
  });

  it('a shift of eight points above the median in 12 is an unusually long run', () => {
    const values = [1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 9, 9];
    const analysis = runsAnalysis(values, 5);
    expect(analysis.longestRun).toBe(8);
    expect(analysis.longestRunAt).toEqual({ first: 4, last: 11, side: 'above' });
    expect(analysis.longestRunSignal).toBe(true);
    expect(analysis.signal).toBe(true);
  });

  it('a run exactly at the limit is not a signal (the rule is "longer than")', () => {
    // 12 useful points, limit 7: a run of 7 is allowed.
    const values = [9, 9, 9, 9, 9, 9, 9, 1, 9, 1, 9, 1];
    const analysis = runsAnalysis(values, 5);
    expect(analysis.longestRun).toBe(7);
    expect(analysis.longestRunSignal).toBe(false);
  });

  it('two long halves cross once: fewer crossings than chance (and a long run)', () => {
    const values = [...Array(10).fill(1), ...Array(10).fill(9)];
    const analysis = runsAnalysis(values, 5);
    expect(analysis).toMatchObject({ useful: 20, crossings: 1, crossingsMin: 6, crossingsSignal: true });
  });

  it('points on the centre line are ignored: they neither break a run nor count as useful', () => {
    // Without the 5s: 1 1 1 9 9 9 → runs 3 and 3, one crossing, 6 useful.
    const values = [1, 5, 1, 1, 5, 9, 9, 5, 9];
    const analysis = runsAnalysis(values, 5);
    expect(analysis).toMatchObject({ useful: 6, longestRun: 3, crossings: 1 });
    // The run's ends are indices into the values as given, points on the line included.
    expect(analysis.longestRunAt).toEqual({ first: 0, last: 3, side: 'below' });
  });

  it('gaps (a figure hidden as too few answers) are left out, never read as a value', () => {
    const values = [1, null, 9, null, 1];
    const analysis = runsAnalysis(values, 5);
    expect(analysis).toMatchObject({ useful: 3, longestRun: 1, crossings: 2 });
  });

  it('says nothing with fewer than 10 useful points (too short to test)', () => {
    const analysis = runsAnalysis([1, 9, 1, 9, 1, 9, 1, 9, 1], 5);
    expect(analysis.signal).toBe(false);
    expect(analysis.tooFewPoints).toBe(true);
  });
});

describe('run chart with a frozen baseline', () => {
  it('takes the centre line from the first 12 points by default and tests every point against it', () => {
    const before = [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4]; // median 5
    const after = [8, 9, 8, 9, 8, 9, 8, 9]; // an improvement: eight points above
    const chart = runChart([...before, ...after]);
    expect(chart.centre).toBe(5);
    expect(chart.baseline).toEqual({ start: 0, length: 12 });
    expect(chart.analysis.longestRun).toBe(8);
    expect(chart.analysis.signal).toBe(true);
  });

  it('a frozen baseline shows a moderate improvement that a centre line following all points hides (the control)', () => {
    const before = [3, 7, 3, 7, 3, 7, 3, 7, 3, 7, 3, 7]; // median 5
    const after = [6, 6, 6, 6, 6, 6, 6, 6]; // every point above the old median, none above the new one
    const values = [...before, ...after];
    expect(runChart(values).analysis.signal).toBe(true);
    const unfrozen = runsAnalysis(values, median(values)!);
    expect(median(values)).toBe(6);
    expect(unfrozen.signal).toBe(false);
  });

  it('a baseline moved by hand starts where it was moved to', () => {
    const values = [1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];
    const chart = runChart(values, { start: 4, length: 12 });
    expect(chart.centre).toBe(9);
  });

  it('with fewer points than the baseline, the centre line is the median of all there are', () => {
    expect(runChart([1, 2, 3]).centre).toBe(2);
  });

  it('has no centre line while every point is a gap', () => {
    const chart = runChart([null, null]);
    expect(chart.centre).toBeNull();
    expect(chart.analysis.signal).toBe(false);
  });
});
