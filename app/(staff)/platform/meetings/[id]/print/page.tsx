import { getTranslations } from 'next-intl/server';
// The review before a dialogue meeting as a list to print and bring (the print stylesheet hides the header).
import type { Metadata } from 'next';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { meetingReview } from '@/lib/platform/dialogue';
import { staleMonths } from '@/lib/platform/freshness';
import { MeetingReviewTables, ReachedStep3 } from '../../../_components/meeting-review';
import '../../../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.meetings.print') };
}

export default async function MeetingPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db } = await requirePageContext();
  const meetingId = idFromPath((await params).id);
  const review = await orNotFound((async () => meetingReview(db, actor, meetingId))());
  const tr = await getTranslations();
  const since = review.since ? tr('platform.reviewSince', { date: review.since }) : tr('platform.reviewSinceNone');
  return (
    <div className="print-page">
      <h1>
        {tr('platform.meetings.review')}: {review.meeting.theme} ({review.meeting.heldOn})
      </h1>
      <p>{tr('platform.meetings.reviewLead', { since })}</p>
      <MeetingReviewTables review={review} months={staleMonths()} t={tr} headingLevel={2} />
      <ReachedStep3 review={review} t={tr} />
    </div>
  );
}
