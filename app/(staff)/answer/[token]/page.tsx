import type { Metadata } from 'next';
import { actorSurveySnapshot } from '@/lib/actor-survey/submit';
import { getTranslations } from 'next-intl/server';
import { getUiLocale } from '@/lib/i18n/server';
import { checkInvitation } from '@/lib/invitations';
import { ActorSurvey } from '../_survey/actor-survey';
import { publicPageContext } from '@/lib/page-context';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('answer.title'), referrer: 'no-referrer', robots: { index: false } };
}

/** The page a one-time link opens. Looking marks nothing: only sending the answers uses the link. */
export default async function AnswerWithInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = await getUiLocale();
  const { db } = await publicPageContext();
  const tr = await getTranslations();
  const invitation =
    token.length <= 100 ? await checkInvitation(db, token) : ({ ok: false, error: 'invitations.unknown' } as const);
  const snapshot = invitation.ok ? await actorSurveySnapshot(db, invitation.roundId) : null;
  if (!invitation.ok || !snapshot) {
    return (
      <div className="page narrow">
        <h1>{tr('answer.title')}</h1>
        <p role="alert" className="error">
          {tr(invitation.ok ? 'answer.surveyNotInRound' : invitation.error)}
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{tr('answer.title')}</h1>
      <p>{tr('answer.forOrganisation', { organisation: invitation.organisationName, round: invitation.roundName })}</p>
      <ActorSurvey definition={snapshot.definition} locale={locale} submitUrl="/api/answers" extra={{ token }} />
    </div>
  );
}
