// The review before a dialogue meeting as a list to print and bring (the print stylesheet hides the header).
import type { Metadata } from 'next';
import { getDb } from '@/db';
import { idFromPath, orNotFound, requirePageActor } from '@/lib/auth/page';
import { getUiLocale } from '@/lib/i18n/server';
import { t, translator } from '@/lib/i18n';
import { meetingReview } from '@/lib/platform/dialogue';
import { staleMonths } from '@/lib/platform/freshness';
import { MeetingReviewTables, ReachedStep3 } from '../../../_components/meeting-review';
import '../../../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'platform.meetings.print') };
}

export default async function MeetingPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const meetingId = idFromPath((await params).id);
  const review = await orNotFound((async () => meetingReview(await getDb(), actor, meetingId))());
  const tr = translator(await getUiLocale());
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
