// The platform's content per kind of actor beside the actors' awareness and usefulness of it: on the dashboards and
// in the decision report. The indicator figures come from the (suppressed) dashboard, the content from SQL.
import type { GroupFigures } from '@/lib/analytics/dashboard';
import { formatNumber, formatPercent, type MessageKey, type UiLocale } from '@/lib/i18n';
import type { PlatformFigures } from '@/lib/platform/follow-up';
import { TableScroll } from '@/app/_components/table-scroll';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function PlatformFollowUpTable({
  figures,
  overall,
  byKind,
  indicatorLabels,
  tr,
  locale,
}: {
  figures: PlatformFigures;
  overall: GroupFigures;
  byKind: GroupFigures[];
  indicatorLabels: { awareness: string; usefulness: string };
  tr: Translate;
  locale: UiLocale;
}) {
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? tr('dashboards.suppressed') : formatPercent(locale, value);
  const region = figures.byKind[0];
  return (
    <>
      <p>
        {tr('platform.followUp.summary', {
          listed: region.listed,
          share: region.verifiedShare === null ? '–' : formatPercent(locale, region.verifiedShare),
          months: figures.months,
        })}
      </p>
      <TableScroll label={tr('platform.followUp.title')}>
        <table>
          <caption>
            {tr('platform.followUp.title')} ({figures.asOf})
          </caption>
          <thead>
            <tr>
              <th scope="col">{tr('platform.followUp.kind')}</th>
              <th scope="col" className="number">
                {tr('platform.followUp.listed')}
              </th>
              <th scope="col" className="number">
                {tr('platform.followUp.organisations')}
              </th>
              <th scope="col" className="number">
                {tr('platform.followUp.verifiedShare', { months: figures.months })}
              </th>
              <th scope="col" className="number">
                {indicatorLabels.awareness}
              </th>
              <th scope="col" className="number">
                {indicatorLabels.usefulness}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.byKind.map((row) => {
              const group = row.kind === 'overall' ? overall : byKind.find((candidate) => candidate.key === row.kind);
              return (
                <tr key={row.kind} className={row.kind === 'overall' ? 'subtotal' : undefined}>
                  <th scope="row">
                    {row.kind === 'overall' ? tr('platform.followUp.total') : tr(`dashboards.kind.${row.kind}`)}
                  </th>
                  <td className="number">{formatNumber(locale, row.listed)}</td>
                  <td className="number">{formatNumber(locale, row.organisations)}</td>
                  <td className="number">
                    {row.verifiedShare === null ? '–' : formatPercent(locale, row.verifiedShare)}
                  </td>
                  <td className="number">{share(group?.indicators.aware_platform?.share)}</td>
                  <td className="number">{share(group?.indicators.platform_usefulness?.share)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
