'use client';
// A run chart: the values over time, the median of the baseline as centre line, the points of an unusually long shift
// marked, and each test of change as a vertical line at the period it started. The canvas is an image named by the
// one-sentence summary; the data table beside it carries every figure.
import { CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { Line } from 'react-chartjs-2';
import { wrapLabel } from '@/lib/chart-labels';

ChartJS.register(CategoryScale, LinearScale, LineElement, PointElement, Tooltip, annotationPlugin);

// Okabe–Ito blue for values, vermillion for signals, grey for the centre line: told apart with colour-vision deficiencies.
const VALUE = '#0072B2';
const SIGNAL = '#D55E00';
const CENTRE = '#4d4d4d';

export function RunChartCanvas({
  labels,
  values,
  centre,
  centreLabel,
  baseline,
  signalPoints,
  marks,
  summary,
  valueLabel,
}: {
  labels: string[];
  values: (number | null)[];
  centre: number | null;
  centreLabel: string;
  /** Indices of the baseline's first and last point. */
  baseline: { first: number; last: number } | null;
  /** Indices of points in an unusually long shift: drawn as larger, differently coloured diamonds. */
  signalPoints: number[];
  marks: { index: number; label: string }[];
  summary: string;
  valueLabel: string;
}) {
  const isSignal = (index: number) => signalPoints.includes(index);
  const annotations: Record<string, object> = {};
  if (centre !== null) {
    annotations.centre = {
      type: 'line',
      yMin: centre,
      yMax: centre,
      borderColor: CENTRE,
      borderWidth: 2,
      label: {
        display: true,
        content: centreLabel,
        position: 'start',
        backgroundColor: 'rgba(255,255,255,0.9)',
        color: '#1a1a1a',
      },
    };
  }
  if (baseline) {
    annotations.baseline = {
      type: 'box',
      xMin: baseline.first - 0.5,
      xMax: baseline.last + 0.5,
      backgroundColor: 'rgba(0, 114, 178, 0.06)',
      borderWidth: 0,
    };
  }
  for (const mark of marks) {
    annotations[`mark-${mark.label}`] = {
      type: 'line',
      xMin: mark.index,
      xMax: mark.index,
      borderColor: '#000000',
      borderDash: [4, 4],
      borderWidth: 1,
      // A test of change's name wraps rather than running past a narrow chart.
      label: {
        display: true,
        content: wrapLabel(mark.label),
        position: 'end',
        backgroundColor: '#000000',
        color: '#ffffff',
      },
    };
  }
  const data = {
    labels,
    datasets: [
      {
        label: valueLabel,
        data: values,
        borderColor: VALUE,
        backgroundColor: labels.map((_, index) => (isSignal(index) ? SIGNAL : VALUE)),
        pointBackgroundColor: labels.map((_, index) => (isSignal(index) ? SIGNAL : VALUE)),
        pointStyle: labels.map((_, index) => (isSignal(index) ? 'rectRot' : 'circle')),
        pointRadius: labels.map((_, index) => (isSignal(index) ? 6 : 3)),
        spanGaps: false,
      },
    ],
  };
  return (
    <div className="chart" style={{ height: 300 }}>
      <Line
        role="img"
        aria-label={summary}
        data={data}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false }, annotation: { annotations } },
          scales: { x: { ticks: { autoSkip: true, maxRotation: 45 } } },
        }}
      />
    </div>
  );
}
