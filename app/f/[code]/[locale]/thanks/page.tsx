// After sending: thanks, where to get help, and why the answer cannot be taken back.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findFeedbackChannel } from '@/lib/feedback/channel';
import { isOfferedLocale } from '@/lib/feedback/languages';
import { respondentTexts } from '@/lib/feedback/texts';
import { languageInfo } from '@/lib/i18n/locales';
import { TextWithPhoneLinks } from '@/app/f/_components/text-with-phone-links';
import { publicPagePath, whereToTurnLink } from '@/lib/platform/public-page';
import { publicPageContext } from '@/lib/page-context';

type Params = Promise<{ code: string; locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: locale in respondentTexts ? respondentTexts[locale as keyof typeof respondentTexts].thanksTitle : undefined,
  };
}

export default async function ThanksPage({ params }: { params: Params }) {
  const { code, locale } = await params;
  const channel = await findFeedbackChannel((await publicPageContext()).db, code);
  if (!channel || !isOfferedLocale(locale, channel.surveyVersion)) notFound();
  const language = languageInfo(locale);
  const texts = respondentTexts[locale];
  return (
    <div className="feedback" lang={language.htmlLang} dir={language.dir}>
      <h1>{texts.thanksTitle}</h1>
      <p className="lead">{texts.thanksSaved}</p>
      <ul className="help-list">
        <li>
          <TextWithPhoneLinks text={texts.thanksHelp} />
        </li>
        <li>
          <a href={publicPagePath(locale)}>{whereToTurnLink[locale]}</a>
        </li>
        <li>
          <strong>
            <TextWithPhoneLinks text={texts.thanksEmergency} />
          </strong>
        </li>
      </ul>
      <p>{texts.thanksCannotWithdraw}</p>
    </div>
  );
}
