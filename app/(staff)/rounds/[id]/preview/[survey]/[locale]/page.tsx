import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActorSurvey } from '@/app/(staff)/answer/_survey/actor-survey';
import { FeedbackSurveyPage } from '@/app/f/[code]/[locale]/feedback-survey-page';
import { languageInfo, type UiLocale } from '@/lib/i18n/locales';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { previewSurvey } from '@/lib/rounds/preview';
import '@/app/f/feedback.css';
import '../../preview.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('preview.title'), robots: { index: false } };
}

type Params = Promise<{ id: string; survey: string; locale: string }>;

/**
 * A survey of the round as respondents will see it — the respondents' own components — for a strategist, draft rounds
 * included. Completing it sends nothing: the survey components are told it is a preview and never post.
 */
export default async function SurveyPreviewPage({ params }: { params: Params }) {
  const { actor, db } = await requirePageContext();
  const { id, survey: surveyKey, locale: requested } = await params;
  const { round, survey, locale } = await orNotFound(
    previewSurvey(db, actor, { roundId: idFromPath(id), surveyKey, locale: requested }),
  );
  const tr = await getTranslations();
  const preview = { doneText: tr('preview.done') };
  return (
    <div className="page survey-preview">
      <p>
        <Link href={`/rounds/${round.id}`}>{tr('preview.back', { round: round.name })}</Link>
      </p>
      <div className="preview-banner" role="note">
        <p>
          <strong>{tr('preview.banner')}</strong>
        </p>
        <p>{tr('preview.explained')}</p>
        <nav aria-label={tr('preview.languages')}>
          <ul className="preview-languages">
            {survey.languages.map((code) => {
              const language = languageInfo(code);
              return (
                <li key={code}>
                  <a
                    href={`/rounds/${round.id}/preview/${survey.surveyKey}/${code}`}
                    lang={language.htmlLang}
                    dir={language.dir}
                    aria-current={code === locale ? 'page' : undefined}
                  >
                    {language.nativeName}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
      {survey.surveyKey === 'target-feedback' ? (
        <FeedbackSurveyPage code="preview" locale={locale} definition={survey.definition} preview={preview} />
      ) : (
        <>
          <h1>{tr('answer.title')}</h1>
          <ActorSurvey definition={survey.definition} locale={locale as UiLocale} preview={preview} />
        </>
      )}
    </div>
  );
}
