// A horizontal bar chart drawn on the server as SVG: it prints, needs no JavaScript, and its numbers stay text in the
// PDF. The data table beside it carries the same figures for screen readers (WCAG 2.1 AA).
import { formatPercent } from '@/lib/i18n';
import { swedish } from '@/lib/analytics/labels';
import { wrapLabel } from '@/lib/chart-labels';

export type Bar = { label: string; share: number | null };

const LINE = 14;
const BAR_HEIGHT = 18;
const ROW_GAP = 10;
// Narrow enough to sit beside its table on an A4 page at a readable size (print stylesheet).
const LABEL_WIDTH = 150;
const BAR_WIDTH = 160;
const PERCENT_WIDTH = 50;
/** Characters of a 12 px label that fit left of the bar, counted as wide letters so a label never reaches it. */
const LABEL_CHARACTERS = 19;

/** A label in lines that fit left of the bar, broken between words (a word longer than a line is cut). */
export function labelLines(label: string, width = LABEL_CHARACTERS): string[] {
  return wrapLabel(label, width, { hyphenate: false });
}

export function ShareBars({ bars, title }: { bars: Bar[]; title: string }) {
  const rows = bars.map((bar) => ({ ...bar, lines: labelLines(bar.label) }));
  const heights = rows.map((row) => Math.max(BAR_HEIGHT, row.lines.length * LINE) + ROW_GAP);
  const tops = heights.map((_, index) => heights.slice(0, index).reduce((sum, rowHeight) => sum + rowHeight, 0));
  const height = heights.reduce((sum, rowHeight) => sum + rowHeight, 0);
  return (
    <svg
      className="share-bars"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + PERCENT_WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((bar, index) => {
        const y = tops[index] + ROW_GAP / 2;
        const rowHeight = heights[index] - ROW_GAP;
        const barY = y + (rowHeight - BAR_HEIGHT) / 2;
        const labelY = y + (rowHeight - bar.lines.length * LINE) / 2 + 11;
        return (
          <g key={bar.label}>
            <text x={0} y={labelY} fontSize="12" fill="#1b1f24">
              {bar.lines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={0} dy={lineIndex === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect x={LABEL_WIDTH} y={barY} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#e9edf2" />
            {bar.share === null ? (
              <text x={LABEL_WIDTH + 6} y={barY + 14} fontSize="11" fill="#4a5361">
                {swedish('dashboards.suppressed')}
              </text>
            ) : (
              <>
                <rect
                  x={LABEL_WIDTH}
                  y={barY}
                  width={Math.max(1, bar.share * BAR_WIDTH)}
                  height={BAR_HEIGHT}
                  fill="#0072b2"
                />
                <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={barY + 14} fontSize="12" fill="#1b1f24">
                  {formatPercent('sv', bar.share)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
