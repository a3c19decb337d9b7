// Table cells and tables for published figures. A hidden figure reads "too few answers to show", never 0.
import { formatNumber, formatPercent, type UiLocale } from '@/lib/i18n';
import { groupLabel, labelFor, type Translate } from '@/lib/analytics/labels';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import { TableScroll } from '@/app/_components/table-scroll';

export { groupLabel, labelFor, type Translate };

export function Suppressed({ tr }: { tr: Translate }) {
  return <span className="suppressed">{tr('dashboards.suppressed')}</span>;
}

/** Share, interval, n and change: four cells, or one spanning cell when the figure is hidden. */
export function FigureCells({
  figure,
  tr,
  locale,
  compared,
}: {
  figure: IndicatorFigure | null;
  tr: Translate;
  locale: UiLocale;
  compared: boolean;
}) {
  if (!figure) {
    return (
      <td colSpan={compared ? 4 : 3}>
        <Suppressed tr={tr} />
      </td>
    );
  }
  return (
    <>
      <td className="number">{formatPercent(locale, figure.share)}</td>
      <td className="number">
        {tr('dashboards.interval', {
          low: formatPercent(locale, figure.interval.low),
          high: formatPercent(locale, figure.interval.high),
        })}
      </td>
      <td className="number">{formatNumber(locale, figure.n)}</td>
      {compared && <td>{changeText(figure, tr, locale)}</td>}
    </>
  );
}

function changeText(figure: IndicatorFigure, tr: Translate, locale: UiLocale): string {
  if (!figure.change) return tr('dashboards.change.none');
  const points = figure.change.difference * 100;
  const size = tr('dashboards.change.points', {
    sign: points > 0 ? '+' : points < 0 ? '−' : '±',
    points: formatNumber(locale, Math.abs(points), 1),
  });
  return `${size}, ${tr(figure.change.significant ? 'dashboards.change.significant' : 'dashboards.change.notSignificant')}`;
}

export function FigureHeader({ first, tr, compared }: { first: string; tr: Translate; compared: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="number">
          {tr('dashboards.table.share')}
        </th>
        <th scope="col" className="number">
          {tr('dashboards.table.interval')}
        </th>
        <th scope="col" className="number">
          {tr('dashboards.table.n')}
        </th>
        {compared && <th scope="col">{tr('dashboards.table.change')}</th>}
      </tr>
    </thead>
  );
}

/** Rows of labelled figures under a caption: the data table that goes with every chart. */
export function FigureTable({
  caption,
  first,
  rows,
  tr,
  locale,
  compared,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: React.ReactNode; figure: IndicatorFigure | null }[];
  tr: Translate;
  locale: UiLocale;
  compared: boolean;
}) {
  const table = (
    <table>
      <caption>{caption}</caption>
      <FigureHeader first={first} tr={tr} compared={compared} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <FigureCells figure={row.figure} tr={tr} locale={locale} compared={compared} />
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <TableScroll label={caption}>{table}</TableScroll>;
}
