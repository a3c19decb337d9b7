'use client';
// A chart of shares (0..1) with their 95 % intervals as whiskers (chartjs-chart-error-bars). What to draw comes
// from lib/analytics/chart-data.ts; this only colours it. The canvas is an image named by the one-sentence summary;
// inside it, for anyone without the canvas, each bar in words; the data table beside it carries every figure.
import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, Tooltip, type TooltipItem } from 'chart.js';
import {
  BarWithErrorBar,
  BarWithErrorBarsController,
  LineWithErrorBarsController,
  PointWithErrorBar,
} from 'chartjs-chart-error-bars';
import { Chart } from 'react-chartjs-2';
import type { ShareBar, ShareChart } from '@/lib/analytics/chart-data';
import { wrapLabel } from '@/lib/chart-labels';
import { formatPercent, type UiLocale } from '@/lib/i18n';

ChartJS.register(
  CategoryScale,
  LinearScale,
  LineElement,
  BarWithErrorBarsController,
  BarWithErrorBar,
  LineWithErrorBarsController,
  PointWithErrorBar,
  Tooltip,
  Legend,
);

/** Okabe–Ito blue and vermillion: told apart with every common colour-vision deficiency; on white 5.2:1 and 3.9:1, above the 3:1 graphics need (WCAG 1.4.11). */
const CURRENT = '#0072B2';
const PREVIOUS = '#D55E00';
const WHISKER = '#1a1a1a';

/** The compared round's bars are hatched as well as coloured, so that the pair differs in grey print too. */
const hatches = new WeakMap<CanvasRenderingContext2D, CanvasPattern>();
function hatch(context: { chart: { ctx: CanvasRenderingContext2D } }): CanvasPattern | string {
  const ctx = context.chart.ctx;
  const cached = hatches.get(ctx);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const pen = tile.getContext('2d');
  if (!pen) return PREVIOUS;
  pen.fillStyle = '#ffffff';
  pen.fillRect(0, 0, 8, 8);
  pen.strokeStyle = PREVIOUS;
  pen.lineWidth = 3;
  pen.beginPath();
  pen.moveTo(-2, 10);
  pen.lineTo(10, -2);
  pen.moveTo(-2, 2);
  pen.lineTo(2, -2);
  pen.moveTo(6, 10);
  pen.lineTo(10, 6);
  pen.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return PREVIOUS;
  hatches.set(ctx, pattern);
  return pattern;
}

/** A point for the error-bar controllers: the value on the share axis and its interval; all null when hidden. */
function point(bar: ShareBar | null, axis: 'x' | 'y') {
  return bar
    ? { [axis]: bar.share, [`${axis}Min`]: bar.low, [`${axis}Max`]: bar.high }
    : { [axis]: null, [`${axis}Min`]: null, [`${axis}Max`]: null };
}

export function IndicatorChart({
  type,
  chart,
  locale,
  summary,
  intervalName,
  descriptions,
}: {
  type: 'bar' | 'line';
  chart: ShareChart;
  locale: UiLocale;
  /** Already translated, e.g. "Diagram: awareness is highest for …". */
  summary: string;
  /** "95 % konfidensintervall", for the tooltip. */
  intervalName: string;
  /** Each bar in words, drawn or not (lib/analytics/chart-data.ts describeShareChart). */
  descriptions: string[];
}) {
  const axis = type === 'bar' ? 'x' : 'y';
  const percent = (value: number | string) => formatPercent(locale, Number(value));
  const shareAxis = { min: 0, max: 1, ticks: { callback: percent } };
  const tooltip = {
    callbacks: {
      label: (item: TooltipItem<'barWithErrorBars' | 'lineWithErrorBars'>) => {
        const raw = item.raw as Record<string, number | null>;
        const [share, low, high] = [raw[axis], raw[`${axis}Min`], raw[`${axis}Max`]];
        if (share === null || low === null || high === null) return `${item.dataset.label ?? ''}`;
        return `${item.dataset.label ?? ''}: ${percent(share)} (${intervalName} ${percent(low)}–${percent(high)})`;
      },
    },
  };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: locale === 'sv' ? 'sv-SE' : 'en-GB',
    plugins: { legend: { display: chart.series.length > 1 }, tooltip },
  };
  const errorBars = { errorBarColor: WHISKER, errorBarWhiskerColor: WHISKER, errorBarLineWidth: 1.5 };
  const fallback = (
    <ul>
      {descriptions.map((text, index) => (
        <li key={index}>{text}</li>
      ))}
    </ul>
  );
  // Long group names wrap onto lines instead of being cut on a narrow screen; a bar's row grows with its lines.
  const lines = chart.labels.map((label) => wrapLabel(label));
  const rowHeight = (label: string[]) => Math.max(chart.series.length * 28, label.length * 16 + 12);
  const height = type === 'bar' ? Math.max(160, lines.reduce((sum, label) => sum + rowHeight(label), 0) + 60) : 280;
  // Bars run sideways (the share on x); a trend is a line (the share on y). The compared round's bars are hatched.
  const datasets = chart.series.map((s) => {
    const colour = s.role === 'previous' ? PREVIOUS : CURRENT;
    const data = s.values.map((bar) => point(bar, axis)) as never;
    return type === 'bar'
      ? {
          label: s.label,
          data,
          backgroundColor: s.role === 'previous' ? hatch : CURRENT,
          borderColor: colour,
          borderWidth: 2,
          ...errorBars,
        }
      : { label: s.label, data, backgroundColor: colour, borderColor: colour, spanGaps: false, ...errorBars };
  });
  return (
    <div className="chart" style={{ height }}>
      <Chart
        type={type === 'bar' ? 'barWithErrorBars' : 'lineWithErrorBars'}
        role="img"
        aria-label={summary}
        fallbackContent={fallback}
        data={{ labels: lines, datasets }}
        options={
          type === 'bar'
            ? { ...common, indexAxis: 'y' as const, scales: { x: shareAxis } }
            : { ...common, scales: { y: shareAxis } }
        }
      />
    </div>
  );
}
