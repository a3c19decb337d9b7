import type { Metadata } from 'next';
import Link from 'next/link';
import { formatPeriod } from '@/lib/dates';
import { createRoundAction } from '@/app/actions';
import { ActionForm } from '@/app/_components/action-form';
import { requirePageContext } from '@/lib/page-context';
import { mayManageRounds, roundOffers } from '@/lib/rounds/offers';
import { getTranslations } from 'next-intl/server';
import { listRounds } from '@/lib/rounds/queries';
import { RoundFields } from './round-fields';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('rounds.title') };
}

export default async function RoundsPage() {
  const { actor, db } = await requirePageContext();
  const rounds = await listRounds(db, actor);
  const tr = await getTranslations();
  return (
    <div className="page">
      <h1>{tr('rounds.title')}</h1>
      <TableScroll label={tr('rounds.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('table.round')}</th>
              <th scope="col">{tr('table.status')}</th>
              <th scope="col">{tr('table.period')}</th>
              <th scope="col">{tr('rounds.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds
              .map((round) => ({ round, offers: roundOffers(actor, round) }))
              .map(({ round, offers }) => (
                <tr key={round.id}>
                  <th scope="row">
                    {offers.canEdit ? <Link href={`/rounds/${round.id}`}>{round.name}</Link> : round.name}
                  </th>
                  <td>{tr(`round.status.${round.status}`)}</td>
                  <td>{formatPeriod(round.opensOn, round.closesOn)}</td>
                  <td>
                    <ul className="actions">
                      {offers.canInvite && (
                        <li>
                          <Link href={`/rounds/${round.id}/invitations`}>
                            {tr('rounds.invitationsFor', { round: round.name })}
                          </Link>
                        </li>
                      )}
                      {offers.canAnswer && (
                        <li>
                          <Link href={`/rounds/${round.id}/answer`}>
                            {tr('rounds.answerRound', { round: round.name })}
                          </Link>
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableScroll>
      {mayManageRounds(actor) && (
        <section aria-labelledby="new-round">
          <h2 id="new-round">{tr('rounds.new')}</h2>
          <ActionForm action={createRoundAction} submitLabel={tr('rounds.create')}>
            <RoundFields t={tr} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
