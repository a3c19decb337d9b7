// The survey and the thank-you page in the language the respondent chose: the whole document says so, so screen
// readers, fonts, line breaking and scroll bars follow it (right to left for Arabic, Persian and Dari).
import { RespondentDocument } from '@/app/f/_components/respondent-document';
import { surveyLanguages } from '@/lib/i18n/locales';

export default async function InLanguageLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // An unknown language gets this folder's not-found page, in every language.
  const language = surveyLanguages.find((candidate) => candidate.code === locale) ?? { htmlLang: 'sv', dir: 'ltr' as const };
  return (
    <RespondentDocument lang={language.htmlLang} dir={language.dir}>
      {children}
    </RespondentDocument>
  );
}
