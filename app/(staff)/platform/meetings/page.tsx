import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, ChoiceGroup, Field } from '@/app/_components/action-form';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { listMeetings } from '@/lib/platform/dialogue';
import { directoryOffers } from '@/lib/platform/offers';
import { createMeetingAction } from '../actions';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.meetings.title') };
}

export default async function MeetingsPage() {
  const { actor, db } = await requirePageContext();
  const [meetings, organisations] = await orNotFound(
    Promise.all([listMeetings(db, actor), listOrganisations(db, actor)]),
  );
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{tr('platform.meetings.title')}</h1>
      <p>{tr('platform.meetings.lead')}</p>
      {meetings.length === 0 ? (
        <p>{tr('platform.meetings.none')}</p>
      ) : (
        <TableScroll label={tr('platform.meetings.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('platform.meetings.heldOn')}</th>
                <th scope="col">{tr('platform.meetings.theme')}</th>
                <th scope="col">{tr('platform.meetings.organisations')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <td>{meeting.heldOn}</td>
                  <th scope="row">
                    <Link href={`/platform/meetings/${meeting.id}`}>{meeting.theme}</Link>
                  </th>
                  <td>{meeting.organisations.map((organisation) => organisation.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {directoryOffers(actor).canRecordMeeting && (
        <section aria-labelledby="new-meeting">
          <h2 id="new-meeting">{tr('platform.meetings.new')}</h2>
          <ActionForm action={createMeetingAction} submitLabel={tr('platform.meetings.create')}>
            <Field name="heldOn" label={tr('platform.meetings.heldOn')} type="date" required />
            <Field name="theme" label={tr('platform.meetings.theme')} required />
            <Field name="notes" label={tr('platform.meetings.notes')} type="textarea" />
            <ChoiceGroup
              name="organisationIds"
              legend={tr('platform.meetings.organisations')}
              options={organisations.map((organisation) => ({
                value: String(organisation.id),
                label: organisation.name,
              }))}
            />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
