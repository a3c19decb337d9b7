// Per organisation taking part: each entry's review status since the previous dialogue meeting. Used by the
// meeting's page and its printable list.
import type { MessageKey } from '@/lib/i18n';
import type { MeetingReview } from '@/lib/platform/dialogue';
import { Freshness } from './freshness';
import { TableScroll } from '@/app/_components/table-scroll';

export function MeetingReviewTables({
  review,
  months,
  t,
  headingLevel = 3,
}: {
  headingLevel?: 2 | 3;
  review: MeetingReview;
  months: number;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {review.organisations.map((organisation) => (
        <section key={organisation.organisationId} aria-labelledby={`organisation-${organisation.organisationId}`}>
          <Heading id={`organisation-${organisation.organisationId}`}>{organisation.organisationName}</Heading>
          <p>
            {t('platform.meetings.counts', {
              confirmed: organisation.counts.confirmed,
              changed: organisation.counts.changed,
              notReviewed: organisation.counts.not_reviewed,
            })}
          </p>
          {organisation.entries.length === 0 ? (
            <p>{t('platform.meetings.noServices')}</p>
          ) : (
            <TableScroll label={organisation.organisationName}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('platform.name')}</th>
                    <th scope="col">{t('platform.review.label')}</th>
                    <th scope="col">{t('platform.freshness')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisation.entries.map(({ service, review: status }) => (
                    <tr key={service.id} data-review={status}>
                      <th scope="row">{service.name}</th>
                      <td>{t(`platform.review.${status}`)}</td>
                      <td>
                        <Freshness service={service} months={months} t={t} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </>
  );
}

/** The initiatives that reached step 3 of the improvement model (joint learning) since the previous meeting. */
export function ReachedStep3({
  review,
  t,
}: {
  review: MeetingReview;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}) {
  return (
    <section aria-labelledby="reached-step-3">
      <h2 id="reached-step-3">{t('platform.meetings.reachedStep3')}</h2>
      <p>
        {review.since
          ? t('platform.meetings.reachedStep3Lead', { date: review.since })
          : t('platform.meetings.reachedStep3LeadFirst')}
      </p>
      {review.reachedStep3.length === 0 ? (
        <p>{t('platform.meetings.reachedStep3None')}</p>
      ) : (
        <TableScroll label={t('platform.meetings.reachedStep3Caption')}>
          <table>
            <caption>{t('platform.meetings.reachedStep3Caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('improvement.list.title')}</th>
                <th scope="col">{t('improvement.list.owners')}</th>
                <th scope="col">{t('platform.meetings.reachedStep3On')}</th>
                <th scope="col">{t('improvement.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {review.reachedStep3.map((initiative) => (
                <tr key={initiative.id}>
                  <th scope="row">
                    <a href={`/improvement/${initiative.id}`}>{initiative.title}</a>
                  </th>
                  <td>{initiative.owners.join(', ')}</td>
                  <td>{initiative.stepChangedOn}</td>
                  <td>{t(`improvement.status.${initiative.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
