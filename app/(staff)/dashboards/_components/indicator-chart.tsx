'use client';
// A chart of shares (0..1). Registers only the Chart.js parts it draws. The canvas is an image whose name is the
// one-sentence summary; the data table beside it carries the figures for screen readers and keyboard users.
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { wrapLabel } from '@/lib/chart-labels';
import { formatPercent, type UiLocale } from '@/lib/i18n';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** Okabe–Ito: told apart by readers with every common colour-vision deficiency. */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export type ChartSeries = { label: string; values: (number | null)[] };

export function IndicatorChart({
  type,
  labels,
  series,
  locale,
  summary,
}: {
  type: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  locale: UiLocale;
  /** Already translated, e.g. "Chart: awareness is highest for …". */
  summary: string;
}) {
  // Long group names wrap onto lines instead of being cut on a narrow screen.
  const lines = labels.map((label) => wrapLabel(label));
  const data = {
    labels: lines,
    datasets: series.map((s, index) => ({
      label: s.label,
      data: s.values,
      backgroundColor: palette[index % palette.length],
      borderColor: palette[index % palette.length],
      spanGaps: false,
    })),
  };
  const percent = (value: number | string) => formatPercent(locale, Number(value));
  const shareAxis = { min: 0, max: 1, ticks: { callback: percent } };
  const tooltip = {
    callbacks: {
      label: (context: { dataset: { label?: string }; raw: unknown }) =>
        `${context.dataset.label ?? ''}: ${percent(Number(context.raw))}`,
    },
  };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: locale === 'sv' ? 'sv-SE' : 'en-GB',
    plugins: { legend: { display: series.length > 1 }, tooltip },
  };
  const rowHeight = (label: string[]) => Math.max(series.length * 28, label.length * 16 + 12);
  const height = type === 'bar' ? Math.max(160, lines.reduce((sum, label) => sum + rowHeight(label), 0) + 60) : 280;
  return (
    <div className="chart" style={{ height }}>
      {type === 'bar' ? (
        <Bar
          role="img"
          aria-label={summary}
          data={data}
          options={{ ...common, indexAxis: 'y' as const, scales: { x: shareAxis } }}
        />
      ) : (
        <Line role="img" aria-label={summary} data={data} options={{ ...common, scales: { y: shareAxis } }} />
      )}
    </div>
  );
}
