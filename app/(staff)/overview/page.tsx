import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/i18n';
import { listRounds } from '@/lib/rounds/queries';
import { organisationName } from '@/lib/organisations';
import { formatPeriod } from '@/lib/dates';
import { roundsWithReadableReport } from '@/lib/report/versions';
import { PlatformToDo } from '../platform/_components/to-do';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('overview.title') };
}

export default async function OverviewPage() {
  const { actor, db, locale } = await requirePageContext();
  const tr = await getTranslations();
  const [rounds, readableReports, organisation] = await Promise.all([
    listRounds(db, actor),
    roundsWithReadableReport(db, actor),
    actor.organisationId ? organisationName(db, actor, actor.organisationId) : null,
  ]);
  return (
    <div className="page">
      <h1>{tr('overview.title')}</h1>
      <p>{tr('overview.signedInAs', { name: actor.name, role: tr(`role.${actor.role}`) })}</p>
      {organisation && <p>{tr('overview.organisation', { organisation })}</p>}
      <h2>{tr('overview.rounds')}</h2>
      {rounds.length === 0 ? (
        <p>{tr('overview.noRounds')}</p>
      ) : (
        <TableScroll label={tr('overview.rounds')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('table.round')}</th>
                <th scope="col">{tr('table.status')}</th>
                <th scope="col">{tr('table.period')}</th>
                <th scope="col" className="number">
                  {tr('table.responses')}
                </th>
                <th scope="col">{tr('report.nav')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id}>
                  <th scope="row">{round.name}</th>
                  <td>{tr(`round.status.${round.status}`)}</td>
                  <td>{formatPeriod(round.opensOn, round.closesOn)}</td>
                  <td className="number">
                    {round.responseCount === null
                      ? `< ${round.minGroupSize}`
                      : formatNumber(locale, round.responseCount)}
                  </td>
                  <td>
                    {readableReports === 'all' || readableReports.has(round.id) ? (
                      <Link href={`/reports/${round.id}`} aria-label={`${tr('report.nav')}: ${round.name}`}>
                        {tr('report.nav')}
                      </Link>
                    ) : (
                      tr('overview.noLockedReport')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <PlatformToDo actor={actor} db={db} locale={locale} />
    </div>
  );
}
