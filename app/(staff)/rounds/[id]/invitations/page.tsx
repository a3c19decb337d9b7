import type { Metadata } from 'next';
import Link from 'next/link';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { formatNumber, formatPercent } from '@/lib/i18n';
import { invitableOrganisations, responseRatesByOrganisation } from '@/lib/invitations';
import { getTranslations } from 'next-intl/server';
import { getRound } from '@/lib/rounds/manage';
import { Suppressed } from '../../../dashboards/_components/figures';
import { InvitationMaker } from './invitation-maker';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('invitations.title') };
}

export default async function InvitationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, locale } = await requirePageContext();
  const roundId = idFromPath((await params).id);
  const [round, rates, organisations] = await orNotFound(
    Promise.all([
      getRound(db, actor, roundId),
      responseRatesByOrganisation(db, actor, roundId),
      invitableOrganisations(db, actor),
    ]),
  );
  const tr = await getTranslations();
  const { byOrganisation, total } = rates;
  return (
    <div className="page">
      <p>
        <Link href="/rounds">{tr('rounds.back')}</Link>
      </p>
      <h1>{tr('invitations.heading', { round: round.name })}</h1>
      <p>{tr('invitations.explained')}</p>
      {round.status === 'closed' ? (
        <p>{tr('invitations.roundClosed')}</p>
      ) : (
        <section aria-labelledby="make">
          <h2 id="make">{tr('invitations.make')}</h2>
          {round.status === 'draft' && <p>{tr('invitations.draftNote')}</p>}
          <InvitationMaker roundId={round.id} organisations={organisations.map(({ id, name }) => ({ id, name }))} />
        </section>
      )}
      <section aria-labelledby="rates">
        <h2 id="rates">{tr('invitations.rates')}</h2>
        {byOrganisation.length === 0 ? (
          <p>{tr('invitations.noneYet')}</p>
        ) : (
          <TableScroll label={tr('invitations.rates')}>
            <table>
              <caption>
                {total.used === null
                  ? tr('invitations.ratesCaptionSuppressed', { made: formatNumber(locale, total.made) })
                  : tr('invitations.ratesCaption', {
                      used: formatNumber(locale, total.used),
                      made: formatNumber(locale, total.made),
                    })}{' '}
                {tr('invitations.ratesSuppressedNote', { min: round.minGroupSize })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tr('invitations.organisation')}</th>
                  <th scope="col" className="number">
                    {tr('invitations.madeCount')}
                  </th>
                  <th scope="col" className="number">
                    {tr('invitations.usedCount')}
                  </th>
                  <th scope="col" className="number">
                    {tr('invitations.rate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {byOrganisation.map((row) => (
                  <tr key={row.organisationId}>
                    <th scope="row">{row.organisationName}</th>
                    <td className="number">{formatNumber(locale, row.made)}</td>
                    {row.used === null || row.rate === null ? (
                      <td colSpan={2}>
                        <Suppressed tr={tr} />
                      </td>
                    ) : (
                      <>
                        <td className="number">{formatNumber(locale, row.used)}</td>
                        <td className="number">{formatPercent(locale, row.rate)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
