// A horizontal bar chart drawn on the server as SVG: it prints, needs no JavaScript, and its numbers stay text in the
// PDF. The data table beside it carries the same figures for screen readers (WCAG 2.1 AA).
import { formatPercent } from '@/lib/i18n';
import { swedish } from '@/lib/analytics/labels';

export type Bar = { label: string; share: number | null };

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;

export function ShareBars({ bars, title }: { bars: Bar[]; title: string }) {
  const height = bars.length * ROW + 8;
  return (
    <svg
      className="share-bars"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        return (
          <g key={bar.label}>
            <text x={0} y={y + 17} fontSize="12" fill="#1b1f24">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 3} width={BAR_WIDTH} height={18} fill="#e9edf2" />
            {bar.share === null ? (
              <text x={LABEL_WIDTH + 6} y={y + 17} fontSize="11" fill="#4a5361">
                {swedish('dashboards.suppressed')}
              </text>
            ) : (
              <>
                <rect x={LABEL_WIDTH} y={y + 3} width={Math.max(1, bar.share * BAR_WIDTH)} height={18} fill="#0072b2" />
                <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + 17} fontSize="12" fill="#1b1f24">
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
