// The survey in the chosen language. A closed or draft round says so and offers nothing to send.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findFeedbackChannel } from '@/lib/feedback/channel';
import { firstPageOf, ratingFaceOrders } from '@/lib/feedback/first-page';
import { isOfferedLocale } from '@/lib/feedback/languages';
import { respondentTexts } from '@/lib/feedback/texts';
import { languageInfo } from '@/lib/i18n/locales';
import { localizedSurveyText, surveyInOneLanguage } from '@/lib/surveys/localized-text';
import { FeedbackSurvey } from './feedback-survey';
import { publicPageContext } from '@/lib/page-context';

type Params = Promise<{ code: string; locale: string }>;

async function load(params: Params) {
  const { code, locale } = await params;
  const channel = await findFeedbackChannel((await publicPageContext()).db, code);
  if (!channel || !isOfferedLocale(locale, channel.surveyVersion)) notFound();
  return { code, locale, channel };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, channel } = await load(params);
  return { title: localizedSurveyText(channel.definition.title, locale) };
}

export default async function FeedbackSurveyPage({ params }: { params: Params }) {
  const { code, locale, channel } = await load(params);
  const language = languageInfo(locale);
  const texts = respondentTexts[locale];
  if (channel.roundStatus !== 'open') {
    return (
      <div className="feedback" lang={language.htmlLang} dir={language.dir}>
        <h1>{localizedSurveyText(channel.definition.title, locale)}</h1>
        <p className="feedback-status" role="status">
          {texts.errors[channel.roundStatus === 'draft' ? 'round_not_open' : 'round_closed']}
        </p>
      </div>
    );
  }
  const pages = (channel.definition as { pages?: unknown[] }).pages ?? [];
  return (
    <div className="feedback" lang={language.htmlLang} dir={language.dir} data-testid="feedback-root">
      {/* Title, introduction and the first page come with the page's HTML, answerable before SurveyJS arrives. */}
      <h1>{localizedSurveyText(channel.definition.title, locale)}</h1>
      <noscript>
        <p className="feedback-status error">{texts.noScript}</p>
      </noscript>
      <FeedbackSurvey
        code={code}
        locale={locale}
        definition={surveyInOneLanguage(channel.definition, locale)}
        texts={texts}
        intro={localizedSurveyText(channel.definition.description, locale)}
        firstPage={firstPageOf('target-feedback', channel.definition, locale)}
        pageCount={pages.length}
        faceOrders={ratingFaceOrders('target-feedback', channel.definition)}
      />
    </div>
  );
}
