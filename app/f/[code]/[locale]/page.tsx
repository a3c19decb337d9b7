// The survey in the chosen language. A closed or draft round says so and offers nothing to send.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findFeedbackChannel } from '@/lib/feedback/channel';
import { isOfferedLocale } from '@/lib/feedback/languages';
import { respondentTexts } from '@/lib/feedback/texts';
import { languageInfo } from '@/lib/i18n/locales';
import { localizedSurveyText } from '@/lib/surveys/localized-text';
import { FeedbackSurveyPage } from './feedback-survey-page';
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

export default async function InLanguagePage({ params }: { params: Params }) {
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
  return <FeedbackSurveyPage code={code} locale={locale} definition={channel.definition} />;
}
