// The improvement work beside the survey's "the model helped identify challenges": initiatives per step of the model
// and kind of owning actor (staff work, counted in SQL; no respondents behind them, so no small-group rule).
import Link from 'next/link';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import type { InitiativeFollowUp } from '@/lib/improvement/follow-up';
import { formatNumber, formatPercent, type UiLocale } from '@/lib/i18n';
import type { Translate } from './figures';
import { TableScroll } from '@/app/_components/table-scroll';

export function ImprovementWork({
  figures,
  indicatorLabel,
  indicator,
  tr,
  locale,
  headingLevel = 2,
}: {
  figures: InitiativeFollowUp;
  indicatorLabel: string;
  /** The survey's figure for the region, null when suppressed. */
  indicator: IndicatorFigure | null;
  tr: Translate;
  locale: UiLocale;
  /** 3 inside the decision report, which shows the same figures without the link to the initiatives. */
  headingLevel?: 2 | 3;
}) {
  const number = (value: number) => formatNumber(locale, value);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="improvement-work">
      <Heading id="improvement-work">{tr('improvement.followUp.title')}</Heading>
      <p>{tr('improvement.followUp.lead', { indicator: indicatorLabel })}</p>
      <p className="chart-summary">
        {indicator
          ? tr('improvement.followUp.indicator', { share: formatPercent(locale, indicator.share) })
          : tr('improvement.followUp.indicatorHidden')}{' '}
        {tr('improvement.followUp.summary', {
          total: figures.all.total,
          step1: number(figures.all.step1),
          step2: number(figures.all.step2),
          step3: number(figures.all.step3),
        })}
      </p>
      <TableScroll label={tr('improvement.followUp.caption')}>
        <table>
          <caption>{tr('improvement.followUp.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('improvement.followUp.kind')}</th>
              <th scope="col" className="number">
                {tr('improvement.step.1')}
              </th>
              <th scope="col" className="number">
                {tr('improvement.step.2')}
              </th>
              <th scope="col" className="number">
                {tr('improvement.step.3')}
              </th>
              <th scope="col" className="number">
                {tr('improvement.followUp.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.byKind.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{tr(`organisations.kind.${row.kind}`)}</th>
                <td className="number">{number(row.step1)}</td>
                <td className="number">{number(row.step2)}</td>
                <td className="number">{number(row.step3)}</td>
                <td className="number">{number(row.total)}</td>
              </tr>
            ))}
            <tr className="subtotal">
              <th scope="row">{tr('improvement.followUp.all')}</th>
              <td className="number">{number(figures.all.step1)}</td>
              <td className="number">{number(figures.all.step2)}</td>
              <td className="number">{number(figures.all.step3)}</td>
              <td className="number">{number(figures.all.total)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {headingLevel === 2 && (
        <p>
          <Link href="/improvement">{tr('improvement.title')}</Link>
        </p>
      )}
    </section>
  );
}
