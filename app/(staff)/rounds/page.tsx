import type { Metadata } from 'next';
import Link from 'next/link';
import { formatPeriod } from '@/lib/dates';
import { getDb } from '@/db';
import { createRoundAction } from '@/app/actions';
import { ActionForm } from '@/app/_components/action-form';
import { requirePageActor } from '@/lib/auth/page';
import { getTranslations } from 'next-intl/server';
import { getUiLocale } from '@/lib/i18n/server';
import { listRounds } from '@/lib/rounds/queries';
import { RoundFields } from './round-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('rounds.title') };
}

export default async function RoundsPage() {
  const actor = await requirePageActor();
  const locale = await getUiLocale();
  const tr = await getTranslations();
  const rounds = await listRounds(await getDb(), actor);
  const invites = actor.role !== 'viewer';
  return (
    <div className="page">
      <h1>{tr('rounds.title')}</h1>
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
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                {actor.role === 'strategist' ? <Link href={`/rounds/${round.id}`}>{round.name}</Link> : round.name}
              </th>
              <td>{tr(`round.status.${round.status}`)}</td>
              <td>{formatPeriod(round.opensOn, round.closesOn)}</td>
              <td>
                <ul className="actions">
                  {invites && round.status !== 'closed' && (
                    <li>
                      <Link href={`/rounds/${round.id}/invitations`}>{tr('rounds.invitationsFor', { round: round.name })}</Link>
                    </li>
                  )}
                  {round.status === 'open' && actor.organisationId && (
                    <li>
                      <Link href={`/rounds/${round.id}/answer`}>{tr('rounds.answerRound', { round: round.name })}</Link>
                    </li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {actor.role === 'strategist' && (
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
