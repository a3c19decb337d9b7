// The one sentence beside every run chart: what the Anhøj rules found, in words a working group reads aloud.
import type { Measure } from '@/db/schema';
import type { MessageKey } from '@/lib/i18n';
import type { RunChart } from './run-chart';

export type RunChartSummary = { key: MessageKey; values: Record<string, string | number> };

export function summariseRunChart(
  chart: RunChart,
  direction: Measure['direction'],
  formatValue: (value: number) => string,
): RunChartSummary {
  const { analysis, centre } = chart;
  if (centre === null) return { key: 'improvement.summary.noValues', values: {} };
  if (analysis.tooFewPoints)
    return { key: 'improvement.summary.tooFew', values: { useful: analysis.useful, centre: formatValue(centre) } };
  if (analysis.longestRunSignal && analysis.longestRunAt) {
    const better = (analysis.longestRunAt.side === 'above') === (direction === 'higher_is_better');
    return {
      key: better ? 'improvement.summary.shiftBetter' : 'improvement.summary.shiftWorse',
      values: { run: analysis.longestRun, limit: analysis.longestRunMax, centre: formatValue(centre) },
    };
  }
  if (analysis.crossingsSignal) {
    return {
      key: 'improvement.summary.fewCrossings',
      values: { crossings: analysis.crossings, limit: analysis.crossingsMin, centre: formatValue(centre) },
    };
  }
  return { key: 'improvement.summary.noSignal', values: { centre: formatValue(centre), useful: analysis.useful } };
}
