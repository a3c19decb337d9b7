import { getTranslations } from 'next-intl/server';
// A dialogue meeting and, before it, the review of each taking-part organisation's entries since the previous one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { meetingReview } from '@/lib/platform/dialogue';
import { staleMonths } from '@/lib/platform/freshness';
import { MeetingReviewTables, ReachedStep3 } from '../../_components/meeting-review';
import '../../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.meetings.title') };
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db } = await requirePageContext();
  const meetingId = idFromPath((await params).id);
  const review = await orNotFound((async () => meetingReview(db, actor, meetingId))());
  const tr = await getTranslations();
  const since = review.since ? tr('platform.reviewSince', { date: review.since }) : tr('platform.reviewSinceNone');
  return (
    <div className="page">
      <p className="no-print">
        <Link href="/platform/meetings">{tr('platform.meetings.back')}</Link>
      </p>
      <h1>
        {review.meeting.theme} ({review.meeting.heldOn})
      </h1>
      {review.meeting.notes && (
        <>
          <h2>{tr('platform.meetings.notes')}</h2>
          <p className="prewrap">{review.meeting.notes}</p>
        </>
      )}
      <h2>{tr('platform.meetings.review')}</h2>
      <p>{tr('platform.meetings.reviewLead', { since })}</p>
      <p className="no-print">
        <Link href={`/platform/meetings/${review.meeting.id}/print`}>{tr('platform.meetings.print')}</Link>
      </p>
      <MeetingReviewTables review={review} months={staleMonths()} t={tr} />
      <ReachedStep3 review={review} t={tr} />
    </div>
  );
}
