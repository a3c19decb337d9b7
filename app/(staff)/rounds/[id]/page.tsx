import type { Metadata } from 'next';
import Link from 'next/link';
import {
  closeRoundAction,
  createChannelAction,
  openRoundAction,
  updateChannelAction,
  updateRoundAction,
} from '@/app/actions';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { listChannels } from '@/lib/channels/manage';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { getRound } from '@/lib/rounds/manage';
import { previewRoundSurveys } from '@/lib/rounds/preview';
import { PreviewLinks } from './preview/preview-links';
import { RoundFields } from '../round-fields';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('rounds.manage') };
}

/** A strategist's page for one round: its settings (while a draft), opening and closing, and its channels. */
export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db } = await requirePageContext();
  const roundId = idFromPath((await params).id);
  // listChannels is for strategists only, so anyone else finds no such page.
  const [round, channels, organisations, preview] = await orNotFound(
    Promise.all([
      getRound(db, actor, roundId),
      listChannels(db, actor, roundId),
      listOrganisations(db, actor),
      previewRoundSurveys(db, actor, roundId),
    ]),
  );
  const organisationOptions = [
    { value: '', label: '–' },
    ...organisations.map((organisation) => ({ value: String(organisation.id), label: organisation.name })),
  ];
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/rounds">{tr('rounds.back')}</Link>
      </p>
      <h1>{round.name}</h1>
      <p>
        {tr('table.status')}: <strong>{tr(`round.status.${round.status}`)}</strong>. {tr('rounds.minGroupSize')}:{' '}
        {round.minGroupSize}.
      </p>
      {round.status !== 'draft' && (
        <p>
          {tr('rounds.frozen')}{' '}
          {round.surveys.map((survey) => `${tr(`rounds.survey.${survey.key}`)} (v${survey.version})`).join(', ')}.
        </p>
      )}
      <PreviewLinks roundId={round.id} surveys={preview.surveys} />
      {round.status === 'draft' && (
        <section aria-labelledby="settings">
          <h2 id="settings">{tr('rounds.settings')}</h2>
          <ActionForm action={updateRoundAction} submitLabel={tr('rounds.save')} success={tr('rounds.saved')}>
            <Hidden name="roundId" value={round.id} />
            <RoundFields t={tr} round={round} />
          </ActionForm>
        </section>
      )}
      {round.status === 'open' && (
        <p>
          <Link href={`/rounds/${round.id}/invitations`}>{tr('rounds.invitationsFor', { round: round.name })}</Link>
        </p>
      )}
      <section aria-labelledby="channels">
        <h2 id="channels">{tr('admin.channels.title')}</h2>
        <p>{tr('admin.channels.explained')}</p>
        {channels.length === 0 ? (
          <p>{tr('admin.channels.none')}</p>
        ) : (
          <TableScroll label={tr('admin.channels.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr('admin.channels.name')}</th>
                  <th scope="col">{tr('admin.channels.code')}</th>
                  <th scope="col">{tr('admin.channels.edit')}</th>
                </tr>
              </thead>
              <tbody>
                {channels.map((channel) => (
                  <tr key={channel.id}>
                    <th scope="row">
                      {channel.name}
                      {channel.description && <div className="hint">{channel.description}</div>}
                    </th>
                    <td>
                      <code>{channel.publicCode}</code>
                      {/* Plain links: the respondent's pages are documents of their own (own root layout, own language). */}
                      <div>
                        <a href={`/f/${channel.publicCode}`}>{tr('admin.channels.openLink', { name: channel.name })}</a>
                        {' · '}
                        <a href={`/f/${channel.publicCode}/poster`}>
                          {tr('admin.channels.poster', { name: channel.name })}
                        </a>
                      </div>
                    </td>
                    <td>
                      <details>
                        <summary>{tr('admin.channels.editNamed', { name: channel.name })}</summary>
                        <ActionForm
                          action={updateChannelAction}
                          submitLabel={tr('rounds.save')}
                          success={tr('rounds.saved')}
                        >
                          <Hidden name="channelId" value={channel.id} />
                          <Hidden name="roundId" value={round.id} />
                          <Field name="name" label={tr('admin.channels.name')} defaultValue={channel.name} required />
                          <Field
                            name="description"
                            label={tr('admin.channels.description')}
                            type="textarea"
                            defaultValue={channel.description}
                          />
                          <Field
                            name="organisationId"
                            label={tr('admin.channels.organisation')}
                            type="select"
                            options={organisationOptions}
                            defaultValue={channel.organisationId ?? ''}
                            hint={tr('admin.channels.organisationHint')}
                          />
                        </ActionForm>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {round.status !== 'closed' && (
          <>
            <h3>{tr('admin.channels.new')}</h3>
            <ActionForm
              action={createChannelAction}
              submitLabel={tr('admin.channels.create')}
              success={tr('admin.channels.created')}
            >
              <Hidden name="roundId" value={round.id} />
              <Field name="name" label={tr('admin.channels.name')} required />
              <Field name="description" label={tr('admin.channels.description')} type="textarea" />
              <Field
                name="organisationId"
                label={tr('admin.channels.organisation')}
                type="select"
                options={organisationOptions}
                hint={tr('admin.channels.organisationHint')}
              />
            </ActionForm>
          </>
        )}
      </section>
      {/* The acts that cannot be undone come last, each behind a box that says what it does. */}
      {round.status === 'draft' && (
        <section aria-labelledby="open">
          <h2 id="open">{tr('rounds.openTitle')}</h2>
          <p>{tr('rounds.openExplained')}</p>
          <ActionForm action={openRoundAction} submitLabel={tr('rounds.open')} destructive>
            <Hidden name="roundId" value={round.id} />
            <Field name="confirm" type="checkbox" value="yes" label={tr('rounds.confirmOpen')} />
          </ActionForm>
        </section>
      )}
      {round.status === 'open' && (
        <section aria-labelledby="close">
          <h2 id="close">{tr('rounds.closeTitle')}</h2>
          <p>{tr('rounds.closeExplained')}</p>
          <ActionForm action={closeRoundAction} submitLabel={tr('rounds.close')} destructive>
            <Hidden name="roundId" value={round.id} />
            <Field name="confirm" type="checkbox" value="yes" label={tr('rounds.confirmClose')} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
