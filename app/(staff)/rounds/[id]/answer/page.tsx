import type { Metadata } from 'next';
import { ActorSurvey } from '@/app/(staff)/answer/_survey/actor-survey';
import { accountAnswerStatus, actorSurveySnapshot } from '@/lib/actor-survey/submit';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { organisationName } from '@/lib/organisations';
import { getRound } from '@/lib/rounds/manage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('answer.title') };
}

const refusal = {
  answered: 'answer.alreadyAnswered',
  'no-organisation': 'answer.noOrganisation',
  'round-not-open': 'answer.roundNotOpen',
} as const;

/** A signed-in staff member answers for their own organisation, once per round. */
export default async function AnswerSignedInPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, locale } = await requirePageContext();
  const roundId = idFromPath((await params).id);
  const round = await orNotFound(getRound(db, actor, roundId));
  const [status, snapshot, organisation] = await Promise.all([
    accountAnswerStatus(db, actor, roundId),
    actorSurveySnapshot(db, roundId),
    actor.organisationId ? organisationName(db, actor, actor.organisationId) : null,
  ]);
  const tr = await getTranslations();
  if (status !== 'can-answer' || !snapshot) {
    return (
      <div className="page narrow">
        <h1>{tr('answer.title')}</h1>
        <p role="alert" className="error">
          {tr(status === 'can-answer' ? 'answer.surveyNotInRound' : refusal[status])}
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{tr('answer.title')}</h1>
      <p>{tr('answer.forOrganisation', { organisation: organisation ?? '', round: round.name })}</p>
      <p>{tr('answer.signedInNote')}</p>
      <ActorSurvey definition={snapshot.definition} locale={locale} submitUrl={`/api/rounds/${roundId}/answers`} />
    </div>
  );
}
